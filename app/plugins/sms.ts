import fp from 'fastify-plugin'
import { createSmsSender } from '../sms/index.ts'
import type { SmsSender } from '../sms/types.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Sends outbound SMS: Twilio REST when configured, otherwise a dry run that only records them. */
    sms: SmsSender
  }
}

export default fp<{ client?: SmsSender }>(
  async (app, opts) => {
    const client = opts.client ?? createSmsSender(app.config, app.log)
    app.decorate('sms', client)
    app.addHook('onClose', async () => {
      await client.close?.()
    })
  },
  { name: 'sms', dependencies: ['config'] }
)
