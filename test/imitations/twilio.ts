// Twilio's Messages API as twilio-node calls it: POST /2010-04-01/Accounts/{sid}/Messages.json with
// Basic auth and a form body; 201 with the message resource; errors as {code, message, more_info,
// status}. GET on the same path reads the messages it accepted, newest first, filtered by To, From
// and DateSent (`DateSent`, `DateSent<`, `DateSent>`: GMT dates, compared by day as Twilio documents,
// so a datetime is read as its date), paged by PageSize and Page, in Twilio's list envelope.
import { randomBytes } from 'node:crypto'
import { type Behaviour, type Imitation, type RecordedRequest, type Reply, startImitation } from './http-imitation.ts'

export const ACCOUNT_SID = `AC${'1'.repeat(32)}`
export const AUTH_TOKEN = 'twilio-imitation-token'
const MESSAGES = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`

type MessageResource = Record<string, unknown> & { sid: string; to: string; from: string; body: string }

export interface TwilioImitation extends Imitation {
  /** Every create request's form, accepted or not. */
  sent: () => Array<Record<string, string>>
  /** The messages Twilio accepted (what the recipients get), oldest first. */
  accepted: () => MessageResource[]
}

/**
 * Behaviours beyond the common ones: `accept-hang` and `accept-500` accept the message (it goes out)
 * and then never answer, or answer 500: the caller cannot know it was sent.
 */
export async function startTwilio(): Promise<TwilioImitation> {
  const store: MessageResource[] = []
  const imitation = await startImitation((req, behaviour) => route(req, behaviour, store))
  return {
    ...imitation,
    sent: () =>
      imitation.requests
        .filter((r) => r.method === 'POST' && r.path.endsWith('/Messages.json'))
        .map((r) => Object.fromEntries(new URLSearchParams(r.body))),
    accepted: () => [...store]
  }
}

function twilioError(status: number, code: number, message: string): Reply {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } }
}

function route(req: RecordedRequest, behaviour: Behaviour, store: MessageResource[]): Reply | Promise<Reply> {
  const expected = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`
  if (req.headers.authorization !== expected) return twilioError(401, 20003, 'Authenticate')
  if (behaviour === 21610) return twilioError(400, 21610, 'Attempt to send to unsubscribed recipient')
  if (behaviour === 21211) return twilioError(400, 21211, "The 'To' number is not a valid phone number.")
  if (behaviour === 429) return twilioError(429, 20429, 'Too Many Requests')
  if (typeof behaviour === 'number') return twilioError(behaviour, 20500, 'Internal Server Error')
  if (behaviour === 'garbage') return { status: 502, body: '<html>Bad gateway</html>' }
  const [path, query = ''] = req.path.split('?') as [string, string?]
  if (req.method === 'GET' && path === `/2010-04-01/Accounts/${ACCOUNT_SID}.json`) {
    return { status: 200, body: { sid: ACCOUNT_SID, friendly_name: 'Test account', status: 'active', type: 'Full' } }
  }
  if (path !== MESSAGES) return twilioError(404, 20404, 'The requested resource was not found')
  if (req.method === 'GET') return list(store, new URLSearchParams(query))
  if (req.method !== 'POST') return twilioError(405, 20004, 'Method not allowed')

  const form = Object.fromEntries(new URLSearchParams(req.body))
  // Twilio's limit on a message body (error 21617).
  if ((form.Body ?? '').length > 1600)
    return twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.')
  const now = rfc2822(new Date())
  const sid = `SM${randomBytes(16).toString('hex')}`
  const message: MessageResource = {
    account_sid: ACCOUNT_SID,
    api_version: '2010-04-01',
    body: form.Body ?? '',
    date_created: now,
    date_sent: now,
    date_updated: now,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: form.From ?? '',
    num_media: '0',
    num_segments: '1',
    price: null,
    price_unit: 'USD',
    messaging_service_sid: null,
    sid,
    status: 'queued',
    subresource_uris: {},
    to: form.To ?? '',
    uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}.json`
  }
  store.push(message)
  if (behaviour === 'accept-hang') return new Promise<Reply>(() => {})
  if (behaviour === 'accept-500') return twilioError(500, 20500, 'Internal Server Error')
  return { status: 201, body: message }
}

function list(store: MessageResource[], query: URLSearchParams): Reply {
  const day = (value: string) => value.slice(0, 10)
  const sentDay = (m: MessageResource) => new Date(String(m.date_sent)).toISOString().slice(0, 10)
  const on = query.get('DateSent')
  const before = query.get('DateSent<')
  const after = query.get('DateSent>')
  const matching = store
    .filter((m) => !query.get('To') || m.to === query.get('To'))
    .filter((m) => !query.get('From') || m.from === query.get('From'))
    .filter((m) => !on || sentDay(m) === day(on))
    .filter((m) => !before || sentDay(m) <= day(before))
    .filter((m) => !after || sentDay(m) >= day(after))
    .reverse()
  const pageSize = Math.min(Number(query.get('PageSize') ?? 50), 1000)
  const page = Number(query.get('Page') ?? 0)
  const messages = matching.slice(page * pageSize, (page + 1) * pageSize)
  const uri = (p: number) => `${MESSAGES}?PageSize=${pageSize}&Page=${p}`
  return {
    status: 200,
    body: {
      end: page * pageSize + Math.max(messages.length - 1, 0),
      first_page_uri: uri(0),
      messages,
      next_page_uri: (page + 1) * pageSize < matching.length ? uri(page + 1) : null,
      page,
      page_size: pageSize,
      previous_page_uri: page > 0 ? uri(page - 1) : null,
      start: page * pageSize,
      uri: uri(page)
    }
  }
}

function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000')
}
