import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../db/database.ts'
import type { CheckInfo } from '../../lib/health.ts'
import { TimeoutError, withTimeout } from '../../lib/timeout.ts'
import { type CheckResult, DEPENDENCIES, ValidateResponseSchema } from '../../schemas/validate.ts'

/** Ops health check: every dependency answers within its timeout, or the response is 503. */
const validateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const checks: Record<(typeof DEPENDENCIES)[number], (signal: AbortSignal) => Promise<CheckInfo>> = {
    db: async () => {
      const [row] = await queryRows<{ people: number; migrations: number }>(
        app.db,
        sql`
        select (select count(*)::int from people) as people,
               (select count(*)::int from drizzle.__drizzle_migrations) as migrations`
      )
      return {
        mode: app.dbDriver === 'pglite' ? 'embedded PGlite' : 'PostgreSQL',
        detail: `${row?.migrations} migrations, ${row?.people} people`
      }
    },
    llm: (signal) => app.llm.check(signal),
    retriever: (signal) => app.retriever.check(signal),
    classifier: (signal) => app.classifier.check(signal),
    sms: (signal) => app.sms.check(signal)
  }

  app.get(
    '/validate',
    {
      schema: { response: { 200: ValidateResponseSchema, 503: ValidateResponseSchema } }
    },
    async (request, reply) => {
      const timeoutMs = app.config.VALIDATE_TIMEOUT_MS
      const entries = await Promise.all(
        DEPENDENCIES.map(async (name): Promise<[string, CheckResult]> => {
          const started = performance.now()
          try {
            const info = await withTimeout(`${name} check`, timeoutMs, checks[name])
            return [name, { ok: true, latencyMs: elapsed(started), ...info }]
          } catch (error) {
            request.log.warn({ err: error, dependency: name }, 'health check failed')
            return [name, { ok: false, latencyMs: elapsed(started), error: shortError(error) }]
          }
        })
      )
      const results = Object.fromEntries(entries) as Record<(typeof DEPENDENCIES)[number], CheckResult>
      const ok = entries.every(([, r]) => r.ok)
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'fail',
        checks: results,
        uptimeSeconds: Math.round(process.uptime())
      })
    }
  )
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}

// Enough for ops to act on, without stack traces or connection strings.
function shortError(error: unknown): string {
  if (error instanceof TimeoutError) return error.message
  const err = error as { code?: unknown; message?: unknown }
  const message =
    typeof err.message === 'string'
      ? err.message
          .split('\n')[0]!
          .replace(/\w+:\/\/\S+/g, '<url>')
          .slice(0, 160)
      : 'failed'
  return typeof err.code === 'string' && !message.includes(err.code) ? `${err.code}: ${message}` : message
}

export default validateRoutes
