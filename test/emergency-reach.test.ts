// An emergency always reaches a person (issue 22 items 6 and 7): an employee who texted STOP still
// has their safety message alerted, and an urgent escalation with nobody in the directory to alert
// goes to ops' on-call phone at once, or sets off the unacknowledged-urgent alarm at once, and the
// employee is told the truth.
import { and, asc, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, interactions, messages, people } from '../drizzle/schema.ts'
import type { Metrics } from '../app/metrics/metrics.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const EMERGENCY = 'I cut my hand badly on the slicer, there is a lot of blood'
const ON_CALL = '+13125550188'

async function textsTo(app: App, phone: string) {
  return (await app.db.select().from(messages).where(eq(messages.toPhone, phone)).orderBy(asc(messages.id))).filter(
    (m) => m.direction === 'outbound' && m.status !== 'twiml'
  )
}

function recordingMetrics() {
  const overdue: number[] = []
  const metrics: Metrics = {
    message: async () => {},
    escalation: async () => {},
    sweep: async (event) => {
      overdue.push(event.overdueUrgent)
    },
    coldStart: async () => {}
  }
  return { metrics, overdue }
}

/** Sam has no manager in the directory and HR has opted out: nobody to alert. */
async function nobodyFor(app: App): Promise<void> {
  await app.db.update(people).set({ managerPhone: null }).where(eq(people.phone, PEOPLE.sam))
  await app.db.update(people).set({ optedOut: true, managerOptedOut: true }).where(eq(people.phone, PEOPLE.hr))
  // Nor any other manager: an emergency with nobody above its sender goes to any manager there is.
  await app.db.update(people).set({ managerOptedOut: true }).where(eq(people.role, 'manager'))
}

const sweep = async (app: App) =>
  (await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })).json()

for (const kind of DATABASE_KINDS) {
  t.test(
    `an employee who texted STOP still reaches a person with an emergency, and gets no text (${kind})`,
    async (t) => {
      const app = await build(t, { kind, seed: true })
      t.equal(replyText(await deliverSms(app, PEOPLE.alex, 'STOP')), null)
      t.equal(
        replyText(await deliverSms(app, PEOPLE.alex, 'how much PTO do I get?')),
        null,
        'a question is not answered'
      )
      t.equal((await app.db.select().from(escalations)).length, 0)

      t.equal(replyText(await deliverSms(app, PEOPLE.alex, EMERGENCY)), null, 'no text back while opted out')
      const [escalation] = await app.db.select().from(escalations)
      t.match(escalation, { reason: 'safety', priority: 'urgent', status: 'open' })
      t.ok(escalation!.notifiedAt, 'alerted')
      const [alert] = await textsTo(app, PEOPLE.manager)
      t.match(
        alert!.body,
        /^URGENT: Alex Rivera \(Downtown; opted out of texts, call \+13125550142\), safety: "I cut my hand/
      )
      t.same(await textsTo(app, PEOPLE.alex), [], 'nothing texted to the employee')
      const modes = (await app.db.select().from(interactions).orderBy(asc(interactions.id))).map((i) => i.answerMode)
      t.same(modes, ['opt_out', 'opted_out', 'escalated'])
    }
  )

  t.test(
    `an urgent escalation with nobody to alert and no on-call phone: the truth, and the alarm at once (${kind})`,
    async (t) => {
      const { metrics, overdue } = recordingMetrics()
      const app = await build(t, { kind, seed: true, metrics })
      await nobodyFor(app)
      const reply = replyText(await deliverSms(app, PEOPLE.sam, EMERGENCY))!
      t.match(reply, /^If anyone is hurt or in danger, call 911 now\. No manager could be reached by text right now\./)
      t.notMatch(reply, /recorded|passed/, 'never that someone has it')
      t.match((await app.db.select().from(escalations))[0], { assigneeId: null, priority: 'urgent', status: 'open' })
      t.same(overdue, [1], 'the unacknowledged-urgent metric at once')
      t.match(await sweep(app), { overdueUrgent: 1 }, 'and on every sweep while it is open')

      t.match(
        replyText(await deliverSms(app, PEOPLE.sam, 'my paycheck is short')),
        /^No manager could be reached by text right now\./,
        'not only for emergencies'
      )
    }
  )

  t.test(`an urgent escalation with nobody to alert goes to ops' on-call phone at once (${kind})`, async (t) => {
    let now = new Date('2026-12-01T09:00:00Z')
    const { metrics, overdue } = recordingMetrics()
    const app = await build(t, {
      kind,
      seed: true,
      metrics,
      now: () => now,
      env: { ESCALATION_FALLBACK_PHONE: ON_CALL }
    })
    await nobodyFor(app)
    const reply = replyText(await deliverSms(app, PEOPLE.sam, EMERGENCY))!
    t.match(
      reply,
      /^If anyone is hurt or in danger, call 911 now\. I could not reach your manager, so I have passed this to the company on-call contact/
    )
    const [alert] = await textsTo(app, ON_CALL)
    t.match(alert, { fromPhone: '+15005550007', channel: 'manager', escalationId: 1 })
    t.match(
      alert!.body,
      /^URGENT, nobody in the directory can be alerted: Sam Taylor \(Riverside\), safety: "I cut my hand.*" Code E1\. Please call them at \+13125550145\.$/
    )
    t.same(overdue, [], 'someone has it: no alarm yet')

    t.match(await sweep(app), { overdueUrgent: 0 })
    now = new Date('2026-12-01T09:06:00Z')
    t.match(await sweep(app), { overdueUrgent: 1 }, 'unacknowledged past its time: the alarm')
    t.equal((await textsTo(app, ON_CALL)).length, 1, 'texted once')

    // More on it (red-team probe: it had reached nobody) goes where its alert went, once per text.
    const more = 'update: its still bleeding a lot and he is pale'
    const moreReply = replyText(await deliverSms(app, PEOPLE.sam, more))!
    t.match(moreReply, /^If anyone is hurt or in danger, call 911 now\. .*on-call contact/)
    const texts = await textsTo(app, ON_CALL)
    t.equal(texts.length, 2)
    t.match(texts[1]!.body, /^E1 Sam Taylor: "update: its still bleeding a lot and he is pale"/)
  })
}

t.test("an emergency the whole ladder left unacknowledged goes to ops' on-call phone too, once", async (t) => {
  let now = new Date('2026-12-01T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now, env: { ESCALATION_FALLBACK_PHONE: ON_CALL } })
  await deliverSms(app, PEOPLE.alex, EMERGENCY)
  // Marcus, then Grace, then HR: each reminded once and passed over.
  for (let minute = 6; minute <= 40; minute += 6) {
    now = new Date(now.getTime() + 6 * 60_000)
    await sweep(app)
  }
  t.match(await sweep(app), { exhausted: 1 })
  await sweep(app)
  const texts = await textsTo(app, ON_CALL)
  t.equal(texts.length, 1)
  t.match(texts[0]!.body, /^URGENT, nobody on the ladder has acknowledged it: Alex Rivera/)
  const unacknowledged = await app.db
    .select()
    .from(escalations)
    .where(and(eq(escalations.status, 'open')))
  t.equal(unacknowledged.length, 1, 'still open until someone acknowledges')
})

t.test(
  'past the hourly limit, an emergency still pages the manager and gets the 911 line; chatter does not',
  async (t) => {
    const app = await build(t, { seed: true, env: { RATE_LIMIT_PER_HOUR: '3' } })
    for (let i = 0; i < 4; i++) await deliverSms(app, PEOPLE.alex, `what time is lunch ${i}`)
    t.equal(replyText(await deliverSms(app, PEOPLE.alex, 'what time is lunch again')), null, 'over the limit: silence')
    const reply = replyText(await deliverSms(app, PEOPLE.alex, EMERGENCY))
    t.match(reply, /call 911/)
    const raised = await app.db.select().from(escalations)
    t.same(
      raised.map((e) => e.reason),
      ['safety']
    )
    t.equal((await textsTo(app, PEOPLE.manager)).length, 1, 'the manager is paged once')
  }
)

t.test('an emergency from a number the directory does not hold (offboarded) gets the 911 line first', async (t) => {
  const app = await build(t, { seed: true })
  await app.db.update(people).set({ deactivatedAt: new Date() }).where(eq(people.phone, PEOPLE.alex))
  t.match(
    replyText(await deliverSms(app, PEOPLE.alex, EMERGENCY)),
    /^If anyone is hurt or in danger, call 911 now\. Sorry/
  )
  t.match(
    replyText(await deliverSms(app, '+13125550177', 'hay un incendio en la cocina, se esta quemando todo')),
    /^Si alguien sufre una herida o corre peligro, llame al 911 ya\./
  )
  // A question about safety, or any other text, gets only the notice: nothing is known of the sender to read it by.
  t.equal(
    replyText(await deliverSms(app, PEOPLE.alex, 'what do we do if there is a fire')),
    'Sorry, this number is not registered with this service. Please ask your manager or HR to add you.'
  )
  t.same(await app.db.select().from(escalations), [], 'nobody to page')
})

t.test('an emergency from the only HR person, who has nobody above her, reaches a manager all the same', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(await deliverSms(app, PEOPLE.hr, 'there is a fire in the break room, smoke everywhere'))!
  t.match(reply, /^If anyone is hurt or in danger, call 911 now\./)
  t.notMatch(reply, /No manager could be reached/)
  const [escalation] = await app.db.select().from(escalations)
  t.match(escalation, { reason: 'safety', priority: 'urgent' })
  const [assignee] = await app.db.select().from(people).where(eq(people.id, escalation!.assigneeId!))
  t.equal(assignee?.role, 'manager', 'a manager has it')
  t.match((await textsTo(app, assignee!.phone)).at(-1)?.body, /^URGENT/, 'and is paged')
})

// The manager number is in the phone of everyone ever texted from it.
const toManagerNumber = { path: '/escalate/reply' }

t.test(
  'an emergency texted to the manager number by an employee gets the 911 line and pages her manager',
  async (t) => {
    const app = await build(t, { seed: true })
    const text = 'theres a fire in the kitchen, smoke everywhere, jordan is hurt'
    const reply = replyText(await deliverSms(app, PEOPLE.alex, text, toManagerNumber))!
    t.match(reply, /^If anyone is hurt or in danger, call 911 now\. I have passed this to Marcus Lee/)
    t.match(await app.db.select().from(escalations), [{ reason: 'safety', priority: 'urgent' }])
    t.equal((await textsTo(app, PEOPLE.manager)).filter((m) => /^URGENT/.test(m.body)).length, 1, 'paged once')
  }
)

t.test(
  'an emergency from a manager with nothing open on the manager number is raised, not met with help',
  async (t) => {
    const app = await build(t, { seed: true })
    const text = 'theres a fire in the stockroom and jordan is burned bad'
    const reply = replyText(await deliverSms(app, PEOPLE.manager, text, toManagerNumber))!
    t.match(reply, /^If anyone is hurt or in danger, call 911 now\./)
    t.notMatch(reply, /no open escalations/)
    t.match(await app.db.select().from(escalations), [{ reason: 'safety', priority: 'urgent' }])
  }
)

t.test("a manager's coded answer that speaks of danger is relayed as the answer it is, nothing raised", async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, EMERGENCY)
  const [raised] = await app.db.select().from(escalations)
  const answer = `${raised!.code} call 911 if it is still bleeding, i am on my way`
  t.match(replyText(await deliverSms(app, PEOPLE.manager, answer, toManagerNumber)), /^Sent to Alex/)
  t.equal((await app.db.select().from(escalations)).length, 1, 'no second escalation')
})
