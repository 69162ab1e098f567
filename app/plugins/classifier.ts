import fp from 'fastify-plugin'
import { createClassifier } from '../classifier/index.ts'
import type { Classifier } from '../classifier/types.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Labels an inbound message and decides whether it needs a person. */
    classifier: Classifier
  }
}

export default fp<{ client?: Classifier }>(
  async (app, opts) => {
    const client = opts.client ?? createClassifier(app.config, app.log)
    app.decorate('classifier', client)
    app.addHook('onClose', async () => {
      await client.close?.()
    })
  },
  { name: 'classifier', dependencies: ['config'] }
)
