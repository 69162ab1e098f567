import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { faqView, listFaqs } from '../../faq/repository.ts'
import { approveFaq, rejectFaq } from '../../faq/service.ts'
import { ERROR_RESPONSES } from '../../schemas/errors.ts'
import { ApproveFaqSchema, FaqParamsSchema, FaqSchema, ListFaqsQuerySchema } from '../../schemas/faq.ts'

// Reviewing FAQs is HR's and ops' work; a manager's answers are suggested, never published by them.
const REVIEWERS = ['ops', 'hr'] as const

/** /faq: managers' answers suggested as FAQs, and their review. */
const faqRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = () => ({ db: app.db, now: app.now, syncVectors: app.retriever.sync })

  app.get(
    '/',
    {
      preHandler: app.authorize(REVIEWERS),
      schema: {
        querystring: ListFaqsQuerySchema,
        response: { 200: Type.Object({ faqs: Type.Array(FaqSchema) }), ...ERROR_RESPONSES }
      }
    },
    async (request) => ({ faqs: (await listFaqs(app.db, request.actor, request.query)).map(faqView) })
  )

  app.post(
    '/:id/approve',
    {
      preHandler: app.authorize(REVIEWERS),
      schema: { params: FaqParamsSchema, body: ApproveFaqSchema, response: { 200: FaqSchema, ...ERROR_RESPONSES } }
    },
    async (request) => faqView(await approveFaq(deps(), request.actor, request.params.id, request.body ?? {}))
  )

  app.post(
    '/:id/reject',
    {
      preHandler: app.authorize(REVIEWERS),
      schema: { params: FaqParamsSchema, response: { 200: FaqSchema, ...ERROR_RESPONSES } }
    },
    async (request) => faqView(await rejectFaq(deps(), request.actor, request.params.id))
  )
}

export default faqRoutes
