import type { InboundSms } from '../inbound/store-once.ts'

/** The parameters of Twilio's inbound SMS webhook that we use (schemas/twilio.ts validates them). */
export interface TwilioSmsParams {
  MessageSid: string
  From: string
  To: string
  Body: string
  NumMedia?: string
  NumSegments?: string
  OptOutType?: string
}

// NUL and other control characters cannot be stored in PostgreSQL text and mean nothing in an SMS.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export function toInboundSms(params: TwilioSmsParams, channel: InboundSms['channel']): InboundSms {
  return {
    sid: params.MessageSid,
    from: params.From.trim(),
    to: params.To.trim(),
    body: params.Body.replace(CONTROL_CHARACTERS, ''),
    channel,
    numMedia: Number(params.NumMedia ?? 0),
    numSegments: params.NumSegments ? Number(params.NumSegments) : undefined,
    optOutType: params.OptOutType
  }
}
