import t from 'tap'
import type { Answerer } from '../app/answer/types.ts'
import type { Retriever } from '../app/knowledge/types.ts'
import { build, DATABASE_KINDS } from './helper.ts'

for (const kind of DATABASE_KINDS) {
  t.test(`GET /validate is ok when every dependency answers (${kind})`, async (t) => {
    const app = await build(t, { kind })
    const res = await app.inject({ method: 'GET', url: '/validate' })
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
}

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
  const res = await app.inject({ method: 'GET', url: '/validate' })
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
  const res = await app.inject({ method: 'GET', url: '/validate' })
  t.equal(res.statusCode, 503)
  const { checks } = res.json()
  t.equal(checks.retriever.ok, false)
  t.match(checks.retriever.error, /^connect ECONNREFUSED/)
  t.notMatch(checks.retriever.error, /pw@/, 'no credentials in the error')
})

t.test('GET /validate is 503 when the database is gone', async (t) => {
  const app = await build(t)
  await (app.db as unknown as { $client: { close: () => Promise<void> } }).$client.close()
  const res = await app.inject({ method: 'GET', url: '/validate' })
  t.equal(res.statusCode, 503)
  t.equal(res.json().checks.db.ok, false)
})
