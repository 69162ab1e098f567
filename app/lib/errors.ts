// Errors domain code throws when a request cannot be carried out. They carry the HTTP status the API
// answers with, so the one error handler in app.ts writes every error body; no Fastify needed here.

export class RequestError extends Error {
  constructor(
    readonly statusCode: number,
    message: string
  ) {
    super(message)
    this.name = 'RequestError'
  }
}

export const badRequest = (message: string) => new RequestError(400, message)
export const unauthorized = (message: string) => new RequestError(401, message)
export const forbidden = (message: string) => new RequestError(403, message)
export const unsupportedMediaType = (message: string) => new RequestError(415, message)
/** The request may succeed later (with Retry-After). */
export const serviceUnavailable = (message: string) => new RequestError(503, message)
export const notFound = (message: string) => new RequestError(404, message)
export const conflict = (message: string) => new RequestError(409, message)
/** A provider we depend on (Twilio) refused or failed: the request did not do what it was asked. */
export const badGateway = (message: string) => new RequestError(502, message)
