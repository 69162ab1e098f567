import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { listOutbox } from '../../escalation/api.ts'
import { MessageSchema } from '../../schemas/escalate.ts'
import { ERROR_RESPONSES } from '../../schemas/errors.ts'

/**
 * GET /outbox?since=...: what the assistant texted out (escalation alerts, relays, reminders), newest
 * last. For ops; `npm run sms` uses it to show the dry-run messages a local exchange produced.
 */
const outboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      preHandler: app.authorize(['ops']),
      schema: {
        querystring: Type.Object({
          since: Type.Optional(Type.String({ format: 'date-time' })),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 })
        }),
        response: { 200: Type.Object({ messages: Type.Array(MessageSchema) }), ...ERROR_RESPONSES }
      }
    },
    async (request) => ({ messages: await listOutbox(app.db, request.actor, request.query) })
  )
}

export default outboxRoutes
