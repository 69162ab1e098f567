import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { handleEmployeeSms } from '../../conversation/employee-sms.ts'
import { TwilioSmsWebhookSchema, TwilioStatusCallbackSchema } from '../../schemas/twilio.ts'
import { recordDeliveryStatus } from '../../sms/delivery-status.ts'
import { sendHandledSms, sendTwiml, toInboundSms, twilioWebhookGuard } from '../twilio-guard.ts'

/** POST /message: the webhook of the employee number (replies with TwiML), and delivery status callbacks. */
const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preValidation', twilioWebhookGuard(app.config))

  app.post('/', { schema: { body: TwilioSmsWebhookSchema } }, async (request, reply) => {
    return sendHandledSms(
      reply,
      await handleEmployeeSms(app.conversationDeps(request.log), toInboundSms(request.body, 'employee'))
    )
  })

  // Delivery reports for what we sent; error 21610 means the person opted out with their carrier.
  app.post('/status', { schema: { body: TwilioStatusCallbackSchema } }, async (request, reply) => {
    const { MessageSid, MessageStatus, ErrorCode } = request.body
    await recordDeliveryStatus(
      app.db,
      { sid: MessageSid, status: MessageStatus.toLowerCase(), errorCode: ErrorCode ? Number(ErrorCode) : undefined },
      app.now()
    )
    return sendTwiml(reply, null)
  })
}

export default messageRoutes
