import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { createLambdaHandler } from '../app/lambda/api-handler.ts'
import { signTwilioRequest, TWILIO_WEBHOOK_OVERRIDES } from '../app/twilio/webhook.ts'
import { httpApiEvent, lambdaContext, restEvent } from './fixtures/api-gateway.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, smsParams } from './fixtures/twilio.ts'
import { build, TEST_AUTH_TOKEN } from './helper.ts'

interface LambdaResult {
  statusCode: number
  headers: Record<string, string>
  body: string
  isBase64Encoded: boolean
}

async function appWithFormEcho(t: Parameters<typeof build>[0]) {
  const app = await build(t, { ready: false })
  // A stand-in for the Twilio webhooks: echoes the parsed form body.
  app.post('/form-echo', async (request) => request.body)
  // As in lambda.ts: the adapter decorates the request, so it is created before ready().
  const handler = createLambdaHandler(app) as unknown as (event: unknown, context: unknown) => Promise<LambdaResult>
  await app.ready()
  return { app, handler }
}

const FORM = 'MessageSid=SM0001&From=%2B13125550142&Body=Hello+world+%F0%9F%91%8B'
const FORM_HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded' }

t.test('REST (v1) event: GET /validate answers like app.inject', async (t) => {
  const { app, handler } = await appWithFormEcho(t)
  const ops = bearer(token())
  const viaLambda = await handler(restEvent({ method: 'GET', path: '/validate', headers: ops }), lambdaContext)
  const viaInject = await app.inject({ method: 'GET', url: '/validate', headers: ops })
  t.equal(viaLambda.statusCode, 200)
  t.equal(viaLambda.statusCode, viaInject.statusCode)
  const a = JSON.parse(viaLambda.body)
  const b = viaInject.json()
  t.equal(a.status, b.status)
  t.same(Object.keys(a.checks), Object.keys(b.checks))
  t.match(viaLambda.headers['content-type'], /application\/json/)
})

t.test('REST (v1) event: a plain-text form body is parsed', async (t) => {
  const { handler } = await appWithFormEcho(t)
  const res = await handler(
    restEvent({ method: 'POST', path: '/form-echo', body: FORM, headers: FORM_HEADERS }),
    lambdaContext
  )
  t.equal(res.statusCode, 200)
  t.same(JSON.parse(res.body), { MessageSid: 'SM0001', From: '+13125550142', Body: 'Hello world 👋' })
})

t.test('HTTP API (v2) event: a base64 form body is decoded and parsed', async (t) => {
  const { app, handler } = await appWithFormEcho(t)
  const res = await handler(
    httpApiEvent({
      method: 'POST',
      path: '/form-echo',
      body: FORM,
      headers: { 'content-type': 'application/x-www-form-urlencoded' }
    }),
    lambdaContext
  )
  const viaInject = await app.inject({ method: 'POST', url: '/form-echo', payload: FORM, headers: FORM_HEADERS })
  t.equal(res.statusCode, 200)
  t.equal(res.body, viaInject.body, 'same response as inject')
  t.same(JSON.parse(res.body).Body, 'Hello world 👋')
})

t.test('HTTP API (v2) event on a named stage routes without the stage prefix', async (t) => {
  const { handler } = await appWithFormEcho(t)
  const res = await handler(httpApiEvent({ method: 'GET', path: '/validate', stage: 'prod' }), lambdaContext)
  t.equal(res.statusCode, 200)
  t.equal(JSON.parse(res.body).status, 'ok')
})

t.test('errors come back through the adapter with their status', async (t) => {
  const { handler } = await appWithFormEcho(t)
  const missing = await handler(httpApiEvent({ method: 'GET', path: '/nope' }), lambdaContext)
  t.equal(missing.statusCode, 404)
  const unsupported = await handler(
    restEvent({ method: 'POST', path: '/form-echo', body: '<x/>', headers: { 'Content-Type': 'application/xml' } }),
    lambdaContext
  )
  t.equal(unsupported.statusCode, 415)
})

t.test("the schedule's event runs the escalation sweep", async (t) => {
  const { handler } = await appWithFormEcho(t)
  const summary = (await handler({ task: 'escalation-sweep' } as never, lambdaContext)) as unknown as Record<
    string,
    number
  >
  t.match(summary, { notified: 0, reminded: 0, moved: 0, exhausted: 0, autoClosed: 0, overdueUrgent: 0 })
})

t.test("the schedule's sweep stops starting sends when the function's remaining time is short", async (t) => {
  const app = await build(t, { ready: false, seed: true })
  const handler = createLambdaHandler(app) as unknown as (event: unknown, context: unknown) => Promise<LambdaResult>
  await app.ready()
  // An escalation whose alert is waiting for the sweep (its first send was never recorded).
  await deliverSms(app, PEOPLE.sam, 'running late, bus broke down')
  await app.db.update(escalations).set({ notifiedAt: null })
  const short = { ...lambdaContext, getRemainingTimeInMillis: () => 1000 }
  const deferred = (await handler({ task: 'escalation-sweep' }, short)) as unknown as Record<string, number>
  t.equal(deferred.notified, 0, 'nothing started with a second left')
  t.equal(deferred.deferred, 1, 'left for the next sweep')
  const swept = (await handler({ task: 'escalation-sweep' }, lambdaContext)) as unknown as Record<string, number>
  t.equal(swept.notified, 1, 'with time left, the alert goes')
})

t.test('HTTP API (v2) event: a query value with a comma stays one value (GET /insights)', async (t) => {
  const { app, handler } = await appWithFormEcho(t)
  const query = { location: 'Springfield, IL', days: '7' }
  const headers = bearer(token({ role: 'hr', sub: '1' }))
  const viaLambda = await handler(
    httpApiEvent({ method: 'GET', path: '/insights', stage: 'prod', query, headers }),
    lambdaContext
  )
  t.equal(viaLambda.statusCode, 200, viaLambda.body)
  t.equal(JSON.parse(viaLambda.body).window.location, 'Springfield, IL')
  const viaInject = await app.inject({ method: 'GET', url: '/insights', query, headers })
  t.equal(viaInject.json().window.location, 'Springfield, IL', 'as on npm run dev')
})

t.test('without PUBLIC_BASE_URL the signed URL comes from the event, only where allowed', async (t) => {
  const app = await build(t, {
    seed: true,
    ready: false,
    env: { PUBLIC_BASE_URL: undefined, API_GATEWAY_BASE_URLS: 'https://*.execute-api.us-east-1.amazonaws.com/prod' }
  })
  const handler = createLambdaHandler(app) as unknown as (event: unknown, context: unknown) => Promise<LambdaResult>
  await app.ready()
  const deliver = (
    signedFor: string,
    event: { stage?: string; domainName?: string; headers?: Record<string, string> }
  ) => {
    const params = smsParams(PEOPLE.alex, 'how much PTO do I get?')
    return handler(
      httpApiEvent({
        method: 'POST',
        path: '/message',
        stage: event.stage ?? 'prod',
        domainName: event.domainName,
        body: new URLSearchParams(params).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signTwilioRequest(TEST_AUTH_TOKEN, `${signedFor}/message`, params),
          ...event.headers
        }
      }),
      lambdaContext
    )
  }
  const own = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod'
  t.equal((await deliver(own, {})).statusCode, 200, "the API's own URL and stage")
  t.equal(
    (await deliver('https://evil.example/prod', { domainName: 'evil.example' })).statusCode,
    403,
    'a domain the list does not allow is never signed against'
  )
  t.equal(
    (await deliver('https://abc123.execute-api.us-east-1.amazonaws.com/dev', { stage: 'dev' })).statusCode,
    403,
    'nor another stage'
  )
  t.equal(
    (
      await deliver('https://attacker.example/prod', {
        headers: { host: 'attacker.example', 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'http' }
      })
    ).statusCode,
    403,
    'Host and X-Forwarded-* play no part'
  )
  t.equal(app.publicUrl.current(), own, 'the instance knows its URL for the status callbacks it sends later')
})

t.test("the schedule's event gives a fresh instance its URL for status callbacks, if allowed", async (t) => {
  const env = {
    PUBLIC_BASE_URL: undefined,
    API_GATEWAY_BASE_URLS: 'https://*.execute-api.us-east-1.amazonaws.com/prod'
  }
  const sweep = async (publicBaseUrl: string) => {
    const app = await build(t, { ready: false, env })
    const handler = createLambdaHandler(app) as unknown as (event: unknown, context: unknown) => Promise<unknown>
    await app.ready()
    await handler({ task: 'escalation-sweep', publicBaseUrl }, lambdaContext)
    return app.services(app.log).statusCallbackUrl
  }
  t.equal(
    await sweep('https://abc123.execute-api.us-east-1.amazonaws.com/prod'),
    `https://abc123.execute-api.us-east-1.amazonaws.com/prod/message/status#${TWILIO_WEBHOOK_OVERRIDES}`
  )
  t.equal(await sweep('https://evil.example/prod'), undefined, 'not a URL the list does not allow')
})
