import fp from 'fastify-plugin'
import { createAnswerer } from '../answer/index.ts'
import type { Answerer } from '../answer/types.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Writes answers: OpenAI when configured, otherwise the local extractive mode. */
    llm: Answerer
  }
}

export default fp<{ client?: Answerer }>(
  async (app, opts) => {
    const client = opts.client ?? createAnswerer(app.config, app.log)
    app.decorate('llm', client)
    app.addHook('onClose', async () => {
      await client.close?.()
    })
  },
  { name: 'llm', dependencies: ['config'] }
)
