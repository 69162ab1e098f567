import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { handleEmployeeSms } from '../../conversation/employee-sms.ts'
import { TwilioSmsWebhookSchema, TwilioStatusCallbackSchema } from '../../schemas/twilio.ts'
import { recordDeliveryStatus } from '../../sms/delivery-status.ts'
import { toInboundSms } from '../../twilio/inbound-sms.ts'

/** POST /message: the webhook of the employee number (replies with TwiML), and delivery status callbacks. */
const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preValidation', app.verifyTwilioSignature)

  app.post('/', { schema: { body: TwilioSmsWebhookSchema } }, async (request, reply) =>
    reply.twiml(await handleEmployeeSms(app.services(request.log), toInboundSms(request.body, 'employee')))
  )

  // Delivery reports for what we sent; error 21610 means the person opted out with their carrier.
  app.post('/status', { schema: { body: TwilioStatusCallbackSchema } }, async (request, reply) => {
    await recordDeliveryStatus(app.db, request.body, app.now())
    return reply.twiml(null)
  })
}

export default messageRoutes
