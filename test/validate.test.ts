import t from 'tap'
import type { Answerer } from '../app/answer/types.ts'
import type { Retriever } from '../app/knowledge/types.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { build, DATABASE_KINDS } from './helper.ts'
import { startImitations } from './imitations/index.ts'

const ops = bearer(token())

for (const kind of DATABASE_KINDS) {
  t.test(`GET /validate with an ops token is ok when every dependency answers (${kind})`, async (t) => {
    const app = await build(t, { kind })
    const res = await app.inject({ method: 'GET', url: '/validate', headers: ops })
    t.equal(res.statusCode, 200)
    const body = res.json()
    t.equal(body.status, 'ok')
    for (const name of ['db', 'llm', 'retriever', 'classifier', 'sms']) {
      t.equal(body.checks[name].ok, true, `${name} ok`)
      t.type(body.checks[name].latencyMs, 'number')
      t.type(body.checks[name].mode, 'string', `${name} says which mode is in use`)
    }
    t.match(body.checks.db.mode, kind === 'pglite' ? /PGlite/ : /PostgreSQL/)
    t.match(body.checks.llm.mode, /local extractive/)
    t.match(body.checks.sms.mode, /dry-run/)
  })

  t.test(`anonymous GET /validate says only whether the database answers (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    const res = await app.inject({ method: 'GET', url: '/validate' })
    t.equal(res.statusCode, 200)
    t.same(res.json(), { status: 'ok' }, 'no checks, counts, modes or uptime')
    t.equal(res.headers['cache-control'], 'no-store')
    await (app.database as unknown as { close: () => Promise<void> }).close()
    const down = await app.inject({ method: 'GET', url: '/validate' })
    t.equal(down.statusCode, 503)
    t.same(down.json(), { status: 'fail' })
  })
}

t.test('anonymous GET /validate calls no provider and names nothing; the full report needs ops', async (t) => {
  const { openai, pinecone, sagemaker, twilio, env } = await startImitations(
    t,
    'openai',
    'pinecone',
    'sagemaker',
    'twilio'
  )
  const app = await build(t, { seed: true, env })
  const calls = () =>
    openai.requests.length + pinecone.requests.length + sagemaker.requests.length + twilio.requests.length
  const before = calls()
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({ method: 'GET', url: '/validate' })
    t.equal(res.statusCode, 200)
    t.notMatch(res.body, /people|chunks|vectors|sms-classifier|SageMaker|account|OpenAI|Pinecone|Twilio|migrations/)
  }
  t.equal(calls(), before, 'no provider was called')
  t.equal((await app.inject({ method: 'HEAD', url: '/validate' })).statusCode, 200, 'HEAD for uptime monitors')

  t.equal((await app.inject({ method: 'GET', url: '/validate', headers: bearer('garbage') })).statusCode, 401)
  const manager = bearer(token({ role: 'manager', sub: '2' }))
  t.equal((await app.inject({ method: 'GET', url: '/validate', headers: manager })).statusCode, 403)
  t.equal(
    (await app.inject({ method: 'GET', url: '/validate', headers: bearer(token({ role: 'hr' })) })).statusCode,
    403
  )
  t.equal(calls(), before, 'nor for a refused token')
})

t.test('the providers answer the full report once a minute however often ops ask', async (t) => {
  const { sagemaker, twilio, env } = await startImitations(t, 'sagemaker', 'twilio')
  const app = await build(t, { seed: true, env })
  const reports = []
  // Five at once and five after: one SageMaker inference and one Twilio call in all.
  reports.push(
    ...(await Promise.all([1, 2, 3, 4, 5].map(() => app.inject({ method: 'GET', url: '/validate', headers: ops }))))
  )
  for (let i = 0; i < 5; i++) reports.push(await app.inject({ method: 'GET', url: '/validate', headers: ops }))
  for (const res of reports) t.equal(res.statusCode, 200)
  t.equal(sagemaker.requests.length, 1, 'one billed inference')
  t.equal(twilio.requests.filter((r) => r.method === 'GET').length, 1, 'one account fetch')
  const first = reports[0]!.json().checks
  const last = reports.at(-1)!.json().checks
  t.equal(last.classifier.checkedAt, first.classifier.checkedAt, 'says when it was asked')
  t.not(last.db.checkedAt, first.db.checkedAt, 'the database is asked every time')
})

t.test('HEAD /validate answers for uptime monitors; no other route has a HEAD twin', async (t) => {
  const app = await build(t)
  const head = await app.inject({ method: 'HEAD', url: '/validate' })
  t.equal(head.statusCode, 200)
  t.equal(head.body, '', 'no body')
  for (const url of ['/faq', '/insights', '/escalate', '/outbox'])
    t.equal((await app.inject({ method: 'HEAD', url })).statusCode, 404, `HEAD ${url}`)
})

t.test('GET /validate is 503 when a dependency hangs past its timeout', async (t) => {
  const hanging: Answerer = {
    name: 'hanging',
    answer: () => new Promise(() => {}),
    check: () => new Promise(() => {})
  }
  const app = await build(t, { llm: hanging, env: { VALIDATE_TIMEOUT_MS: '200' } })
  const started = Date.now()
  const res = await app.inject({ method: 'GET', url: '/validate', headers: ops })
  t.ok(Date.now() - started < 2000, 'bounded by the check timeout')
  t.equal(res.statusCode, 503)
  const body = res.json()
  t.equal(body.status, 'fail')
  t.equal(body.checks.llm.ok, false)
  t.match(body.checks.llm.error, /timed out after 200 ms/)
  t.equal(body.checks.db.ok, true, 'the others still report')
})

t.test('GET /validate reports a failing dependency without leaking details', async (t) => {
  const broken: Retriever = {
    name: 'broken',
    search: async () => [],
    check: async () => {
      throw Object.assign(new Error('connect ECONNREFUSED to https://user:pw@vectors.internal'), {
        code: 'ECONNREFUSED'
      })
    }
  }
  const app = await build(t, { retriever: broken })
  const res = await app.inject({ method: 'GET', url: '/validate', headers: ops })
  t.equal(res.statusCode, 503)
  const { checks } = res.json()
  t.equal(checks.retriever.ok, false)
  t.match(checks.retriever.error, /^connect ECONNREFUSED/)
  t.notMatch(checks.retriever.error, /pw@/, 'no credentials in the error')
  t.equal((await app.inject({ method: 'GET', url: '/validate' })).statusCode, 200, 'anonymous: the database answers')
})

t.test('GET /validate is 503 when the database is gone', async (t) => {
  const app = await build(t)
  await (app.db as unknown as { $client: { close: () => Promise<void> } }).$client.close()
  const res = await app.inject({ method: 'GET', url: '/validate', headers: ops })
  t.equal(res.statusCode, 503)
  t.equal(res.json().checks.db.ok, false)
})
