import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { HandledSms } from '../inbound/process-inbound.ts'
import { forbidden, serviceUnavailable, unsupportedMediaType } from '../lib/errors.ts'
import { isValidTwilioSignature, twimlReply } from '../twilio/webhook.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * preValidation hook for Twilio webhooks: form bodies only (415), and a valid X-Twilio-Signature
     * over the public base URL + the request path (403, before anything is stored): PUBLIC_BASE_URL, or
     * an allowed one from the API Gateway event (plugins/public-url.ts). Host and X-Forwarded-* headers
     * are never used, and an Authorization header is no substitute.
     */
    verifyTwilioSignature: (request: FastifyRequest) => Promise<void>
  }
  interface FastifyReply {
    /**
     * Answers a webhook with TwiML: the reply, or an empty <Response/> when nothing must be sent. A
     * message another delivery still holds gets 503 with Retry-After, so Twilio delivers it again.
     */
    twiml: (handled: HandledSms | string | null) => FastifyReply
  }
}

export default fp(
  async (app) => {
    const { TWILIO_AUTH_TOKEN } = app.config

    app.decorate('verifyTwilioSignature', async (request: FastifyRequest) => {
      if (!request.headers['content-type']?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
        throw unsupportedMediaType('Twilio webhooks are application/x-www-form-urlencoded')
      }
      const params = (request.body ?? {}) as Record<string, unknown>
      const base = app.publicUrl.of(request)
      if (!base) {
        const context = (request.awsLambda?.event as { requestContext?: { domainName?: unknown } })?.requestContext
        request.log.warn(
          { domainName: context?.domainName },
          'rejected a webhook: its API Gateway URL is not in API_GATEWAY_BASE_URLS (nor is PUBLIC_BASE_URL set)'
        )
        throw forbidden('Invalid or missing X-Twilio-Signature')
      }
      const url = `${base}${request.url}`
      if (!isValidTwilioSignature(TWILIO_AUTH_TOKEN, request.headers['x-twilio-signature'], url, params)) {
        request.log.warn(
          { path: request.url.split('?')[0] },
          'rejected a webhook with a missing or invalid Twilio signature'
        )
        throw forbidden('Invalid or missing X-Twilio-Signature')
      }
    })

    app.decorateReply('twiml', function (this: FastifyReply, handled: HandledSms | string | null) {
      const result = typeof handled === 'object' && handled !== null ? handled : { reply: handled }
      if (result.pending) {
        this.header('retry-after', '5')
        throw serviceUnavailable('This message is still being processed; deliver it again later')
      }
      return this.type('text/xml; charset=utf-8').send(twimlReply(result.reply))
    })
  },
  { name: 'twilio-webhook', dependencies: ['config', 'public-url'] }
)
