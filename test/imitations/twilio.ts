// Twilio's Messages API as twilio-node calls it: POST /2010-04-01/Accounts/{sid}/Messages.json with
// Basic auth and a form body; 201 with the message resource; errors as {code, message, more_info, status}.
import { randomBytes } from 'node:crypto'
import { type Behaviour, type Imitation, type RecordedRequest, type Reply, startImitation } from './http-imitation.ts'

export const ACCOUNT_SID = `AC${'1'.repeat(32)}`
export const AUTH_TOKEN = 'twilio-imitation-token'

export interface TwilioImitation extends Imitation {
  sent: () => Array<Record<string, string>>
}

export async function startTwilio(): Promise<TwilioImitation> {
  const imitation = await startImitation(route)
  return {
    ...imitation,
    sent: () =>
      imitation.requests
        .filter((r) => r.method === 'POST' && r.path.endsWith('/Messages.json'))
        .map((r) => Object.fromEntries(new URLSearchParams(r.body)))
  }
}

function twilioError(status: number, code: number, message: string): Reply {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } }
}

function route(req: RecordedRequest, behaviour: Behaviour): Reply {
  const expected = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`
  if (req.headers.authorization !== expected) return twilioError(401, 20003, 'Authenticate')
  if (behaviour === 21610) return twilioError(400, 21610, 'Attempt to send to unsubscribed recipient')
  if (behaviour === 21211) return twilioError(400, 21211, "The 'To' number is not a valid phone number.")
  if (behaviour === 429) return twilioError(429, 20429, 'Too Many Requests')
  if (typeof behaviour === 'number') return twilioError(behaviour, 20500, 'Internal Server Error')
  if (behaviour === 'garbage') return { status: 502, body: '<html>Bad gateway</html>' }
  if (req.method === 'GET' && req.path === `/2010-04-01/Accounts/${ACCOUNT_SID}.json`) {
    return { status: 200, body: { sid: ACCOUNT_SID, friendly_name: 'Test account', status: 'active', type: 'Full' } }
  }
  if (req.method !== 'POST' || req.path !== `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`)
    return twilioError(404, 20404, 'The requested resource was not found')
  const form = Object.fromEntries(new URLSearchParams(req.body))
  // Twilio's limit on a message body (error 21617).
  if ((form.Body ?? '').length > 1600)
    return twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.')
  const now = new Date().toUTCString().replace('GMT', '+0000')
  return {
    status: 201,
    body: {
      account_sid: ACCOUNT_SID,
      api_version: '2010-04-01',
      body: form.Body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: form.From,
      num_media: '0',
      num_segments: '1',
      price: null,
      price_unit: 'USD',
      messaging_service_sid: null,
      sid: `SM${randomBytes(16).toString('hex')}`,
      status: 'queued',
      subresource_uris: {},
      to: form.To,
      uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/x.json`
    }
  }
}
