import type { FastifyServerOptions } from 'fastify'
import type { Config } from './config.ts'

/**
 * pino options shared by the server, the Lambda and the tests. Requests are logged as method, path
 * and address only: never headers (signatures, tokens), query strings or bodies (phone numbers,
 * message text). The app's own log lines mask phone numbers (lib/phone.ts).
 */
export function loggerOptions(config: Pick<Config, 'LOG_LEVEL'>): FastifyServerOptions['logger'] {
  return {
    level: config.LOG_LEVEL,
    serializers: {
      req(request) {
        return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip }
      }
    }
  }
}
