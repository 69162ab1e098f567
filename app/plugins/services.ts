import type { FastifyBaseLogger } from 'fastify'
import fp from 'fastify-plugin'
import type { ConversationDeps } from '../conversation/types.ts'
import { escalationDeps } from '../escalation/alerts.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The clock the app runs on (tests move it to exercise reminders and windows). */
    now: () => Date
    /** The clients and settings domain code needs, with the request's logger. */
    services: (log: FastifyBaseLogger) => ConversationDeps
  }
}

export default fp<{ now?: () => Date }>(
  async (app, opts) => {
    const now = opts.now ?? (() => new Date())
    app.decorate('now', now)
    app.decorate('services', (log: FastifyBaseLogger) =>
      escalationDeps(
        {
          db: app.db,
          config: app.config,
          classifier: app.classifier,
          retriever: app.retriever,
          llm: app.llm,
          sms: app.sms,
          metrics: app.metrics,
          log,
          now,
          timeoutMs: app.config.SMS_SEND_TIMEOUT_MS
        },
        app.publicUrl.current()
      )
    )
  },
  { name: 'services', dependencies: ['config', 'db', 'llm', 'retriever', 'classifier', 'sms', 'metrics', 'public-url'] }
)
