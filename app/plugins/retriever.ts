import fp from 'fastify-plugin'
import { createRetriever } from '../knowledge/index.ts'
import type { Retriever } from '../knowledge/types.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Finds the passages of the knowledge base that answer a question. */
    retriever: Retriever
  }
}

export default fp<{ client?: Retriever }>(
  async (app, opts) => {
    const client = opts.client ?? createRetriever(app.config, app.db, app.log)
    app.decorate('retriever', client)
    app.addHook('onClose', async () => {
      await client.close?.()
    })
  },
  { name: 'retriever', dependencies: ['config', 'db'] }
)
