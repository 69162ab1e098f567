// Outbound SMS through Twilio's Messages API with the twilio package. 429 and 5xx are retried a
// couple of times with backoff inside the caller's time limit; 21610 (unsubscribed) and other 4xx are
// not, and come back as a SendError the outbox records.
import type { Twilio } from 'twilio'
import type { Config } from '../config.ts'
import { type OutboundSms, type SendResult, SendError, type SmsSender, TWILIO_UNSUBSCRIBED } from './types.ts'

const RETRIES = 2

export function createTwilioSender(config: Config): SmsSender {
  let client: Promise<Twilio> | undefined
  const load = () => {
    client ??= import('twilio').then(({ default: twilio }) => {
      const options: Record<string, unknown> = { timeout: config.SMS_SEND_TIMEOUT_MS }
      if (config.TWILIO_API_BASE_URL)
        options.httpClient = baseUrlClient(twilio.RequestClient, config.TWILIO_API_BASE_URL)
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
    async check() {
      const twilio = await load()
      const account = await twilio.api.v2010.accounts(config.TWILIO_ACCOUNT_SID!).fetch()
      return { mode: 'Twilio Messages API', detail: `account ${account.status}` }
    }
  }
}

function toSendError(error: unknown): SendError {
  const e = error as { status?: number; code?: number; message?: string }
  const status = typeof e.status === 'number' ? e.status : undefined
  const code = typeof e.code === 'number' ? e.code : undefined
  const retryable = status === undefined || status === 429 || status >= 500
  return new SendError(e.message ?? 'Twilio request failed', code, status, code !== TWILIO_UNSUBSCRIBED && retryable)
}

/** twilio-node has no base-URL option: a RequestClient that sends every request to another origin. */
function baseUrlClient(RequestClient: typeof import('twilio').RequestClient, baseUrl: string) {
  const target = new URL(baseUrl)
  return new (class extends RequestClient {
    override request<TData>(opts: Parameters<InstanceType<typeof RequestClient>['request']>[0] & { data?: TData }) {
      const uri = new URL(opts.uri)
      uri.protocol = target.protocol
      uri.host = target.host
      uri.pathname = target.pathname.replace(/\/$/, '') + uri.pathname
      return super.request<TData>({ ...opts, uri: uri.toString() })
    }
  })()
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
