import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { healthPage } from '../../admin/views/health.ts'
import { type CheckCache, checkHealth } from '../../lib/health.ts'
import { viewerOf } from './viewer.ts'

const PROVIDERS = ['llm', 'retriever', 'classifier', 'sms'] as const

/** Health: /validate's checks (for ops, as there), in words; provider answers reused as /validate does. */
const healthPages: FastifyPluginAsyncTypebox = async (app) => {
  const cache: CheckCache = { ttlMs: app.config.VALIDATE_CACHE_S * 1000, kept: new Map() }
  app.get('/health', { config: { adminRoles: ['ops'] }, schema: { hide: true } }, async (request, reply) => {
    const { database, llm, retriever, classifier, sms } = app
    const report = await checkHealth(
      { db: database, llm, retriever, classifier, sms },
      app.config.VALIDATE_TIMEOUT_MS,
      (name, err) => request.log.warn({ err, dependency: name }, 'health check failed'),
      { cache, cached: PROVIDERS }
    )
    return reply.type('text/html; charset=utf-8').send(healthPage(viewerOf(request), report))
  })
}

export default healthPages
