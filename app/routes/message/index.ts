import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { handleEmployeeSms } from '../../conversation/employee-sms.ts'
import { TwilioSmsWebhookSchema, TwilioStatusCallbackSchema } from '../../schemas/twilio.ts'
import { recordDeliveryStatus } from '../../sms/delivery-status.ts'
import { twimlReply } from '../../twilio/webhook.ts'
import { sendRetryLater, toInboundSms, twilioWebhookGuard } from '../twilio-guard.ts'

/** POST /message: the webhook of the employee number (replies with TwiML), and delivery status callbacks. */
const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preValidation', twilioWebhookGuard(app.config))

  app.post('/', { schema: { body: TwilioSmsWebhookSchema } }, async (request, reply) => {
    const result = await handleEmployeeSms(app.conversationDeps(request.log), toInboundSms(request.body, 'employee'))
    if (result.pending) return sendRetryLater(reply)
    return reply.type('text/xml; charset=utf-8').send(twimlReply(result.reply))
  })

  // Delivery reports for what we sent; error 21610 means the person opted out with their carrier.
  app.post('/status', { schema: { body: TwilioStatusCallbackSchema } }, async (request, reply) => {
    const { MessageSid, MessageStatus, ErrorCode } = request.body
    await recordDeliveryStatus(app.db, { sid: MessageSid, status: MessageStatus.toLowerCase(), errorCode: ErrorCode ? Number(ErrorCode) : undefined }, app.now())
    return reply.type('text/xml; charset=utf-8').send(twimlReply(null))
  })
}

export default messageRoutes
