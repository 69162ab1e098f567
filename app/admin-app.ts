// The admin page's own app, built by the main app on the first request to /admin (routes/admin/
// forward.ts) and handed every such request: the same options, error handling and clients (the main
// app's, shared), its routes only. A cold start that answers a text never builds it.
import formbody from '@fastify/formbody'
import Fastify, { type FastifyInstance } from 'fastify'
import { fastifyOptions, installErrorHandling } from './app.ts'
import adminRoutes from './routes/admin/index.ts'

// What the admin pages use of the main app; each is the same object, not a copy.
const SHARED = [
  'config',
  'database',
  'db',
  'llm',
  'retriever',
  'classifier',
  'sms',
  'metrics',
  'now',
  'services',
  'publicUrl'
] as const

export async function buildAdminApp(main: FastifyInstance): Promise<FastifyInstance> {
  const { logger: _own, ...options } = fastifyOptions(main.config)
  const app = Fastify({ ...options, loggerInstance: main.log }) as unknown as FastifyInstance
  for (const name of SHARED) app.decorate(name, main[name] as never)
  await app.register(formbody)
  installErrorHandling(app)
  await app.register(adminRoutes, { prefix: '/admin' })
  await app.ready()
  return app
}
