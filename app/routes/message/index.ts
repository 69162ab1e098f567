import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { handleEmployeeSms } from '../../conversation/employee-sms.ts'
import { TwilioSmsWebhookSchema } from '../../schemas/twilio.ts'
import { twimlReply } from '../../twilio/webhook.ts'
import { toInboundSms, twilioWebhookGuard } from '../twilio-guard.ts'

/** POST /message: the webhook of the employee number. Replies with TwiML. */
const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preValidation', twilioWebhookGuard(app.config))

  app.post('/', { schema: { body: TwilioSmsWebhookSchema } }, async (request, reply) => {
    const result = await handleEmployeeSms(app.conversationDeps(request.log), toInboundSms(request.body, 'employee'))
    return reply.type('text/xml; charset=utf-8').send(twimlReply(result.reply))
  })
}

export default messageRoutes
