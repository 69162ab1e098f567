import type { FastifyBaseLogger } from 'fastify'
import fp from 'fastify-plugin'
import type { ConversationDeps } from '../conversation/employee-sms.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The clock the app runs on (tests move it to exercise reminders and windows). */
    now: () => Date
    /** The clients and settings the conversation code needs, with the request's logger. */
    conversationDeps: (log: FastifyBaseLogger) => ConversationDeps
  }
}

export default fp<{ now?: () => Date }>(
  async (app, opts) => {
    const now = opts.now ?? (() => new Date())
    app.decorate('now', now)
    app.decorate(
      'conversationDeps',
      (log: FastifyBaseLogger): ConversationDeps => ({
        db: app.db,
        config: app.config,
        classifier: app.classifier,
        retriever: app.retriever,
        llm: app.llm,
        sms: app.sms,
        metrics: app.metrics,
        log,
        now
      })
    )
  },
  { name: 'conversation', dependencies: ['config', 'db', 'llm', 'retriever', 'classifier', 'sms', 'metrics'] }
)
