// Route schemas are TypeBox schemas, so TypeBox checks them: compiled on a route's first request,
// not at start, so a Lambda cold start pays only for the routes it serves. Ajv and
// fast-json-stringify (Fastify's defaults) are never loaded: responses lose what their schema does not
// name (as with fast-json-stringify), are checked against it, then JSON.stringify serializes them.
import { FormatRegistry, type TSchema } from '@sinclair/typebox'
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler'
import { Value } from '@sinclair/typebox/value'

FormatRegistry.Set(
  'date-time',
  (value) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) && !Number.isNaN(Date.parse(value))
)

interface ValidatorRoute {
  schema: unknown
  httpPart?: string
}

function buildValidator() {
  return ({ schema, httpPart }: ValidatorRoute) => {
    let check: TypeCheck<TSchema> | undefined
    return (data: unknown) => {
      check ??= TypeCompiler.Compile(schema as TSchema)
      // Query strings and path parameters arrive as strings: convert them (and fill defaults) first.
      const value = Value.Convert(schema as TSchema, Value.Default(schema as TSchema, Value.Clone(data ?? {})))
      if (check.Check(value)) return { value }
      const first = check.Errors(value).First()
      const where = `${httpPart ?? 'request'}${first?.path ? first.path.replace(/\//g, '.') : ''}`
      const error = Object.assign(new Error(`${where} ${first?.message.toLowerCase() ?? 'is invalid'}`), {
        statusCode: 400,
        code: 'FST_ERR_VALIDATION'
      })
      return { error }
    }
  }
}

/**
 * Responses are held to their route's response schema (compiled on first use, like the validators):
 * properties it does not name are dropped, so a view that gains a field (a password hash, a phone)
 * never sends it; a handler that returns another shape is a bug, answered with a 500 rather than sent.
 */
function buildSerializer() {
  return ({ schema, url, httpStatus }: { schema: unknown; url?: string; httpStatus?: string }) => {
    let check: TypeCheck<TSchema> | undefined
    return (value: unknown) => {
      check ??= TypeCompiler.Compile(schema as TSchema)
      const data = Value.Clean(schema as TSchema, Value.Clone(value))
      if (!check.Check(data)) {
        const first = check.Errors(data).First()
        throw Object.assign(
          new Error(
            `the ${httpStatus} response of ${url} does not match its schema at ${first?.path || '/'}: ${first?.message}`
          ),
          { code: 'FST_ERR_RESPONSE_SCHEMA' }
        )
      }
      return JSON.stringify(data)
    }
  }
}

export const schemaController = { compilersFactory: { buildValidator, buildSerializer } } as unknown as NonNullable<
  import('fastify').FastifyServerOptions['schemaController']
>
