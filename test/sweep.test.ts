// The escalation sweep fits its time: escalations are swept a few at a time, urgent first, no new
// work starts once the time left is less than two sends, and an alert claimed by a worker that died
// before recording it is sent by a later sweep.
import { eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages } from '../drizzle/schema.ts'
import { sweepEscalations } from '../app/escalation/sweep.ts'
import type { SmsSender } from '../app/sms/types.ts'
import { SendError } from '../app/sms/types.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS } from './helper.ts'

/** A sender that refuses while `refusing`, otherwise takes `delayMs` per text and counts how many run at once. */
function slowSender(delayMs: number) {
  const state = { refusing: true, inFlight: 0, maxInFlight: 0, sent: [] as string[] }
  const sender: SmsSender = {
    name: 'slow',
    async send(message) {
      if (state.refusing) throw new SendError('Too Many Requests', 20429, 429, false)
      state.inFlight++
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
      await new Promise((r) => setTimeout(r, delayMs))
      state.inFlight--
      state.sent.push(message.body)
      return { sid: `SM${String(state.sent.length).padStart(32, '0')}`, status: 'queued' }
    },
    async find() {
      return []
    },
    async check() {
      return { mode: 'test' }
    }
  }
  return { sender, state }
}

for (const kind of DATABASE_KINDS) {
  t.test(
    `the sweep sends alerts a few at a time, urgent first, and starts nothing past its deadline (${kind})`,
    async (t) => {
      const { sender, state } = slowSender(1000)
      const app = await build(t, { kind, seed: true, sms: sender, env: { SMS_SEND_TIMEOUT_MS: '2000' } })
      // Seven alerts wait for the sweep (Twilio refused them): pay and lateness first, then five emergencies.
      await deliverSms(app, PEOPLE.sofia, 'my paycheck is short')
      await deliverSms(app, PEOPLE.sam, 'running late, bus broke down')
      for (let i = 0; i < 5; i++) await deliverSms(app, PEOPLE.alex, `smoke coming from oven ${i + 1}, fire`)
      t.equal((await app.db.select().from(escalations)).filter((e) => e.notifiedAt === null).length, 7)
      state.refusing = false

      // Lambda-like: the time left is what remains before a deadline; the reserve is two sends + 2 s = 6 s.
      const deadline = Date.now() + 6000 + 500
      const summary = await sweepEscalations(app.services(app.log), { remainingMs: () => deadline - Date.now() })
      t.equal(summary.notified, 4, 'one round of four at once')
      t.equal(summary.deferred, 3, 'the rest left for the next sweep')
      t.equal(state.maxInFlight, 4, 'in parallel, at most four')
      t.ok(Date.now() < deadline, 'returned before the deadline')
      t.ok(
        state.sent.every((body) => body.startsWith('URGENT')),
        'the emergencies went first'
      )

      const rest = await sweepEscalations(app.services(app.log))
      t.equal(rest.notified, 3, 'the next sweep sends the rest')
      t.equal(state.sent.length, 7, 'each alert once')
    }
  )

  t.test(`an alert claimed by a worker that died before recording it is sent by a later sweep (${kind})`, async (t) => {
    let now = new Date('2026-12-01T09:00:00Z')
    const { sender, state } = slowSender(0)
    const app = await build(t, { kind, seed: true, sms: sender, now: () => now })
    await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer')
    state.refusing = false
    // What a sweep killed between its claim and its insert leaves: notified_at set, no alert recorded.
    await app.db.update(escalations).set({ notifiedAt: now })
    await app.db.delete(messages).where(eq(messages.toPhone, PEOPLE.manager))

    t.match(await sweepEscalations(app.services(app.log)), { notified: 0 }, 'not before the lease runs out')
    now = new Date('2026-12-01T09:00:30Z')
    t.match(await sweepEscalations(app.services(app.log)), { notified: 1 })
    t.match(await sweepEscalations(app.services(app.log)), { notified: 0 }, 'once')
    t.equal(state.sent.length, 1)
    t.match(state.sent[0], /^URGENT: Alex Rivera/)
  })
}
