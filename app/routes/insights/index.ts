import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { loadInsights } from '../../insights/insights.ts'
import { ERROR_RESPONSES } from '../../schemas/errors.ts'
import { InsightsQuerySchema, InsightsSchema } from '../../schemas/insights.ts'

/** /insights: what employees asked that the handbook did not answer, and what became of messages. */
const insightsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      preHandler: app.authorize(['ops', 'hr', 'manager']),
      schema: { querystring: InsightsQuerySchema, response: { 200: InsightsSchema, ...ERROR_RESPONSES } }
    },
    async (request) => loadInsights(app.db, app.config, request.actor, request.query, app.now())
  )
}

export default insightsRoutes
