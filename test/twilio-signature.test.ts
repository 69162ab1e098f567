import { count } from 'drizzle-orm'
import t from 'tap'
import { messages } from '../drizzle/schema.ts'
import { createLambdaHandler } from '../app/lambda/api-handler.ts'
import { isValidTwilioSignature, signTwilioRequest, twilioWebhookUrl } from '../app/twilio/webhook.ts'
import { httpApiEvent, lambdaContext, restEvent } from './fixtures/api-gateway.ts'
import { PEOPLE } from './fixtures/data.ts'
import { replyText, deliverSms, messageSid, smsParams } from './fixtures/twilio.ts'
import { build, TEST_AUTH_TOKEN, TEST_BASE_URL } from './helper.ts'

// Published vector: twilio-node spec/validation.spec.js.
const PUBLISHED = {
  token: '12345',
  url: 'https://mycompany.com/myapp.php?foo=1&bar=2',
  params: {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+14158675309',
    Digits: '1234',
    From: '+14158675309',
    To: '+18005551212'
  },
  signature: 'RSOYDt4T1cUTdK1PDd93/VVr8B8='
}

// An SMS vector for a URL with an API Gateway stage (../shared/reference/wire-contracts.md §2).
const SMS_PARAMS = {
  ToCountry: 'US',
  ToState: 'CA',
  SmsMessageSid: 'SM00000000000000000000000000000001',
  NumMedia: '0',
  ToCity: 'SAN FRANCISCO',
  FromZip: '94105',
  SmsSid: 'SM00000000000000000000000000000001',
  FromState: 'CA',
  SmsStatus: 'received',
  FromCity: 'SAN FRANCISCO',
  Body: 'Hello world',
  FromCountry: 'US',
  To: '+15005550006',
  MessagingServiceSid: 'MG00000000000000000000000000000001',
  ToZip: '94105',
  NumSegments: '1',
  MessageSid: 'SM00000000000000000000000000000001',
  AccountSid: 'AC00000000000000000000000000000001',
  From: '+15551234567',
  ApiVersion: '2010-04-01'
}

t.test('the published Twilio test vector validates, and any change breaks it', async (t) => {
  t.ok(isValidTwilioSignature(PUBLISHED.token, PUBLISHED.signature, PUBLISHED.url, PUBLISHED.params))
  t.equal(signTwilioRequest(PUBLISHED.token, PUBLISHED.url, PUBLISHED.params), PUBLISHED.signature)
  t.notOk(isValidTwilioSignature('54321', PUBLISHED.signature, PUBLISHED.url, PUBLISHED.params), 'wrong token')
  t.notOk(
    isValidTwilioSignature(PUBLISHED.token, PUBLISHED.signature, PUBLISHED.url, {
      ...PUBLISHED.params,
      Digits: '1235'
    }),
    'tampered parameter'
  )
  t.notOk(
    isValidTwilioSignature(
      PUBLISHED.token,
      PUBLISHED.signature,
      'https://mycompany.com/myapp.php?foo=1&bar=3',
      PUBLISHED.params
    ),
    'other URL'
  )
  t.notOk(isValidTwilioSignature(PUBLISHED.token, '', PUBLISHED.url, PUBLISHED.params), 'empty')
  t.notOk(isValidTwilioSignature(PUBLISHED.token, undefined, PUBLISHED.url, PUBLISHED.params), 'missing')
})

t.test('the stage is part of the signed URL', async (t) => {
  const token = 'test-auth-token-123'
  t.ok(
    isValidTwilioSignature(
      token,
      'eYtX7HbWD1pzBO1WU9MK3yuIUk0=',
      'https://abc123.execute-api.us-east-1.amazonaws.com/Prod/sms',
      SMS_PARAMS
    )
  )
  t.ok(
    isValidTwilioSignature(
      token,
      'RYPUZsyxCmx4v4fWpENI5rTxT3k=',
      'https://abc123.execute-api.us-east-1.amazonaws.com/sms',
      SMS_PARAMS
    )
  )
  t.notOk(
    isValidTwilioSignature(
      token,
      'eYtX7HbWD1pzBO1WU9MK3yuIUk0=',
      'https://abc123.execute-api.us-east-1.amazonaws.com/sms',
      SMS_PARAMS
    ),
    'stage-stripped URL does not validate'
  )
  t.ok(isValidTwilioSignature(token, 'fLoKreQ0mXMgeF3eh4F8R2Ajc8U=', 'https://api.example.com/sms', SMS_PARAMS))
})

t.test(
  'POST /message: a valid signature is accepted; a missing, forged or stale one is 403 and nothing is stored',
  async (t) => {
    const app = await build(t, { seed: true })
    const stored = async () => (await app.db.select({ n: count() }).from(messages))[0]!.n

    const ok = await deliverSms(app, PEOPLE.alex, 'hello')
    t.equal(ok.statusCode, 200)
    t.match(ok.headers['content-type'], /^text\/xml/)
    t.equal(await stored(), 2, 'inbound and reply recorded')

    const cases: Array<[string, Parameters<typeof deliverSms>[3]]> = [
      ['missing', { signature: null }],
      ['forged', { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' }],
      ['wrong token', { token: 'not-the-token' }],
      ['signed for another URL', { baseUrl: 'https://evil.example.com' }],
      ['signed for http instead of https', { baseUrl: 'http://sms.example.test' }]
    ]
    for (const [name, options] of cases) {
      const res = await deliverSms(app, PEOPLE.alex, 'hello', options)
      t.equal(res.statusCode, 403, name)
      t.match(res.json(), { error: 'Forbidden' })
    }
    t.equal(await stored(), 2, 'nothing stored for the rejected requests')
  }
)

t.test('POST /message: a tampered body fails the signature', async (t) => {
  const app = await build(t, { seed: true })
  const params = smsParams(PEOPLE.alex, 'how much PTO do I get?')
  const signature = signTwilioRequest(TEST_AUTH_TOKEN, 'https://sms.example.test/message', params)
  const res = await app.inject({
    method: 'POST',
    url: '/message',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    payload: new URLSearchParams({ ...params, Body: "print everyone else's messages" }).toString()
  })
  t.equal(res.statusCode, 403)
})

t.test('X-Forwarded-* and Host headers cannot change the URL that is checked', async (t) => {
  const app = await build(t, { seed: true })
  const params = smsParams(PEOPLE.alex, 'hi')
  // Signed for the attacker's URL, which they try to make us reconstruct from headers.
  const signature = signTwilioRequest(TEST_AUTH_TOKEN, 'https://attacker.example/message', params)
  const res = await app.inject({
    method: 'POST',
    url: '/message',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature,
      host: 'attacker.example',
      'x-forwarded-host': 'attacker.example',
      'x-forwarded-proto': 'https'
    },
    payload: new URLSearchParams(params).toString()
  })
  t.equal(res.statusCode, 403)
})

t.test('behind API Gateway the signature is checked against PUBLIC_BASE_URL with the stage', async (t) => {
  const base = 'https://abc123.execute-api.us-east-1.amazonaws.com/Prod'
  const app = await build(t, { seed: true, env: { PUBLIC_BASE_URL: base }, ready: false })
  const handler = createLambdaHandler(app) as unknown as (
    e: unknown,
    c: unknown
  ) => Promise<{ statusCode: number; body: string }>
  await app.ready()
  const params = smsParams(PEOPLE.alex, 'hello')
  const body = new URLSearchParams(params).toString()
  const signature = signTwilioRequest(TEST_AUTH_TOKEN, `${base}/message`, params)

  const rest = await handler(
    restEvent({
      method: 'POST',
      path: '/message',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature }
    }),
    lambdaContext
  )
  t.equal(rest.statusCode, 200, 'REST event: the adapter strips /Prod, the check does not')
  t.match(rest.body, /<Message>/)

  const params2 = smsParams(PEOPLE.alex, 'hello again')
  const v2 = await handler(
    httpApiEvent({
      method: 'POST',
      path: '/message',
      stage: 'Prod',
      body: new URLSearchParams(params2).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilioRequest(TEST_AUTH_TOKEN, `${base}/message`, params2)
      }
    }),
    lambdaContext
  )
  t.equal(v2.statusCode, 200, 'HTTP API event with a named stage and a base64 body')

  const stripped = await handler(
    restEvent({
      method: 'POST',
      path: '/message',
      body,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': signTwilioRequest(
          TEST_AUTH_TOKEN,
          'https://abc123.execute-api.us-east-1.amazonaws.com/message',
          params
        )
      }
    }),
    lambdaContext
  )
  t.equal(stripped.statusCode, 403, 'a signature over the stage-less URL is refused')
})

t.test('a JWT is no substitute for the signature, and JSON is refused', async (t) => {
  const app = await build(t, { seed: true })
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoib3BzIn0.c2lnbmF0dXJl'
  const withBearer = await deliverSms(app, PEOPLE.alex, 'hello', {
    signature: null,
    headers: { authorization: `Bearer ${token}` }
  })
  t.equal(withBearer.statusCode, 403)
  const asJson = await app.inject({
    method: 'POST',
    url: '/message',
    headers: { 'content-type': 'application/json', authorization: 'Bearer x.y.z' },
    payload: JSON.stringify(smsParams(PEOPLE.alex, 'hello'))
  })
  t.equal(asJson.statusCode, 415)
  t.equal(replyText(asJson), null)
})

t.test(
  'a webhook URL with the retry policy fragment: the request is checked against the URL Twilio calls',
  async (t) => {
    const app = await build(t, { seed: true })
    // The URL in the Twilio console is `${TEST_BASE_URL}/message#rc=...`; Twilio never sends the
    // fragment and, per its connection-overrides page, leaves it out of the signature.
    const configured = twilioWebhookUrl(TEST_BASE_URL, '/message')
    t.match(configured, /\/message#rc=2&rp=ct,rt,5xx&rt=12000$/)
    const withoutFragment = configured.split('#')[0]!
    const deliverSignedFor = (url: string) => {
      const sid = messageSid()
      const signature = signTwilioRequest(TEST_AUTH_TOKEN, url, smsParams(PEOPLE.alex, 'hello', { sid }))
      return deliverSms(app, PEOPLE.alex, 'hello', { sid, signature })
    }
    t.equal((await deliverSignedFor(withoutFragment)).statusCode, 200, 'signed over the URL without the fragment')
    t.equal((await deliverSignedFor(configured)).statusCode, 200, 'signed over the URL as set in Twilio: accepted too')
    t.equal((await deliverSignedFor(`${withoutFragment}#rc=5&rp=all`)).statusCode, 403, 'any other fragment is not')
  }
)
