import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { escalationBoard, escalationThread, isOverdue } from '../../admin/escalation-board.ts'
import { boardPage, threadPage } from '../../admin/views/escalations.ts'
import { resolveEscalation } from '../../escalation/api.ts'
import { badRequest } from '../../lib/errors.ts'
import { viewerOf } from './viewer.ts'

const Id = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) })

/** Escalations: the list (open and overdue first), one thread, and answering or closing it. */
const escalationPages: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/escalations',
    { schema: { hide: true, querystring: Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) }) } },
    async (request, reply) => {
      const session = request.adminSession!
      const now = app.now()
      const entries = await escalationBoard(app.db, app.config, session.actor, now)
      return reply.type('text/html; charset=utf-8').send(boardPage(viewerOf(request), entries, now, request.query.done))
    }
  )

  app.get('/escalations/:id', { schema: { hide: true, params: Id } }, async (request, reply) => {
    const session = request.adminSession!
    const now = app.now()
    const e = await escalationThread(app.db, session.actor, request.params.id)
    const view = {
      ...e,
      open: e.status === 'open' || e.status === 'acknowledged',
      overdue: isOverdue(e, app.config, now)
    }
    return reply.type('text/html; charset=utf-8').send(threadPage(viewerOf(request), view, now))
  })

  app.post(
    '/escalations/:id/resolve',
    {
      schema: {
        hide: true,
        params: Id,
        body: Type.Object({
          _csrf: Type.String(),
          action: Type.Union([Type.Literal('answer'), Type.Literal('close')]),
          answer: Type.Optional(Type.String({ maxLength: 1500 }))
        })
      }
    },
    async (request, reply) => {
      const { action, answer } = request.body
      if (action === 'answer' && !answer?.trim()) throw badRequest('Write the answer first, or close it without one')
      const given = action === 'answer' ? answer!.trim() : undefined
      await resolveEscalation(app.services(request.log), request.adminSession!.actor, request.params.id, given)
      return reply.redirect(`${request.adminBase}/admin/escalations?done=${given ? 'answered' : 'closed'}`, 303)
    }
  )
}

export default escalationPages
