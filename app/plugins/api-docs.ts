// OpenAPI 3 for the API, generated from the routes' TypeBox schemas by @fastify/swagger and served at
// GET /docs/json; the interactive page (@fastify/swagger-ui) at /docs when NODE_ENV=development or
// API_DOCS=true. Each JWT route says which roles may call it; the webhooks say they need Twilio's
// signature. Without the page, the generator is loaded on the first GET /docs/json, not at start:
// registering it costs every Lambda cold start about 90 ms (its YAML and $ref libraries).
import type { SwaggerOptions } from '@fastify/swagger'
import Fastify, { type FastifySchema, type RouteOptions } from 'fastify'
import fp from 'fastify-plugin'

const TAGS: Array<[RegExp, string]> = [
  [/^\/(message|escalate\/reply)(\/|$)/, 'Twilio webhooks'],
  [/^\/escalate/, 'Escalations'],
  [/^\/faq/, 'FAQ'],
  [/^\/insights/, 'Insights'],
  [/^\/outbox/, 'Operations'],
  [/^\/people/, 'Directory'],
  [/^\/documents/, 'Handbook'],
  [/^\/validate/, 'Operations']
]

const SWAGGER_OPTIONS: SwaggerOptions = {
  openapi: {
    openapi: '3.0.3',
    info: {
      title: 'Frontline SMS assistant API',
      description:
        'Bearer tokens are HS256 (or RS256) JWTs with exp, iss and aud (`npm run token`). Twilio webhooks are signed with X-Twilio-Signature against PUBLIC_BASE_URL.',
      version: '0.1.0'
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        twilioSignature: { type: 'apiKey', in: 'header', name: 'X-Twilio-Signature' }
      }
    }
  },
  transform: ({ schema, url, route }) => ({ schema: describe(schema ?? {}, url, route), url })
}

export default fp(
  async (app) => {
    if (app.config.NODE_ENV === 'development' || app.config.API_DOCS) {
      const { default: swagger } = await import('@fastify/swagger')
      const { default: swaggerUi } = await import('@fastify/swagger-ui')
      await app.register(swagger, SWAGGER_OPTIONS)
      await app.register(swaggerUi, { routePrefix: '/docs' })
      return
    }
    const routes: RouteOptions[] = []
    app.addHook('onRoute', (route) => {
      if (route.method !== 'HEAD' && !(route.schema as { hide?: boolean } | undefined)?.hide) routes.push(route)
    })
    let document: Promise<unknown> | undefined
    app.get('/docs/json', { schema: { hide: true } }, () => {
      document ??= generateDocument(routes).catch((error: unknown) => {
        document = undefined
        throw error
      })
      return document
    })
  },
  { name: 'api-docs', dependencies: ['config'] }
)

/** The same document the page serves, from a scratch instance that only holds the routes' schemas. */
async function generateDocument(routes: RouteOptions[]): Promise<unknown> {
  const { default: swagger } = await import('@fastify/swagger')
  const scratch = Fastify()
  // Nothing is validated or serialised there: no schema needs compiling.
  scratch.setValidatorCompiler(() => () => true)
  scratch.setSerializerCompiler(() => (data) => JSON.stringify(data))
  await scratch.register(swagger, SWAGGER_OPTIONS)
  for (const { method, url, schema, preHandler, preValidation } of routes) {
    scratch.route({ method, url, schema, preHandler, preValidation, exposeHeadRoute: false, handler: () => null })
  }
  await scratch.ready()
  try {
    return scratch.swagger()
  } finally {
    await scratch.close()
  }
}

/** The route's schema with its tag, and who may call it: the roles of its JWT hook, or Twilio. */
function describe(schema: FastifySchema, url: string, route: RouteOptions): FastifySchema {
  const tag = TAGS.find(([pattern]) => pattern.test(url))?.[1]
  const hooks = [route.preHandler, route.preValidation].flat().filter(Boolean) as Array<{ apiRoles?: string[] }>
  const roles = hooks.find((h) => h.apiRoles)?.apiRoles
  const twilio = tag === 'Twilio webhooks'
  const security = roles ? [{ bearerAuth: [] }] : twilio ? [{ twilioSignature: [] }] : undefined
  const who = roles ? `Roles: ${roles.join(', ')}.` : twilio ? 'Called by Twilio, signed.' : ''
  const description = [who, (schema as { description?: string }).description].filter(Boolean).join(' ')
  return {
    ...schema,
    ...(schema.querystring ? { querystring: optionalDefaults(schema.querystring as ObjectSchema) } : {}),
    ...(twilio ? { consumes: ['application/x-www-form-urlencoded'] } : {}),
    ...(tag ? { tags: [tag] } : {}),
    ...(security ? { security } : {}),
    ...(description ? { description } : {})
  }
}

interface ObjectSchema {
  required?: string[]
  properties?: Record<string, { default?: unknown }>
}

/** A query parameter with a default (?limit) need not be given: not required in the document. */
function optionalDefaults(query: ObjectSchema): ObjectSchema {
  const required = (query.required ?? []).filter((name) => query.properties?.[name]?.default === undefined)
  return { ...query, required }
}
