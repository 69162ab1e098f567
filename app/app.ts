import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyError, type FastifyInstance, LogController } from 'fastify'
import type { Config } from './config.ts'
import type { Database } from './db/database.ts'
import type { Llm } from './answer/types.ts'
import type { Classifier } from './classifier/types.ts'
import type { Retriever } from './knowledge/types.ts'
import type { SmsSender } from './sms/types.ts'
import type { Metrics } from './metrics.ts'
import { loggerOptions } from './logging.ts'
import { schemaController } from './schema-compilers.ts'
import configPlugin from './plugins/config.ts'
import dbPlugin from './plugins/db.ts'
import llmPlugin from './plugins/llm.ts'
import retrieverPlugin from './plugins/retriever.ts'
import classifierPlugin from './plugins/classifier.ts'
import smsPlugin from './plugins/sms.ts'
import metricsPlugin from './plugins/metrics.ts'
import conversationPlugin from './plugins/conversation.ts'
import authPlugin from './plugins/auth.ts'
import escalateRoutes from './routes/escalate/index.ts'
import messageRoutes from './routes/message/index.ts'
import outboxRoutes from './routes/outbox/index.ts'
import validateRoutes from './routes/validate/index.ts'

/** Clients a caller (a test, a benchmark) supplies instead of the ones the config would create. */
export interface AppOverrides {
  database?: Database
  llm?: Llm
  retriever?: Retriever
  classifier?: Classifier
  sms?: SmsSender
  /** The clock, for tests of time windows and reminders. */
  now?: () => Date
  metrics?: Metrics
}

// API Gateway request ids are base64-like ("JKJaXmPLvHcESHA="); anything else gets a fresh id.
const REQUEST_ID = /^[\w=+/.-]{8,64}$/

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: config.BODY_LIMIT,
    // Never trust X-Forwarded-*: Twilio signatures are checked against PUBLIC_BASE_URL instead.
    trustProxy: false,
    onProtoPoisoning: 'error',
    // One access line per request (the onResponse hook below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    onConstructorPoisoning: 'error',
    // API Gateway's request id (set by @fastify/aws-lambda) ties our logs to its access log.
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    schemaController
  })

  // Plugins are registered one by one (no autoload): it has to survive bundling for Lambda.
  await app.register(configPlugin, { config })
  await app.register(formbody)
  await app.register(dbPlugin, { database: overrides.database })
  await app.register(llmPlugin, { client: overrides.llm })
  await app.register(retrieverPlugin, { client: overrides.retriever })
  await app.register(classifierPlugin, { client: overrides.classifier })
  await app.register(smsPlugin, { client: overrides.sms })
  await app.register(metricsPlugin, { client: overrides.metrics })
  await app.register(conversationPlugin, { now: overrides.now })
  await app.register(authPlugin)

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed')
      // Never leak internals; the request id finds the details in the logs.
      return reply
        .status(status)
        .send({ error: 'Internal Server Error', message: 'Something went wrong on our side', requestId: request.id })
    }
    request.log.info({ code: error.code, status }, error.message)
    return reply
      .status(status)
      .send({ error: STATUS_CODES[status] ?? 'Client Error', message: error.message, code: error.code })
  })
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime)
      },
      'request completed'
    )
  })
  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send({ error: 'Not Found', message: `Route ${request.method} ${request.url.split('?')[0]} not found` })
  })

  await app.register(validateRoutes)
  await app.register(messageRoutes, { prefix: '/message' })
  await app.register(escalateRoutes, { prefix: '/escalate' })
  await app.register(outboxRoutes, { prefix: '/outbox' })
  return app
}
