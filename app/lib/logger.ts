/** The part of pino that domain code uses, so it runs with Fastify's logger or a CLI's. */
export interface Logger {
  debug: (obj: object, msg?: string) => void
  info: (obj: object, msg?: string) => void
  warn: (obj: object, msg?: string) => void
  error: (obj: object, msg?: string) => void
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }
