import type { Dependency } from '../lib/health.ts'

export interface OutboundSms {
  to: string
  from: string
  body: string
  statusCallback?: string
}

export interface SendResult {
  sid: string
  /** Twilio's status (`queued`, `accepted`, ...) or `dry_run` for the local sender. */
  status: string
}

/** Twilio's error code for "Attempt to send to unsubscribed recipient": the person opted out with their carrier. */
export const TWILIO_UNSUBSCRIBED = 21610

/**
 * Raised by a sender when a message did not go, or may not have: `refused` when the provider surely
 * did not accept it (a 4xx, 429, no connection), `unknown` when it may have (a timeout, a 5xx, a
 * connection lost mid-request). An unknown send is looked up before it is ever sent again.
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly status: number | undefined,
    readonly retryable: boolean,
    readonly outcome: 'refused' | 'unknown' = 'refused'
  ) {
    super(message)
    this.name = 'SendError'
  }
}

export interface SmsSender extends Dependency {
  send: (message: OutboundSms, options?: { signal?: AbortSignal }) => Promise<SendResult>
  /**
   * Messages the provider accepted from `message.from` to `message.to` with this body since `since`,
   * newest first: what became of a send whose outcome is unknown. Providers have no idempotency key.
   */
  find: (message: OutboundSms, since: Date, options?: { signal?: AbortSignal }) => Promise<SendResult[]>
}
