import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { pingDatabase } from '../../db/database.ts'
import { type CheckCache, checkHealth, isAlive } from '../../lib/health.ts'
import { ValidateResponseSchema } from '../../schemas/validate.ts'

const PROVIDERS = ['llm', 'retriever', 'classifier', 'sms'] as const

/**
 * GET /validate. Anyone (an uptime monitor, HEAD too): 200 when the database answers, 503 when not,
 * and nothing else. With an ops token: every dependency's check, the providers' answers reused for
 * VALIDATE_CACHE_S so that repeated calls do not call billed services.
 */
const validateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const cache: CheckCache = { ttlMs: app.config.VALIDATE_CACHE_S * 1000, kept: new Map() }
  const opsOnly = app.authorize(['ops'])
  app.get(
    '/validate',
    {
      exposeHeadRoute: true,
      schema: {
        description:
          'Anyone: `{"status"}` only, whether the database answers. With an ops bearer token: every check (provider answers reused for VALIDATE_CACHE_S, 60 s by default).',
        security: [{}, { bearerAuth: [] }],
        response: { 200: ValidateResponseSchema, 503: ValidateResponseSchema }
      }
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store')
      if (!request.headers.authorization) {
        const alive = await isAlive(() => pingDatabase(app.db), app.config.VALIDATE_TIMEOUT_MS)
        return reply.status(alive ? 200 : 503).send({ status: alive ? 'ok' : 'fail' })
      }
      await opsOnly(request)
      const { database, llm, retriever, classifier, sms } = app
      const report = await checkHealth(
        { db: database, llm, retriever, classifier, sms },
        app.config.VALIDATE_TIMEOUT_MS,
        (name, err) => request.log.warn({ err, dependency: name }, 'health check failed'),
        { cache, cached: PROVIDERS }
      )
      return reply.status(report.status === 'ok' ? 200 : 503).send(report)
    }
  )
}

export default validateRoutes
