import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { createEscalation, getEscalation, listEscalations, resolveEscalation } from '../../escalation/api.ts'
import { handleManagerSms } from '../../escalation/manager-sms.ts'
import { sweepEscalations } from '../../escalation/sweep.ts'
import { remainingTime } from '../../lib/remaining-time.ts'
import {
  CreateEscalationSchema,
  EscalationParamsSchema,
  EscalationSchema,
  EscalationWithMessagesSchema,
  ListEscalationsQuerySchema,
  ResolveEscalationSchema,
  SweepSummarySchema
} from '../../schemas/escalate.ts'
import { ERROR_RESPONSES } from '../../schemas/errors.ts'
import { TwilioSmsWebhookSchema } from '../../schemas/twilio.ts'
import { toInboundSms } from '../../twilio/inbound-sms.ts'

/** /escalate: the manager number's webhook (Twilio-signed) and the escalation API (JWT). */
const escalateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Two separate contexts: a signature is never accepted on the API, nor a token on the webhook.
  await app.register(managerWebhook)
  await app.register(escalationApi)
}

const managerWebhook: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preValidation', app.verifyTwilioSignature)
  app.post('/reply', { schema: { body: TwilioSmsWebhookSchema } }, async (request, reply) =>
    reply.twiml(await handleManagerSms(app.services(request.log), toInboundSms(request.body, 'manager')))
  )
}

const ANYONE = ['ops', 'manager', 'hr'] as const

const escalationApi: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      preHandler: app.authorize(ANYONE),
      schema: { body: CreateEscalationSchema, response: { 201: EscalationSchema, ...ERROR_RESPONSES } }
    },
    async (request, reply) => {
      const view = await createEscalation(
        app.services(request.log),
        request.actor,
        request.body,
        app.config.DEFAULT_COUNTRY
      )
      return reply.status(201).send(view)
    }
  )

  app.get(
    '/',
    {
      preHandler: app.authorize(ANYONE),
      schema: {
        querystring: ListEscalationsQuerySchema,
        response: { 200: Type.Object({ escalations: Type.Array(EscalationSchema) }), ...ERROR_RESPONSES }
      }
    },
    async (request) => ({ escalations: await listEscalations(app.db, request.actor, request.query) })
  )

  app.get(
    '/:id',
    {
      preHandler: app.authorize(ANYONE),
      schema: { params: EscalationParamsSchema, response: { 200: EscalationWithMessagesSchema, ...ERROR_RESPONSES } }
    },
    async (request) => getEscalation(app.db, request.actor, request.params.id)
  )

  app.post(
    '/:id/resolve',
    {
      preHandler: app.authorize(ANYONE),
      schema: {
        params: EscalationParamsSchema,
        body: ResolveEscalationSchema,
        response: { 200: EscalationSchema, ...ERROR_RESPONSES }
      }
    },
    async (request) =>
      resolveEscalation(app.services(request.log), request.actor, request.params.id, request.body?.answer)
  )

  app.post(
    '/sweep',
    { preHandler: app.authorize(['ops']), schema: { response: { 200: SweepSummarySchema, ...ERROR_RESPONSES } } },
    async (request) => {
      // On Lambda the sweep stops starting sends before the function's timeout.
      return sweepEscalations(app.services(request.log), { remainingMs: remainingTime(request.awsLambda?.context) })
    }
  )
}

export default escalateRoutes
