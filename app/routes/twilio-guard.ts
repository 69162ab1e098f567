import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../config.ts'
import type { InboundSms } from '../conversation/inbound-log.ts'
import type { HandledSms } from '../conversation/process-inbound.ts'
import type { TwilioSmsWebhook } from '../schemas/twilio.ts'
import { isValidTwilioSignature, twimlReply } from '../twilio/webhook.ts'

/**
 * preValidation hook for Twilio webhooks: form bodies only (415 otherwise), and a valid
 * X-Twilio-Signature over PUBLIC_BASE_URL + the request path (403 otherwise, before anything is
 * stored). Host and X-Forwarded-* headers are never used, and an Authorization header is no substitute.
 */
export function twilioWebhookGuard(config: Pick<Config, 'PUBLIC_BASE_URL' | 'TWILIO_AUTH_TOKEN'>) {
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    if (!request.headers['content-type']?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      return reply
        .status(415)
        .send({ error: 'Unsupported Media Type', message: 'Twilio webhooks are application/x-www-form-urlencoded' })
    }
    const url = `${config.PUBLIC_BASE_URL}${request.url}`
    const params = (request.body ?? {}) as Record<string, unknown>
    if (!isValidTwilioSignature(config.TWILIO_AUTH_TOKEN, request.headers['x-twilio-signature'], url, params)) {
      request.log.warn(
        { path: request.url.split('?')[0] },
        'rejected a webhook with a missing or invalid Twilio signature'
      )
      return reply.status(403).send({ error: 'Forbidden', message: 'Invalid or missing X-Twilio-Signature' })
    }
  }
}

// NUL and other control characters cannot be stored in PostgreSQL text and mean nothing in an SMS.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export function toInboundSms(body: TwilioSmsWebhook, channel: InboundSms['channel']): InboundSms {
  return {
    sid: body.MessageSid,
    from: body.From.trim(),
    to: body.To.trim(),
    body: body.Body.replace(CONTROL_CHARACTERS, ''),
    channel,
    numMedia: Number(body.NumMedia ?? 0),
    numSegments: body.NumSegments ? Number(body.NumSegments) : undefined,
    optOutType: body.OptOutType
  }
}

/** TwiML with the reply (or an empty response when nothing must be sent). */
export function sendTwiml(reply: FastifyReply, text: string | null) {
  return reply.type('text/xml; charset=utf-8').send(twimlReply(text))
}

/**
 * The answer to a webhook whose message was handled: its TwiML, or 503 with Retry-After while another
 * delivery of the same message holds it, so Twilio delivers it again rather than taking silence.
 */
export function sendHandledSms(reply: FastifyReply, handled: HandledSms) {
  if (handled.pending) {
    return reply
      .status(503)
      .header('retry-after', '5')
      .send({ error: 'Service Unavailable', message: 'This message is still being processed; deliver it again later' })
  }
  return sendTwiml(reply, handled.reply)
}
