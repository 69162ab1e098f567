import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { answerGap, dismissGap, listGaps } from '../../admin/gaps.ts'
import { faqsPage, gapsPage } from '../../admin/views/knowledge.ts'
import { faqView, listFaqs } from '../../faq/repository.ts'
import { approveFaq, rejectFaq } from '../../faq/service.ts'
import { viewerOf } from './viewer.ts'

const REVIEWERS = ['ops', 'hr'] as const
const Done = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) })
const Id = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) })
const Words = Type.String({ maxLength: 2000 })
const words = (given: string) => given.split(/\s+/).filter(Boolean)
const list = (given: string | string[] | undefined) => (given === undefined ? [] : [given].flat())

/** Knowledge gaps (answer once, or set aside) and suggested FAQs (approve, reject). */
const knowledgePages: FastifyPluginAsyncTypebox = async (app) => {
  const faqDeps = () => ({ db: app.db, now: app.now, syncVectors: app.retriever.sync })

  app.get('/gaps', { schema: { hide: true, querystring: Done } }, async (request, reply) => {
    const session = request.adminSession!
    const now = app.now()
    const { groups, locations } = await listGaps(app.db, app.config, session.actor, now)
    const canAnswer = (REVIEWERS as readonly string[]).includes(session.actor.role)
    const page = gapsPage(viewerOf(request), groups, locations, canAnswer, now, request.query.done)
    return reply.type('text/html; charset=utf-8').send(page)
  })

  app.post(
    '/gaps/answer',
    {
      config: { adminRoles: REVIEWERS },
      schema: {
        hide: true,
        body: Type.Object({
          _csrf: Type.String(),
          words: Words,
          question: Type.String({ maxLength: 500 }),
          answer: Type.String({ maxLength: 1500 }),
          locations: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())]))
        })
      }
    },
    async (request, reply) => {
      const { question, answer } = request.body
      await answerGap(faqDeps(), request.adminSession!.actor, {
        words: words(request.body.words),
        question,
        answer,
        locations: list(request.body.locations)
      })
      return reply.redirect(`${request.adminBase}/admin/gaps?done=answered`, 303)
    }
  )

  app.post(
    '/gaps/dismiss',
    {
      config: { adminRoles: REVIEWERS },
      schema: { hide: true, body: Type.Object({ _csrf: Type.String(), words: Words }) }
    },
    async (request, reply) => {
      await dismissGap(app.db, request.adminSession!.actor, words(request.body.words))
      return reply.redirect(`${request.adminBase}/admin/gaps?done=dismissed`, 303)
    }
  )

  app.get(
    '/faqs',
    { config: { adminRoles: REVIEWERS }, schema: { hide: true, querystring: Done } },
    async (request, reply) => {
      const session = request.adminSession!
      const faqs = (await listFaqs(app.db, session.actor, { status: 'suggested', limit: 100 })).map(faqView)
      return reply
        .type('text/html; charset=utf-8')
        .send(faqsPage(viewerOf(request), faqs, app.now(), request.query.done))
    }
  )

  app.post(
    '/faqs/:id/approve',
    {
      config: { adminRoles: REVIEWERS },
      schema: {
        hide: true,
        params: Id,
        body: Type.Object({
          _csrf: Type.String(),
          question: Type.Optional(Type.String({ maxLength: 500 })),
          answer: Type.Optional(Type.String({ maxLength: 1500 })),
          allLocations: Type.Optional(Type.String())
        })
      }
    },
    async (request, reply) => {
      const { question, answer, allLocations } = request.body
      await approveFaq(faqDeps(), request.adminSession!.actor, request.params.id, {
        question,
        answer,
        allLocations: allLocations === 'yes'
      })
      return reply.redirect(`${request.adminBase}/admin/faqs?done=approved`, 303)
    }
  )

  app.post(
    '/faqs/:id/reject',
    {
      config: { adminRoles: REVIEWERS },
      schema: { hide: true, params: Id, body: Type.Object({ _csrf: Type.String() }) }
    },
    async (request, reply) => {
      await rejectFaq(faqDeps(), request.adminSession!.actor, request.params.id)
      return reply.redirect(`${request.adminBase}/admin/faqs?done=rejected`, 303)
    }
  )
}

export default knowledgePages
