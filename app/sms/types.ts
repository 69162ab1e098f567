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

/** Raised by a sender when the provider refused the message. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly status: number | undefined,
    readonly retryable: boolean
  ) {
    super(message)
    this.name = 'SendError'
  }
}

export interface SmsSender extends Dependency {
  send: (message: OutboundSms, options?: { signal?: AbortSignal }) => Promise<SendResult>
}
