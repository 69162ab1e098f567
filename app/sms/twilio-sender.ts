// Outbound SMS through Twilio's Messages API with the twilio package. Twilio's Messages API has no
// idempotency key, so a send is retried only when Twilio surely did not accept it: 429 (Twilio: "never
// processed and is always safe to retry") and a connection that was never made. After a timeout or a
// 5xx Twilio may have queued the message: that is reported as unknown, and the outbox looks it up
// (messages.list for the recipient since the attempt, matched on the body) before any resend.
import type { Twilio } from 'twilio'
import type { Config } from '../config.ts'
import { type OutboundSms, type SendResult, SendError, type SmsSender, TWILIO_UNSUBSCRIBED } from './types.ts'

const RETRIES = 2
// The request never left this machine: nothing reached Twilio.
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])
// Clocks differ, and Twilio stamps the message when it takes it.
const CLOCK_SKEW_MS = 60_000

export function createTwilioSender(config: Config): SmsSender {
  let client: Promise<Twilio> | undefined
  const load = () => {
    client ??= import('twilio').then(({ default: twilio }) => {
      const options: Record<string, unknown> = { timeout: config.SMS_SEND_TIMEOUT_MS }
      if (config.TWILIO_API_BASE_URL)
        options.httpClient = baseUrlClient(twilio.RequestClient, config.TWILIO_API_BASE_URL, config.SMS_SEND_TIMEOUT_MS)
      return twilio(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, options)
    })
    return client
  }

  return {
    name: 'twilio',
    async send(message: OutboundSms, options = {}): Promise<SendResult> {
      const twilio = await load()
      for (let attempt = 0; ; attempt++) {
        try {
          const created = await twilio.messages.create({
            to: message.to,
            from: message.from,
            body: message.body,
            ...(message.statusCallback ? { statusCallback: message.statusCallback } : {})
          })
          return { sid: created.sid, status: created.status }
        } catch (error) {
          const failure = toSendError(error)
          if (!failure.retryable || attempt >= RETRIES || options.signal?.aborted) throw failure
          await sleep(200 * 2 ** attempt * (0.75 + Math.random() / 2), options.signal)
        }
      }
    },
    async find(message: OutboundSms, since: Date): Promise<SendResult[]> {
      const twilio = await load()
      const from = new Date(since.getTime() - CLOCK_SKEW_MS)
      // DateSent filters by day (GMT); the exact time and the body are compared here.
      const listed = await twilio.messages.list({
        to: message.to,
        from: message.from,
        dateSentAfter: new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())),
        pageSize: 50,
        limit: 50
      })
      const body = normalise(message.body)
      return listed
        .filter((m) => normalise(m.body ?? '') === body && (!m.dateCreated || m.dateCreated >= from))
        .map((m) => ({ sid: m.sid, status: m.status }))
    },
    async check() {
      const twilio = await load()
      const account = await twilio.api.v2010.accounts(config.TWILIO_ACCOUNT_SID!).fetch()
      return { mode: 'Twilio Messages API', detail: `account ${account.status}` }
    }
  }
}

function toSendError(error: unknown): SendError {
  const e = error as { status?: number; code?: number | string; message?: string }
  const message = e.message ?? 'Twilio request failed'
  const status = typeof e.status === 'number' ? e.status : undefined
  const code = typeof e.code === 'number' ? e.code : undefined
  if (status === undefined) {
    const notSent = typeof e.code === 'string' && NOT_CONNECTED.has(e.code)
    return new SendError(message, undefined, undefined, notSent, notSent ? 'refused' : 'unknown')
  }
  if (status >= 500) return new SendError(message, code, status, false, 'unknown')
  return new SendError(message, code, status, status === 429 && code !== TWILIO_UNSUBSCRIBED)
}

function normalise(body: string): string {
  return body.replace(/\s+/g, ' ').trim()
}

/** twilio-node has no base-URL option: a RequestClient that sends every request to another origin. */
function baseUrlClient(RequestClient: typeof import('twilio').RequestClient, baseUrl: string, timeout: number) {
  const target = new URL(baseUrl)
  return new (class extends RequestClient {
    override request<TData>(opts: Parameters<InstanceType<typeof RequestClient>['request']>[0] & { data?: TData }) {
      const uri = new URL(opts.uri)
      uri.protocol = target.protocol
      uri.host = target.host
      uri.pathname = target.pathname.replace(/\/$/, '') + uri.pathname
      return super.request<TData>({ ...opts, uri: uri.toString() })
    }
  })({ timeout })
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true }
    )
  })
}
