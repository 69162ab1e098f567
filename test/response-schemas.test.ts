import { type TSchema, Type } from '@sinclair/typebox'
import type { LightMyRequestResponse } from 'fastify'
import { Value } from '@sinclair/typebox/value'
import t from 'tap'
import {
  EscalationSchema,
  EscalationWithMessagesSchema,
  MessageSchema,
  SweepSummarySchema
} from '../app/schemas/escalate.ts'
import { ErrorResponseSchema } from '../app/schemas/errors.ts'
import { ValidateResponseSchema } from '../app/schemas/validate.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test('a handler that answers another shape than its schema gets a 500, not a malformed body', async (t) => {
  const app = await build(t, { ready: false })
  app.get('/shape', { schema: { response: { 200: Type.Object({ n: Type.Integer() }) } } }, async () => ({ n: 'one' }))
  await app.ready()
  const res = await app.inject({ method: 'GET', url: '/shape' })
  t.equal(res.statusCode, 500)
  t.ok(Value.Check(ErrorResponseSchema, res.json()))
  t.notMatch(res.body, /one/)
})

t.test('a response loses every field its schema does not name, at any depth', async (t) => {
  const app = await build(t, { ready: false })
  const Person = Type.Object({ id: Type.Integer(), name: Type.String() })
  app.get(
    '/leaky',
    {
      schema: {
        response: {
          200: Type.Object({ person: Person, team: Type.Array(Person), note: Type.Union([Person, Type.Null()]) })
        }
      }
    },
    async () => ({
      person: { id: 1, name: 'Dana', passwordHash: 'bcrypt$secret' },
      team: [{ id: 2, name: 'Marcus', phone: '+13125550101' }],
      note: null,
      internal: { token: 'abc' }
    })
  )
  await app.ready()
  const res = await app.inject({ method: 'GET', url: '/leaky' })
  t.equal(res.statusCode, 200)
  t.same(res.json(), { person: { id: 1, name: 'Dana' }, team: [{ id: 2, name: 'Marcus' }], note: null })
  t.notMatch(res.body, /passwordHash|bcrypt|phone|3125550101|internal|token/)
})

t.test('every JSON response of the API matches its route schema', async (t) => {
  const app = await build(t, { seed: true })
  const ops = bearer(token())
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
  // Run one after the other: the second resolve must find the escalation closed by the first.
  const checks: Array<[string, () => Promise<LightMyRequestResponse>, TSchema]> = [
    ['GET /validate', () => app.inject({ method: 'GET', url: '/validate' }), ValidateResponseSchema],
    [
      'GET /escalate',
      () => app.inject({ method: 'GET', url: '/escalate', headers: ops }),
      Type.Object({ escalations: Type.Array(EscalationSchema) })
    ],
    [
      'GET /escalate/1',
      () => app.inject({ method: 'GET', url: '/escalate/1', headers: ops }),
      EscalationWithMessagesSchema
    ],
    [
      'GET /outbox',
      () => app.inject({ method: 'GET', url: '/outbox', headers: ops }),
      Type.Object({ messages: Type.Array(MessageSchema) })
    ],
    [
      'POST /escalate/sweep',
      () => app.inject({ method: 'POST', url: '/escalate/sweep', headers: ops }),
      SweepSummarySchema
    ],
    [
      'GET /escalate/999 (404)',
      () => app.inject({ method: 'GET', url: '/escalate/999', headers: ops }),
      ErrorResponseSchema
    ],
    ['GET /escalate without a token (401)', () => app.inject({ method: 'GET', url: '/escalate' }), ErrorResponseSchema],
    ['GET /nowhere (404)', () => app.inject({ method: 'GET', url: '/nowhere' }), ErrorResponseSchema],
    [
      'POST /escalate with a bad body (400)',
      () => app.inject({ method: 'POST', url: '/escalate', headers: ops, payload: { reason: 'nope' } }),
      ErrorResponseSchema
    ],
    [
      'POST /escalate/1/resolve',
      () =>
        app.inject({
          method: 'POST',
          url: '/escalate/1/resolve',
          headers: ops,
          payload: { answer: 'Payroll will fix it Friday.' }
        }),
      EscalationSchema
    ],
    [
      'POST /escalate/1/resolve again (409)',
      () => app.inject({ method: 'POST', url: '/escalate/1/resolve', headers: ops, payload: {} }),
      ErrorResponseSchema
    ]
  ]
  for (const [name, pending, schema] of checks) {
    const res = await pending()
    const body = res.json()
    t.ok(
      Value.Check(schema, body),
      `${name}: ${res.statusCode} ${JSON.stringify([...Value.Errors(schema, body)].slice(0, 1))}`
    )
  }
})
