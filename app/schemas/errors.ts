import { Type } from '@sinclair/typebox'

/** The shape of every 4xx and 5xx body (see the error handler in app.ts). */
export const ErrorResponseSchema = Type.Object({
  error: Type.String(),
  message: Type.String(),
  code: Type.Optional(Type.String()),
  requestId: Type.Optional(Type.String())
})

export const ERROR_RESPONSES = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
  500: ErrorResponseSchema,
  502: ErrorResponseSchema
}
