import { generateKeyPairSync } from 'node:crypto'
import { createSigner } from 'fast-jwt'
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { runCli } from './fixtures/cli.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { replyText, deliverSms, smsParams } from './fixtures/twilio.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { ESCALATION_BY_LABEL, LABELS } from '../app/classifier/types.ts'
import type { Reason } from '../app/escalation/ladder.ts'
import { EscalationReasonSchema } from '../app/schemas/escalate.ts'
import { build, TEST_AUTH_TOKEN, TEST_BASE_URL } from './helper.ts'

t.test('tokens: only signed, unexpired tokens for our issuer and audience get in', async (t) => {
  const app = await build(t, { seed: true })
  const list = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/escalate', headers })

  t.equal((await list(bearer(token()))).statusCode, 200, 'a good token')
  const rejected: Array<[string, Record<string, string>]> = [
    ['no token', {}],
    ['not a JWT', bearer('hello')],
    ['expired', bearer(token({ expiresIn: -60 }))],
    ['no exp claim', bearer(token({ expiresIn: null }))],
    ['not valid yet (nbf)', bearer(token({ notBefore: 600 }))],
    ['unsigned (alg: none)', bearer(token({ algorithm: 'none' }))],
    ['signed with another secret', bearer(token({ secret: 'another-secret-that-is-long-enough-0123456789' }))],
    ['another algorithm (HS512)', bearer(token({ algorithm: 'HS512' }))],
    ['wrong audience', bearer(token({ aud: 'some-other-api' }))],
    ['no audience', bearer(token({ aud: null }))],
    ['wrong issuer', bearer(token({ iss: 'someone-else' }))],
    ['no issuer', bearer(token({ iss: null }))],
    [
      'a Twilio signature instead',
      { 'x-twilio-signature': signTwilioRequest(TEST_AUTH_TOKEN, `${TEST_BASE_URL}/escalate`, {}) }
    ]
  ]
  for (const [name, headers] of rejected) {
    const res = await list(headers)
    t.equal(res.statusCode, 401, name)
    t.match(res.json(), { error: 'Unauthorized' })
  }
  t.equal((await list(bearer(token({ role: 'janitor' })))).statusCode, 403, 'an unknown role')
  t.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/escalate/sweep',
        headers: bearer(token({ role: 'manager', sub: '2' }))
      })
    ).statusCode,
    403,
    'the sweep is for ops'
  )
})

t.test('RS256 with a public key: HS256 tokens "signed" with the public key are refused', async (t) => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
  })
  const app = await build(t, { seed: true, env: { JWT_SECRET: undefined, JWT_PUBLIC_KEY: publicKey } })
  const claims = {
    role: 'ops',
    iss: 'frontline-sms-assistant',
    aud: 'frontline-sms-api',
    exp: Math.floor(Date.now() / 1000) + 300
  }
  const good = createSigner({ key: privateKey, algorithm: 'RS256' })(claims)
  const confused = createSigner({ key: publicKey, algorithm: 'HS256' })(claims)
  t.equal((await app.inject({ method: 'GET', url: '/escalate', headers: bearer(good) })).statusCode, 200)
  t.equal((await app.inject({ method: 'GET', url: '/escalate', headers: bearer(confused) })).statusCode, 401)
})

t.test('the webhooks never accept a token instead of a signature', async (t) => {
  const app = await build(t, { seed: true })
  const params = smsParams(PEOPLE.manager, 'E1 hi', { path: '/escalate/reply' })
  const res = await app.inject({
    method: 'POST',
    url: '/escalate/reply',
    payload: new URLSearchParams(params).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...bearer(token()) }
  })
  t.equal(res.statusCode, 403)
})

t.test('create, list, show and resolve escalations', async (t) => {
  const app = await build(t, { seed: true })
  const ops = bearer(token())

  const bad = await app.inject({
    method: 'POST',
    url: '/escalate',
    headers: ops,
    payload: { reason: 'payroll', text: 'x' }
  })
  t.equal(bad.statusCode, 400)
  t.match(bad.json().message, /employeeId or phone/)
  t.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/escalate',
        headers: ops,
        payload: { phone: 'abc', reason: 'payroll', text: 'x' }
      })
    ).statusCode,
    400
  )
  t.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/escalate',
        headers: ops,
        payload: { phone: '+13125550177', reason: 'payroll', text: 'x' }
      })
    ).statusCode,
    404
  )
  t.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/escalate',
        headers: ops,
        payload: { phone: PEOPLE.alex, reason: 'vibes', text: 'x' }
      })
    ).statusCode,
    400
  )
  t.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/escalate',
        headers: ops,
        payload: { phone: PEOPLE.alex, reason: 'payroll', text: 'x', extra: 1 }
      })
    ).statusCode,
    400
  )
  t.equal(
    (
      await app.inject({
        method: 'POST',
        url: '/escalate',
        headers: { ...ops, 'content-type': 'application/json' },
        payload: '{"__proto__":{"admin":true},"phone":"+13125550142","reason":"payroll","text":"x"}'
      })
    ).statusCode,
    400,
    '__proto__ is refused'
  )

  const created = await app.inject({
    method: 'POST',
    url: '/escalate',
    headers: ops,
    payload: { phone: '(312) 555-0142', reason: 'payroll', text: "Check Alex's missing hours" }
  })
  t.equal(created.statusCode, 201)
  t.match(created.json(), {
    code: 'E1',
    status: 'open',
    priority: 'normal',
    employee: { name: 'Alex Rivera' },
    assignee: { name: 'Marcus Lee', role: 'manager' }
  })
  await app.inject({
    method: 'POST',
    url: '/escalate',
    headers: ops,
    payload: { employeeId: 7, reason: 'safety', text: 'Ladder broke', priority: 'urgent' }
  })
  await deliverSms(app, PEOPLE.jordan, 'my paycheck is short')

  const all = (await app.inject({ method: 'GET', url: '/escalate', headers: ops })).json().escalations
  t.same(
    all.map((e: { code: string }) => e.code),
    ['E3', 'E2', 'E1']
  )
  const open = (await app.inject({ method: 'GET', url: '/escalate?status=open', headers: ops })).json().escalations
  t.equal(open.length, 3)
  t.equal((await app.inject({ method: 'GET', url: '/escalate?status=lost', headers: ops })).statusCode, 400)

  // Marcus (id 2) sees what is assigned to him; Priya (id 3) sees nothing of it.
  const marcus = bearer(token({ role: 'manager', sub: '2' }))
  t.same(
    (await app.inject({ method: 'GET', url: '/escalate', headers: marcus }))
      .json()
      .escalations.map((e: { code: string }) => e.code),
    ['E3', 'E1']
  )
  t.same(
    (await app.inject({ method: 'GET', url: '/escalate', headers: bearer(token({ role: 'manager', sub: '3' })) }))
      .json()
      .escalations.map((e: { code: string }) => e.code),
    ['E2']
  )
  t.equal((await app.inject({ method: 'GET', url: '/escalate/2', headers: marcus })).statusCode, 404, 'not his')

  const shown = (await app.inject({ method: 'GET', url: '/escalate/3', headers: ops })).json()
  t.match(shown, { code: 'E3', reason: 'payroll', originalText: 'my paycheck is short' })
  t.ok(shown.messages.length >= 3, 'the inbound text, the reply and the manager alert')
  t.match(
    shown.messages.map((m: { channel: string; direction: string }) => `${m.direction}/${m.channel}`),
    ['inbound/employee']
  )

  const resolved = await app.inject({
    method: 'POST',
    url: '/escalate/3/resolve',
    headers: marcus,
    payload: { answer: "Your hours are on Friday's check" }
  })
  t.equal(resolved.statusCode, 200)
  t.match(resolved.json(), { status: 'closed', answer: "Your hours are on Friday's check" })
  t.type(resolved.json().secondsToAnswer, 'number', 'time to answer is recorded, as for an answer by SMS')
  t.type(resolved.json().answeredAt, 'string')
  t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'hi')), /^Hi!/, 'closed, so the bot answers again')
  const relayed = (await app.inject({ method: 'GET', url: '/escalate/3', headers: ops })).json().messages
  t.ok(
    relayed.some((m: { body: string }) => m.body === "Marcus Lee: Your hours are on Friday's check"),
    "answer relayed with the resolver's name"
  )
  t.equal((await app.inject({ method: 'POST', url: '/escalate/3/resolve', headers: ops, payload: {} })).statusCode, 409)
  t.equal((await app.inject({ method: 'GET', url: '/escalate/abc', headers: ops })).statusCode, 400)
})

t.test('every reason the router gives can be posted: each escalating label, report and the ops reasons', async (t) => {
  const schemaReasons = EscalationReasonSchema.anyOf.map((s) => s.const as string)
  const escalating = LABELS.filter((label) => ESCALATION_BY_LABEL[label] !== 'none')
  for (const label of escalating) t.ok(schemaReasons.includes(label), `label ${label}`)
  for (const reason of ['report', 'no_answer', 'disputed_answer', 'manual', 'hr_request'] satisfies Reason[]) {
    t.ok(schemaReasons.includes(reason), reason)
  }
  const app = await build(t, { seed: true })
  for (const reason of ['operations', 'report']) {
    const res = await app.inject({
      method: 'POST',
      url: '/escalate',
      headers: bearer(token()),
      payload: { phone: PEOPLE.alex, reason, text: 'the dish machine is down' }
    })
    t.equal(res.statusCode, 201, reason)
    t.equal(res.json().reason, reason)
  }
})

t.test('npm run token prints a token the API accepts', async (t) => {
  const app = await build(t, { seed: true })
  const cli = await runCli('token', ['--role', 'ops'], { JWT_SECRET: 'test-jwt-secret-0123456789abcdef-0123456789' })
  t.equal(cli.code, 0, cli.stderr)
  t.equal((await app.inject({ method: 'GET', url: '/escalate', headers: bearer(cli.stdout.trim()) })).statusCode, 200)
  const bad = await runCli('token', ['--role', 'root'], {})
  t.equal(bad.code, 1)
  t.match(bad.stderr, /--role must be one of ops, manager, hr/)
})
