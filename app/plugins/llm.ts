import fp from 'fastify-plugin'
import { createLlm } from '../answer/index.ts'
import type { Llm } from '../answer/types.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Writes answers: OpenAI when configured, otherwise the local extractive mode. */
    llm: Llm
  }
}

export default fp<{ client?: Llm }>(
  async (app, opts) => {
    const client = opts.client ?? createLlm(app.config, app.log)
    app.decorate('llm', client)
    app.addHook('onClose', async () => {
      await client.close?.()
    })
  },
  { name: 'llm', dependencies: ['config'] }
)
