import type { FastifyServerOptions } from 'fastify'
import type { Config } from './config.ts'

/**
 * pino options shared by the server, the Lambda and the tests. Request bodies are never logged
 * (they hold phone numbers and message text); headers that carry credentials are redacted in case
 * anything logs them.
 */
export function loggerOptions (config: Pick<Config, 'LOG_LEVEL'>): FastifyServerOptions['logger'] {
  return {
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-twilio-signature"]',
        'headers.authorization',
        'headers["x-twilio-signature"]'
      ],
      censor: '[redacted]'
    },
    serializers: {
      req (request) {
        return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip }
      }
    }
  }
}
