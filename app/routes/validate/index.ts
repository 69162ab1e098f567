import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { checkHealth } from '../../lib/health.ts'
import { ValidateResponseSchema } from '../../schemas/validate.ts'

/** GET /validate, the ops health check: every dependency answers within its timeout, or the response is 503. */
const validateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/validate',
    { exposeHeadRoute: true, schema: { response: { 200: ValidateResponseSchema, 503: ValidateResponseSchema } } },
    async (request, reply) => {
      const { database, llm, retriever, classifier, sms } = app
      const report = await checkHealth(
        { db: database, llm, retriever, classifier, sms },
        app.config.VALIDATE_TIMEOUT_MS,
        (name, err) => request.log.warn({ err, dependency: name }, 'health check failed')
      )
      return reply.status(report.status === 'ok' ? 200 : 503).send(report)
    }
  )
}

export default validateRoutes
