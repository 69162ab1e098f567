// GET /docs/json is a valid OpenAPI 3 document of every route, says who may call each, and every
// documented JSON response matches what the route really answers.
import SwaggerParser from '@apidevtools/swagger-parser'
import { Ajv } from 'ajv'
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { multipart, sampleDirectoryCsv } from './fixtures/uploads.ts'
import { build } from './helper.ts'

interface Operation {
  tags?: string[]
  description?: string
  security?: Array<Record<string, string[]>>
  responses: Record<string, { content?: Record<string, { schema: object }> }>
}
type Document = { paths: Record<string, Record<string, Operation>> }

const ops = bearer(token())
const hr = bearer(token({ role: 'hr', sub: '1' }))

const upload = await multipart([{ name: 'lockers.txt', content: 'Lockers are emptied every Sunday night.' }])

// One real request for each JSON operation, on a database where each has something to show.
const SAMPLES: Record<string, { headers?: Record<string, string>; payload?: object | string; url?: string }> = {
  'get /validate': {},
  'post /escalate/': { headers: ops, payload: { employeeId: 5, reason: 'payroll', text: 'Missing hours' } },
  'get /escalate/': { headers: ops },
  'get /escalate/{id}': { headers: ops, url: '/escalate/1' },
  'post /escalate/{id}/resolve': { headers: ops, url: '/escalate/2/resolve', payload: { answer: 'Fixed on Friday' } },
  'post /escalate/sweep': { headers: ops },
  'get /faq/': { headers: hr },
  'post /faq/{id}/approve': { headers: hr, url: '/faq/1/approve', payload: {} },
  'post /faq/{id}/reject': { headers: hr, url: '/faq/1/reject' },
  'get /insights/': { headers: hr },
  'get /outbox/': { headers: ops },
  'post /people/import': { headers: { ...hr, 'content-type': 'text/csv' }, payload: await sampleDirectoryCsv() },
  'get /people/': { headers: hr },
  'post /people/{id}/deactivate': { headers: hr, url: '/people/8/deactivate' },
  'post /people/{id}/reactivate': { headers: hr, url: '/people/8/reactivate' },
  'post /documents/': { headers: { ...ops, 'content-type': upload.contentType }, payload: upload.body },
  'get /documents/': { headers: ops },
  'delete /documents/{id}': { headers: ops, url: '/documents/1' }
}

t.test('the OpenAPI document is valid, covers every route, and says who may call it', async (t) => {
  const app = await build(t)
  const res = await app.inject({ method: 'GET', url: '/docs/json' })
  t.equal(res.statusCode, 200)
  const doc = res.json() as Document
  await t.resolves(SwaggerParser.validate(structuredClone(doc) as never), 'valid OpenAPI 3')
  t.match(doc, { openapi: '3.0.3', components: { securitySchemes: { bearerAuth: { scheme: 'bearer' } } } })
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const name = `${method} ${path}`
      t.ok(op.tags?.length, `${name} has a tag`)
      if (op.tags?.[0] === 'Twilio webhooks') {
        t.same(op.security, [{ twilioSignature: [] }], `${name}: Twilio's signature`)
      } else if (path !== '/validate') {
        t.same(op.security, [{ bearerAuth: [] }], `${name}: a bearer token`)
        t.match(op.description, /^Roles: (ops|manager|hr)(, (ops|manager|hr))*\./, `${name}: its roles`)
        t.ok(op.responses['401'] && op.responses['403'], `${name}: its auth errors`)
      }
    }
  }
  t.notOk(
    Object.keys(doc.paths).some((p) => p.startsWith('/docs')),
    'the docs route itself is hidden'
  )
})

t.test('every documented JSON response matches the real one', async (t) => {
  const app = await build(t, { seed: true })
  // Something for each route to show: an escalation per state, a suggested FAQ, insights.
  await deliverSms(app, PEOPLE.alex, 'is there a gym discount')
  await deliverSms(app, PEOPLE.alex, 'YES')
  await deliverSms(app, PEOPLE.manager, 'E1 20% off at FitLife', { path: '/escalate/reply' })
  await deliverSms(app, PEOPLE.jordan, 'my paycheck is short')

  const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as Document
  const ajv = new Ajv({ strict: false, allErrors: true })
  const jsonOperations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, op]) => Object.values(op.responses).some((r) => r.content?.['application/json']))
      .filter(([, op]) => op.tags?.[0] !== 'Twilio webhooks')
      .map(([method]) => `${method} ${path}`)
  )
  t.same(jsonOperations.sort(), Object.keys(SAMPLES).sort(), 'a sample request for every JSON operation')

  for (const name of Object.keys(SAMPLES)) {
    const [method, path] = name.split(' ') as [string, string]
    const sample = SAMPLES[name]!
    const res = await app.inject({
      method: method.toUpperCase() as 'GET',
      url: sample.url ?? path,
      headers: sample.headers,
      ...(sample.payload ? { payload: sample.payload } : {})
    })
    const documented = doc.paths[path]![method]!.responses[String(res.statusCode)]
    t.ok(documented, `${name}: ${res.statusCode} is documented`)
    t.ok(res.statusCode < 300, `${name}: answered ${res.statusCode} ${res.body.slice(0, 200)}`)
    const schema = documented?.content?.['application/json']?.schema
    if (!schema) continue
    const valid = ajv.validate(openApiToJsonSchema(schema) as object, res.json())
    t.ok(valid, `${name}: the body matches the documented schema ${ajv.errorsText(ajv.errors)}`)
  }
})

/** OpenAPI 3.0's `nullable: true` as JSON Schema: the type or null. */
function openApiToJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openApiToJsonSchema)
  if (!schema || typeof schema !== 'object') return schema
  const { nullable, ...rest } = schema as Record<string, unknown>
  const converted = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, openApiToJsonSchema(v)]))
  return nullable ? { anyOf: [converted, { type: 'null' }] } : converted
}

t.test('the interactive page only with API_DOCS=true (or in development)', async (t) => {
  const off = await build(t)
  t.equal((await off.inject({ method: 'GET', url: '/docs' })).statusCode, 404)
  const on = await build(t, { env: { API_DOCS: 'true' } })
  const page = await on.inject({ method: 'GET', url: '/docs/' })
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], /text\/html/)
  // Without the page the document is generated on first request; it is the same document.
  const withPage = (await on.inject({ method: 'GET', url: '/docs/json' })).json()
  const first = await off.inject({ method: 'GET', url: '/docs/json' })
  const again = await off.inject({ method: 'GET', url: '/docs/json' })
  t.same(first.json(), withPage, 'the same document either way')
  t.equal(again.body, first.body, 'generated once')
})
