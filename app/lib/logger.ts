// Logging for the app, the Lambda and the CLIs: pino with the same serializers everywhere, so no log
// line at any level carries a full phone number, a message body, a query's parameters or a secret.
import pino, { type LoggerOptions } from 'pino'
import { redactText } from './redact.ts'

/** The part of pino that domain code uses, so it runs with Fastify's logger or a CLI's. */
export interface Logger {
  debug: (obj: object, msg?: string) => void
  info: (obj: object, msg?: string) => void
  warn: (obj: object, msg?: string) => void
  error: (obj: object, msg?: string) => void
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }

// Fields of an error worth keeping: codes and names, never values (postgres.js `parameters`, drizzle
// `params`, a Twilio error's request body).
const ERROR_FIELDS = [
  'code',
  'statusCode',
  'status',
  'errno',
  'severity',
  'routine',
  'constraint',
  'table',
  'column',
  'reason'
]

interface SerializedError {
  type: string
  message: string
  stack?: string
  cause?: SerializedError
  [field: string]: unknown
}

/**
 * Errors as they may be logged: drizzle's "Failed query: ... params: ..." loses its parameters,
 * digit runs (phone numbers, account numbers) and e-mail addresses are masked in the message and the
 * stack, and only known fields are kept. Causes are serialized the same way.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: redactText(String(error)).slice(0, 300) }
  const serialized: SerializedError = {
    type: error.constructor?.name ?? error.name,
    message: redactText(withoutParams(error.message)),
    stack: error.stack ? redactText(withoutParams(error.stack)) : undefined
  }
  for (const field of ERROR_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field]
    if (typeof value === 'string' || typeof value === 'number')
      serialized[field] = typeof value === 'string' ? redactText(value) : value
  }
  if (error.cause !== undefined && depth < 3) serialized.cause = serializeError(error.cause, depth + 1)
  return serialized
}

function withoutParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '\nparams: [redacted]')
}

/**
 * pino options shared by the server, the Lambda, the tests and the CLIs. Requests are logged as
 * method, path and address only: never headers (signatures, tokens), query strings or bodies. Every
 * message is masked like free text, so one that quotes what a caller sent (a mistyped phone number in
 * a 400) keeps only the last four digits.
 */
export function loggerOptions(level: string, { pretty = false }: { pretty?: boolean } = {}): LoggerOptions {
  return {
    level,
    // A transport runs in a worker and is resolved at run time, so pino-pretty is never bundled.
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
      : {}),
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as typeof args
        return method.apply(this, masked)
      }
    },
    serializers: {
      err: serializeError,
      error: serializeError,
      req(request: { method: string; url: string; ip?: string }) {
        return { method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip }
      }
    }
  }
}

/** The CLIs' logger: JSON lines on standard error, with the same serializers as the server. */
export function cliLogger(level = process.env.LOG_LEVEL ?? 'warn'): Logger {
  return pino(loggerOptions(level), pino.destination(2))
}
