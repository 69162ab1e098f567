// Each outbound text goes out at most once per cause: under redelivery after a failed write, under
// concurrent calls, and with the sweep running while an alert is being sent. A relay that failed
// leaves the escalation open instead of reporting success.
import { sql } from 'drizzle-orm'
import t from 'tap'
import { escalations, feedback, messages } from '../drizzle/schema.ts'
import type { SmsSender } from '../app/sms/types.ts'
import { SendError } from '../app/sms/types.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, messageSid, replyText } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const ops = bearer(token())

async function textsTo(app: App, phone: string): Promise<string[]> {
  const rows = await app.db.select().from(messages).orderBy(messages.id)
  return rows
    .filter((m) => m.direction === 'outbound' && m.toPhone === phone && m.status !== 'twiml')
    .map((m) => m.body)
}

/** The next insert into `table` (of a row matching `when`) fails, as a lost connection or a failed commit would. */
async function failNextInsert(app: App, table: string, when = 'true'): Promise<void> {
  const name = `test_fail_${table}_once`
  await app.db.execute(sql.raw(`create sequence if not exists ${name}`))
  await app.db.execute(
    sql.raw(`
    create or replace function ${name}() returns trigger language plpgsql as $$
    begin
      if nextval('${name}') = 1 then raise exception 'injected failure'; end if;
      return new;
    end $$`)
  )
  await app.db.execute(
    sql.raw(`create trigger ${name} before insert on ${table} for each row when (${when}) execute function ${name}()`)
  )
}

const failNextInteractionWrite = (app: App) => failNextInsert(app, 'interactions')
/** The next text to an employee (not a TwiML reply) fails to be stored. */
const failNextEmployeeText = (app: App) =>
  failNextInsert(app, 'messages', "new.direction = 'outbound' and new.channel = 'employee' and new.status <> 'twiml'")

/** A sender whose sends can be held at a gate or made to fail. */
function controllableSender() {
  const sent: string[] = []
  let gate: Promise<void> | undefined
  let failing = false
  const sender: SmsSender = {
    name: 'controllable',
    async send(message) {
      if (gate) await gate
      if (failing) throw new SendError('Service unavailable', 20503, 503, true)
      sent.push(message.to)
      return { sid: `SM${String(sent.length).padStart(32, '0')}`, status: 'queued' }
    },
    async find() {
      return []
    },
    async check() {
      return { mode: 'test' }
    }
  }
  return {
    sender,
    sent,
    hold() {
      let open = () => {}
      gate = new Promise((resolve) => {
        open = resolve
      })
      return () => {
        gate = undefined
        open()
      }
    },
    fail(on: boolean) {
      failing = on
    }
  }
}

for (const kind of DATABASE_KINDS) {
  t.test(`a manager reply whose write failed is relayed once when Twilio redelivers it (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
    await failNextInteractionWrite(app)
    const sid = messageSid()
    const reply = (sid: string) => deliverSms(app, PEOPLE.manager, 'E1 fixing it now', { path: '/escalate/reply', sid })
    t.equal((await reply(sid)).statusCode, 500, 'the failed write asks Twilio to redeliver')
    t.match(replyText(await reply(sid)), /^Sent to Alex Rivera/)
    t.same(await textsTo(app, PEOPLE.alex), ['Marcus Lee: fixing it now'], 'relayed once')
    t.same(
      (await app.db.select().from(feedback)).map((f) => [f.kind, f.text]),
      [['manager_reply', 'fixing it now']],
      'kept as feedback once'
    )
  })

  t.test(`feedback whose write failed is recorded once when Twilio redelivers it (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    await deliverSms(app, PEOPLE.alex, 'how much PTO do I get?')
    await failNextInteractionWrite(app)
    const sid = messageSid()
    t.equal(
      (await deliverSms(app, PEOPLE.alex, 'WRONG', { sid })).statusCode,
      500,
      'the failed write asks for a redelivery'
    )
    t.equal((await deliverSms(app, PEOPLE.alex, 'WRONG', { sid })).statusCode, 200)
    t.same(
      (await app.db.select().from(feedback)).map((f) => f.kind),
      ['disputed'],
      'one disputed answer, not two'
    )
    t.equal((await app.db.select().from(escalations)).length, 1, 'and one escalation')
  })

  t.test(`MORE: a failed write loses no page, and two at once get different pages (${kind})`, async (t) => {
    const env = { SMS_MAX_SEGMENTS: '1' }
    const pages = async (app: App, n: number) => {
      const out = [replyText(await deliverSms(app, PEOPLE.alex, 'how much PTO do I get?'))!]
      for (let i = 1; i < n; i++) out.push(replyText(await deliverSms(app, PEOPLE.alex, 'MORE'))!)
      return out
    }
    // Two parts, then "That was the whole answer."
    const expected = await pages(await build(t, { kind, seed: true, env }), 3)
    t.equal(new Set(expected).size, 3, 'a page, a second page, the end')

    const redelivered = await build(t, { kind, seed: true, env })
    t.equal((await pages(redelivered, 1))[0], expected[0])
    await failNextInteractionWrite(redelivered)
    const sid = messageSid()
    t.equal((await deliverSms(redelivered, PEOPLE.alex, 'MORE', { sid })).statusCode, 500)
    const again = replyText(await deliverSms(redelivered, PEOPLE.alex, 'MORE', { sid }))
    t.equal(again, expected[1], 'the redelivery gets page 2')

    const concurrent = await build(t, { kind, seed: true, env })
    await pages(concurrent, 1)
    const more = () => deliverSms(concurrent, PEOPLE.alex, 'MORE')
    const together = (await Promise.all([more(), more()])).map(replyText)
    t.same(together.sort(), [expected[1], expected[2]].sort(), 'one gets page 2, the other is told it was all')
  })

  t.test(`four concurrent resolves: one wins and relays once, the others get 409 (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
    const resolve = () =>
      app.inject({ method: 'POST', url: '/escalate/1/resolve', headers: ops, payload: { answer: 'Paid on Friday' } })
    const codes = (await Promise.all([resolve(), resolve(), resolve(), resolve()])).map((r) => r.statusCode)
    t.same(codes.sort(), [200, 409, 409, 409])
    t.same(await textsTo(app, PEOPLE.alex), ['Ops: Paid on Friday'], 'relayed once, signed by ops')
  })

  t.test(`a resolve whose write fails stores nothing; the retry closes it and relays once (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
    await failNextEmployeeText(app)
    const resolve = () =>
      app.inject({ method: 'POST', url: '/escalate/1/resolve', headers: ops, payload: { answer: 'Paid on Friday' } })
    t.equal((await resolve()).statusCode, 500, 'the failed write is an error')
    t.match((await app.db.select().from(escalations))[0], { status: 'open', answer: null }, 'nothing was stored')
    t.equal((await app.db.select().from(feedback)).length, 0)
    t.equal((await resolve()).statusCode, 200, 'the retry succeeds')
    t.match((await app.db.select().from(escalations))[0], { status: 'closed', answer: 'Paid on Friday' })
    t.same(await textsTo(app, PEOPLE.alex), ['Ops: Paid on Friday'], 'the answer reaches the employee once')
  })

  t.test(`an ACK whose notice fails to be stored is redelivered and notifies once (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
    await failNextEmployeeText(app)
    const sid = messageSid()
    const ack = () => deliverSms(app, PEOPLE.manager, 'ACK E1', { path: '/escalate/reply', sid })
    t.equal((await ack()).statusCode, 500, 'Twilio is asked to deliver it again')
    t.match((await app.db.select().from(escalations))[0], { status: 'open', acknowledgedAt: null })
    t.match(replyText(await ack()), /^E1 \(Alex Rivera\) acknowledged/)
    t.same(await textsTo(app, PEOPLE.alex), ['Marcus Lee has seen your message and will get back to you.'])
  })
}

t.test('the sweep running while a new alert is being sent does not send it again', async (t) => {
  const sms = controllableSender()
  const app = await build(t, { seed: true, sms: sms.sender })
  const release = sms.hold()
  const raising = deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
  // Wait until the escalation exists (its alert is now held at the gate), then sweep.
  while ((await app.db.select().from(escalations)).length === 0) await new Promise((r) => setTimeout(r, 5))
  const sweeping = app.inject({ method: 'POST', url: '/escalate/sweep', headers: ops })
  await new Promise((r) => setTimeout(r, 50))
  release()
  const [, swept] = await Promise.all([raising, sweeping])
  t.equal(swept.json().notified, 0)
  t.same(
    sms.sent.filter((to) => to === PEOPLE.manager),
    [PEOPLE.manager],
    'the manager is alerted once'
  )
})

t.test('a resolve whose relay failed keeps the escalation open and answers 502; a retry sends it once', async (t) => {
  const sms = controllableSender()
  const app = await build(t, { seed: true, sms: sms.sender })
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
  sms.fail(true)
  const resolve = () =>
    app.inject({ method: 'POST', url: '/escalate/1/resolve', headers: ops, payload: { answer: 'Paid on Friday' } })
  const failed = await resolve()
  t.equal(failed.statusCode, 502)
  t.match(failed.json().message, /could not be texted.*stays open/)
  t.equal((await app.db.select().from(escalations))[0]!.status, 'open', 'not closed')

  sms.fail(false)
  t.equal((await resolve()).statusCode, 200)
  t.equal((await app.db.select().from(escalations))[0]!.status, 'closed')
  t.same(
    sms.sent.filter((to) => to === PEOPLE.alex),
    [PEOPLE.alex],
    'the employee gets the answer once'
  )
})
