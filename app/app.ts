import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify'
import type { LoggerOptions } from 'pino'
import type { Answerer } from './answer/types.ts'
import type { Classifier } from './classifier/types.ts'
import type { Config } from './config.ts'
import type { Database } from './db/database.ts'
import type { Retriever } from './knowledge/types.ts'
import { notFound } from './lib/errors.ts'
import { ADMIN_BASE_HEADER, adminBasePath } from './lib/public-url.ts'
import { loggerOptions } from './lib/logger.ts'
import type { Metrics } from './metrics/metrics.ts'
import { errorPage as adminErrorPage } from './admin/views/error-page.ts'
import apiDocsPlugin from './plugins/api-docs.ts'
import authPlugin from './plugins/auth.ts'
import classifierPlugin from './plugins/classifier.ts'
import configPlugin from './plugins/config.ts'
import dbPlugin from './plugins/db.ts'
import llmPlugin from './plugins/llm.ts'
import metricsPlugin from './plugins/metrics.ts'
import publicUrlPlugin from './plugins/public-url.ts'
import retrieverPlugin from './plugins/retriever.ts'
import servicesPlugin from './plugins/services.ts'
import smsPlugin from './plugins/sms.ts'
import twilioWebhookPlugin from './plugins/twilio-webhook.ts'
import forwardToAdmin from './routes/admin/forward.ts'
import documentRoutes from './routes/documents/index.ts'
import escalateRoutes from './routes/escalate/index.ts'
import faqRoutes from './routes/faq/index.ts'
import insightsRoutes from './routes/insights/index.ts'
import messageRoutes from './routes/message/index.ts'
import outboxRoutes from './routes/outbox/index.ts'
import peopleRoutes from './routes/people/index.ts'
import validateRoutes from './routes/validate/index.ts'
import { schemaController } from './schema-compilers.ts'
import type { SmsSender } from './sms/types.ts'

/** Clients a caller (a test, a benchmark) supplies instead of the ones the config would create. */
export interface AppOverrides {
  database?: Database
  llm?: Answerer
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
  const app = Fastify(fastifyOptions(config))

  // Plugins are registered one by one (no autoload): it has to survive bundling for Lambda.
  await app.register(configPlugin, { config })
  await app.register(publicUrlPlugin)
  await app.register(formbody)
  await app.register(dbPlugin, { database: overrides.database })
  await app.register(llmPlugin, { client: overrides.llm })
  await app.register(retrieverPlugin, { client: overrides.retriever })
  await app.register(classifierPlugin, { client: overrides.classifier })
  await app.register(smsPlugin, { client: overrides.sms })
  await app.register(metricsPlugin, { client: overrides.metrics })
  await app.register(servicesPlugin, { now: overrides.now })
  await app.register(authPlugin)
  await app.register(twilioWebhookPlugin)
  await app.register(apiDocsPlugin)

  installErrorHandling(app)
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

  await app.register(validateRoutes)
  await app.register(messageRoutes, { prefix: '/message' })
  await app.register(escalateRoutes, { prefix: '/escalate' })
  await app.register(faqRoutes, { prefix: '/faq' })
  await app.register(insightsRoutes, { prefix: '/insights' })
  await app.register(outboxRoutes, { prefix: '/outbox' })
  await app.register(peopleRoutes, { prefix: '/people' })
  await app.register(documentRoutes, { prefix: '/documents' })
  // The admin page is its own app, built on its first request: a cold start that answers a text pays
  // for two routes, not for the page's.
  if (config.ADMIN_PAGE)
    await app.register(forwardToAdmin, {
      prefix: '/admin',
      build: async () => (await import('./admin-app.ts')).buildAdminApp(app)
    })
  return app
}

/** The Fastify options of the app, and of the admin page's app built on its first request. */
export function fastifyOptions(config: Config): FastifyServerOptions & { logger: LoggerOptions } {
  return {
    logger: loggerOptions(config.LOG_LEVEL, { pretty: prettyLogs(config) }),
    bodyLimit: config.BODY_LIMIT,
    // Never trust X-Forwarded-*: Twilio signatures are checked against the public URL instead.
    trustProxy: false,
    // No HEAD twin for every GET (each is one more route to build at every cold start, ~1 ms apiece
    // here); /validate keeps its own, for uptime monitors that send HEAD.
    exposeHeadRoutes: false,
    // A cold start's plugins (secrets fetched, the database reached through RDS Proxy) can take longer than
    // Fastify's 10 s default on a busy host; the function's own timeout bounds the wait anyway.
    pluginTimeout: 30_000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // One access line per request (the onResponse hook below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // API Gateway's request id (set by @fastify/aws-lambda) ties our logs to its access log.
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    schemaController
  }
}

/**
 * The one place an error body is written: 5xx never leak internals (the request id finds them in the
 * logs) unless the error was raised to be shown, such as 503 "deliver it again later". Admin pages
 * get theirs as a page.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { expose?: boolean }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
    const shown = status < 500 || error.expose === true || error.name === 'RequestError'
    if (isAdminPage(request.url)) {
      if (!shown) request.log.error({ err: error }, 'request failed')
      const message = shown ? error.message : `Something went wrong on our side (request ${request.id})`
      return reply
        .status(status)
        .type('text/html; charset=utf-8')
        .send(
          adminErrorPage(status, message, adminBasePath(request.headers[ADMIN_BASE_HEADER], app.publicUrl.of(request)))
        )
    }
    if (!shown) {
      request.log.error({ err: error }, 'request failed')
      return reply
        .status(status)
        .send({ error: 'Internal Server Error', message: 'Something went wrong on our side', requestId: request.id })
    }
    request.log[status >= 500 ? 'warn' : 'info']({ code: error.code, status }, error.message)
    return reply
      .status(status)
      .send({ error: STATUS_CODES[status] ?? 'Error', message: error.message, code: error.code })
  })
  app.setNotFoundHandler((request) => {
    throw notFound(`Route ${request.method} ${request.url.split('?')[0]} not found`)
  })
}

/** Pages of the admin site get their errors as a page, the API as JSON. */
function isAdminPage(url: string): boolean {
  return url === '/admin' || url.startsWith('/admin/') || url.startsWith('/admin?')
}

/** Readable logs for a developer at a terminal; JSON for everything that reads logs. */
function prettyLogs(config: Config): boolean {
  if (config.LOG_FORMAT !== 'auto') return config.LOG_FORMAT === 'pretty'
  return config.NODE_ENV === 'development' && process.stdout.isTTY === true
}
