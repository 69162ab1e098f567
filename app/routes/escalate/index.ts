import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { and, eq, type SQL } from 'drizzle-orm'
import { escalations } from '../../../drizzle/schema.ts'
import {
  answerEscalation,
  closeEscalation,
  escalationDeps,
  priorityFor,
  raiseEscalation
} from '../../escalation/escalations.ts'
import { handleManagerSms } from '../../escalation/manager-sms.ts'
import { sweepEscalations } from '../../escalation/sweep.ts'
import { escalationMessages, listEscalationViews } from '../../escalation/views.ts'
import { findPersonById, findPersonByPhone } from '../../people/directory.ts'
import type { TokenClaims } from '../../plugins/auth.ts'
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
import { sendHandledSms, toInboundSms, twilioWebhookGuard } from '../twilio-guard.ts'

/** /escalate: the manager number's webhook (Twilio-signed) and the escalation API (JWT). */
const escalateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Two separate contexts: a signature is never accepted on the API, nor a token on the webhook.
  await app.register(managerWebhook)
  await app.register(escalationApi)
}

const managerWebhook: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preValidation', twilioWebhookGuard(app.config))
  app.post('/reply', { schema: { body: TwilioSmsWebhookSchema } }, async (request, reply) => {
    return sendHandledSms(
      reply,
      await handleManagerSms(app.conversationDeps(request.log), toInboundSms(request.body, 'manager'))
    )
  })
}

const escalationApi: FastifyPluginAsyncTypebox = async (app) => {
  const deps = (log: Parameters<typeof app.conversationDeps>[0]) => escalationDeps(app.conversationDeps(log))

  // Managers see what is assigned to them; ops and HR see everything.
  const visibleTo = (user: TokenClaims): SQL | undefined =>
    user.role === 'manager' ? eq(escalations.assigneeId, Number(user.sub ?? 0)) : undefined

  app.post(
    '/',
    {
      preHandler: app.authorize(['ops', 'manager', 'hr']),
      schema: { body: CreateEscalationSchema, response: { 201: EscalationSchema, ...ERROR_RESPONSES } }
    },
    async (request, reply) => {
      const { employeeId, phone, reason, text, priority } = request.body
      // Loaded here, not at start: only this route needs libphonenumber's metadata.
      const e164 = phone ? (await import('../../lib/phone-numbers.ts')).toE164(phone, app.config.DEFAULT_COUNTRY) : null
      if (phone && !e164)
        return reply.status(400).send({ error: 'Bad Request', message: `phone "${phone}" is not a valid number` })
      if (!employeeId && !e164)
        return reply.status(400).send({ error: 'Bad Request', message: 'give employeeId or phone' })
      const employee = employeeId ? await findPersonById(app.db, employeeId) : await findPersonByPhone(app.db, e164!)
      if (!employee) return reply.status(404).send({ error: 'Not Found', message: 'no such person in the directory' })
      const { escalation } = await raiseEscalation(deps(request.log), {
        employee,
        reason,
        priority: priority ?? priorityFor(reason),
        text
      })
      const [view] = await listEscalationViews(app.db, eq(escalations.id, escalation.id), 1)
      return reply.status(201).send(view)
    }
  )

  app.get(
    '/',
    {
      preHandler: app.authorize(['ops', 'manager', 'hr']),
      schema: {
        querystring: ListEscalationsQuerySchema,
        response: { 200: Type.Object({ escalations: Type.Array(EscalationSchema) }), ...ERROR_RESPONSES }
      }
    },
    async (request) => {
      const { status, limit } = request.query
      const where = and(status ? eq(escalations.status, status) : undefined, visibleTo(request.user))
      return { escalations: await listEscalationViews(app.db, where, limit) }
    }
  )

  app.get(
    '/:id',
    {
      preHandler: app.authorize(['ops', 'manager', 'hr']),
      schema: { params: EscalationParamsSchema, response: { 200: EscalationWithMessagesSchema, ...ERROR_RESPONSES } }
    },
    async (request, reply) => {
      const [view] = await listEscalationViews(
        app.db,
        and(eq(escalations.id, request.params.id), visibleTo(request.user)),
        1
      )
      if (!view) return reply.status(404).send({ error: 'Not Found', message: `no escalation ${request.params.id}` })
      return { ...view, messages: await escalationMessages(app.db, view.id) }
    }
  )

  app.post(
    '/:id/resolve',
    {
      preHandler: app.authorize(['ops', 'manager', 'hr']),
      schema: {
        params: EscalationParamsSchema,
        body: ResolveEscalationSchema,
        response: { 200: EscalationSchema, ...ERROR_RESPONSES }
      }
    },
    async (request, reply) => {
      const [escalation] = await app.db
        .select()
        .from(escalations)
        .where(and(eq(escalations.id, request.params.id), visibleTo(request.user)))
      if (!escalation)
        return reply.status(404).send({ error: 'Not Found', message: `no escalation ${request.params.id}` })
      if (escalation.status === 'closed')
        return reply.status(409).send({ error: 'Conflict', message: `${escalation.code} is already closed` })
      const { answer } = request.body ?? {}
      if (answer) {
        const resolver = request.user.sub ? await findPersonById(app.db, Number(request.user.sub)) : undefined
        await answerEscalation(deps(request.log), escalation, answer, resolver)
      }
      await closeEscalation(app.db, escalation, app.now())
      const [view] = await listEscalationViews(app.db, eq(escalations.id, escalation.id), 1)
      return view
    }
  )

  app.post(
    '/sweep',
    {
      preHandler: app.authorize(['ops']),
      schema: { response: { 200: SweepSummarySchema, ...ERROR_RESPONSES } }
    },
    async (request) => sweepEscalations(deps(request.log))
  )
}

export default escalateRoutes
