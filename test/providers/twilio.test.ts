import { and, asc, eq } from 'drizzle-orm'
import t from 'tap'
import { messages, people } from '../../drizzle/schema.ts'
import { PEOPLE } from '../fixtures/data.ts'
import { replyText, deliverSms } from '../fixtures/twilio.ts'
import { build, TEST_BASE_URL } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'
import { AUTH_TOKEN } from '../imitations/twilio.ts'
import { bearer, token } from '../fixtures/tokens.ts'

async function setup(t: Parameters<typeof build>[0], extra: Record<string, string> = {}) {
  const { twilio, env } = await startImitations(t, 'twilio')
  // Every /validate asks Twilio afresh (its answer is otherwise reused for a minute).
  const app = await build(t, { seed: true, env: { ...env, VALIDATE_CACHE_S: '0', ...extra } })
  return { app, twilio }
}

const alerts = async (app: Awaited<ReturnType<typeof build>>) =>
  app.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'outbound'), eq(messages.channel, 'manager')))
    .orderBy(asc(messages.id))

t.test(
  'escalation alerts go out through the Messages API from the manager number, with a status callback',
  async (t) => {
    const { app, twilio } = await setup(t)
    const res = await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer', { token: AUTH_TOKEN })
    t.match(replyText(res), /Marcus Lee/)
    const [sent] = twilio.sent()
    t.match(sent, { To: PEOPLE.manager, From: '+15005550007', StatusCallback: `${TEST_BASE_URL}/message/status` })
    t.match(sent!.Body, /^URGENT: Alex Rivera/)
    const [row] = await alerts(app)
    t.match(row, { status: 'queued', twilioSid: /^SM[0-9a-f]{32}$/ })

    await deliverSms(app, PEOPLE.manager, 'E1 on my way', { path: '/escalate/reply', token: AUTH_TOKEN })
    t.match(twilio.sent()[1], { To: PEOPLE.alex, From: '+15005550006', Body: 'Marcus Lee: on my way' })
  }
)

t.test('429 then success: retried with backoff', async (t) => {
  const { app, twilio } = await setup(t)
  twilio.script(429)
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short', { token: AUTH_TOKEN })
  t.equal(twilio.sent().length, 2)
  t.match((await alerts(app))[0], { status: 'queued' })
})

t.test(
  '5xx: not retried (Twilio may have queued it) but recorded as unknown; the sweep looks it up and sends it once',
  async (t) => {
    const { app, twilio } = await setup(t)
    twilio.script(500)
    const started = Date.now()
    const reply = replyText(await deliverSms(app, PEOPLE.alex, 'my paycheck is short', { token: AUTH_TOKEN }))
    t.ok(Date.now() - started < 5000)
    t.match(reply, /Marcus Lee/, 'the employee is still answered')
    t.equal(twilio.sent().length, 1, 'one try')
    t.match((await alerts(app))[0], { status: 'unknown', errorCode: 20500 })
    t.equal(twilio.accepted().length, 0)

    const swept = await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
    t.match(swept.json(), { notified: 1 })
    t.equal(
      twilio.requests.filter((r) => r.method === 'GET' && r.path.includes('/Messages.json')).length,
      1,
      'looked up first'
    )
    t.equal(twilio.accepted().length, 1, 'then sent, once')
    t.match(await alerts(app), [{ status: 'queued', twilioSid: twilio.accepted()[0]!.sid }])
  }
)

for (const behaviour of ['accept-500', 'accept-hang'] as const) {
  t.test(
    `Twilio accepted the alert but the answer was ${behaviour === 'accept-500' ? 'a 500' : 'lost (timeout)'}: it is never sent twice`,
    async (t) => {
      const { app, twilio } = await setup(t, { SMS_SEND_TIMEOUT_MS: '1000' })
      twilio.script(behaviour)
      const reply = replyText(await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer', { token: AUTH_TOKEN }))
      t.match(reply, /call 911.*Marcus Lee/)
      t.match((await alerts(app))[0], { status: 'unknown' })
      t.equal(twilio.accepted().length, 1, 'the manager has it')
      for (let i = 0; i < 3; i++) await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
      t.equal(twilio.accepted().length, 1, 'and only once, however often the sweep runs')
      t.match(await alerts(app), [{ status: 'queued', twilioSid: twilio.accepted()[0]!.sid }], 'recorded as sent')
    }
  )
}

t.test('a connection that was never made is retried, and recorded as failed (surely not sent)', async (t) => {
  const { app } = await setup(t, { TWILIO_API_BASE_URL: 'http://127.0.0.1:9' })
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short', { token: AUTH_TOKEN })
  t.match((await alerts(app))[0], { status: 'failed', errorMessage: /ECONNREFUSED/ })
  const error = await app.sms.send({ to: PEOPLE.manager, from: '+15005550007', body: 'hi' }).catch((e: unknown) => e)
  t.match(error, { name: 'SendError', outcome: 'refused', retryable: true })
})

t.test('21610: no retry, and the person is marked opted out', async (t) => {
  const { app, twilio } = await setup(t)
  twilio.script(21610)
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short', { token: AUTH_TOKEN })
  t.equal(twilio.sent().length, 1)
  t.match((await alerts(app))[0], { status: 'failed', errorCode: 21610 })
  t.equal((await app.db.select().from(people).where(eq(people.phone, PEOPLE.manager)))[0]!.managerOptedOut, true)
})

t.test('other 4xx: recorded as failed, not retried', async (t) => {
  const { app, twilio } = await setup(t)
  twilio.script(21211)
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short', { token: AUTH_TOKEN })
  t.equal(twilio.sent().length, 1)
  t.match((await alerts(app))[0], { status: 'failed', errorCode: 21211 })
})

t.test('a hanging API: the webhook still answers in time, and the alert is unknown until looked up', async (t) => {
  const { app, twilio } = await setup(t)
  twilio.script('hang')
  const started = Date.now()
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'my paycheck is short', { token: AUTH_TOKEN })), /Marcus Lee/)
  t.ok(Date.now() - started < 7000)
  t.match((await alerts(app))[0], { status: 'unknown' })
})

t.test('/validate fetches the account', async (t) => {
  const { app, twilio } = await setup(t)
  t.match((await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })).json().checks.sms, {
    ok: true,
    mode: 'Twilio Messages API',
    detail: 'account active'
  })
  twilio.script(500, 500, 500)
  t.equal((await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })).statusCode, 503)
})

t.test(
  'a manager answer longer than Twilio takes (1,600 characters with the name) reaches the employee whole, in parts',
  async (t) => {
    const { app, twilio } = await setup(t)
    await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week', { token: AUTH_TOKEN })
    const sentence = 'Payroll reran your check and the missing hours will be on a separate deposit. '
    const answer = sentence.repeat(25).slice(0, 1590).trim()
    t.equal(answer.length, 1590, "the length of the issue's reply")
    const reply = await deliverSms(app, PEOPLE.manager, `E1 ${answer}`, { path: '/escalate/reply', token: AUTH_TOKEN })
    t.match(replyText(reply), /^Sent to Alex Rivera/)
    const relays = twilio.sent().filter((m) => m.To === PEOPLE.alex)
    t.equal(relays.length, 2, 'two texts')
    t.ok(
      relays.every((m) => m.Body!.length <= 1600),
      'each within 1,600 characters'
    )
    t.match(relays[0]!.Body, /^Marcus Lee \(1\/2\): Payroll reran/)
    t.match(relays[1]!.Body, /^Marcus Lee \(2\/2\): /)
    t.equal(relays.map((m) => m.Body!.replace(/^Marcus Lee \(\d\/2\): /, '')).join(' '), answer, 'every word, in order')
    const rows = await app.db.select().from(messages).where(eq(messages.toPhone, PEOPLE.alex))
    t.same(
      rows.filter((m) => m.status !== 'twiml').map((m) => m.status),
      ['queued', 'queued'],
      'none refused (21617)'
    )
  }
)

t.test('a relay whose send is unknown: the manager is told it will be checked, not to send it again', async (t) => {
  const { app, twilio } = await setup(t)
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week', { token: AUTH_TOKEN })
  twilio.script('accept-500')
  const reply = await deliverSms(app, PEOPLE.manager, 'E1 fixed on friday', {
    path: '/escalate/reply',
    token: AUTH_TOKEN
  })
  t.match(
    replyText(reply),
    /may not have gone out yet; it will be checked and sent if not\. No need to send it again\./
  )
  await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  t.equal(twilio.accepted().filter((m) => m.to === PEOPLE.alex).length, 1, 'the employee has it once')
})
