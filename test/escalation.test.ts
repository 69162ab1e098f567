import { and, asc, count, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, feedback, interactions, messages, people } from '../drizzle/schema.ts'
import { managerAlert } from '../app/escalation/texts.ts'
import { parseManagerReply } from '../app/escalation/manager-sms.ts'
import { countSegments } from '../app/sms/segments.ts'
import { SendError, type SmsSender } from '../app/sms/types.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { EMPLOYEE_NUMBER, MANAGER_NUMBER, messageSid, replyText, deliverSms } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const fromManager = (app: App, phone: string, body: string, sid?: string) =>
  deliverSms(app, phone, body, { path: '/escalate/reply', sid })

async function outbound(app: App, to: string) {
  return app.db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.direction, 'outbound'),
        eq(messages.toPhone, to),
        eq(
          messages.channel,
          to === PEOPLE.alex || to === PEOPLE.jordan || to === PEOPLE.sofia || to === PEOPLE.sam
            ? 'employee'
            : 'manager'
        )
      )
    )
    .orderBy(asc(messages.id))
}
async function sent(app: App, to: string) {
  return (await outbound(app, to)).filter((m) => m.status !== 'twiml')
}
async function allEscalations(app: App) {
  return app.db.select().from(escalations).orderBy(asc(escalations.id))
}

for (const kind of DATABASE_KINDS) {
  t.test(
    `safety: urgent alert to the manager, acknowledgement to the employee, answer relayed back (${kind})`,
    async (t) => {
      const app = await build(t, { kind, seed: true })
      const ack = replyText(await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer'))!
      t.match(ack, /^If anyone is hurt or in danger, call 911 now\. .*passed this to Marcus Lee/)

      const [escalation] = await allEscalations(app)
      t.match(escalation, {
        code: 'E1',
        reason: 'safety',
        priority: 'urgent',
        status: 'open',
        originalText: 'I cut my hand on the slicer'
      })
      t.ok(escalation!.notifiedAt, 'notified')
      const [interaction] = await app.db.select().from(interactions)
      t.equal(escalation!.interactionId, interaction!.id, 'linked to the interaction')
      t.equal(interaction!.answerMode, 'escalated')

      const [alert] = await sent(app, PEOPLE.manager)
      t.match(alert, { fromPhone: MANAGER_NUMBER, status: 'dry_run', escalationId: escalation!.id })
      t.match(
        alert!.body,
        /^URGENT: Alex Rivera \(Downtown\), safety: "I cut my hand on the slicer" Code E1\. Reply "E1 <your answer>" or "ACK E1"\.$/
      )

      const confirm = replyText(
        await fromManager(app, PEOPLE.manager, 'E1 Go to urgent care on 5th, I am calling you')
      )!
      t.match(confirm, /^Sent to Alex Rivera\. Reply "CLOSE E1"/)
      const [relay] = await sent(app, PEOPLE.alex)
      t.match(relay, {
        fromPhone: EMPLOYEE_NUMBER,
        body: 'Marcus Lee: Go to urgent care on 5th, I am calling you',
        status: 'dry_run'
      })
      const [answered] = await allEscalations(app)
      t.match(answered, { status: 'answered', answer: 'Go to urgent care on 5th, I am calling you' })
      t.type(answered!.secondsToAnswer, 'number', 'time to answer recorded')
      const [reply] = await app.db.select().from(feedback)
      t.match(reply, { kind: 'manager_reply', escalationId: escalation!.id, interactionId: interaction!.id })
    }
  )

  t.test(`duplicates of the inbound message never raise a second escalation (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    const sid = messageSid()
    const replies = await Promise.all(
      [1, 2, 3].map(() => deliverSms(app, PEOPLE.alex, 'there is smoke coming from the oven', { sid }))
    )
    await deliverSms(app, PEOPLE.alex, 'there is smoke coming from the oven', { sid })
    t.equal(new Set(replies.map((r) => r.body)).size, 1)
    t.equal((await allEscalations(app)).length, 1)
    t.equal((await sent(app, PEOPLE.manager)).length, 1, 'the manager is texted once')
  })
}

t.test('HR texted twice to one offer, together or one after the other, raises one matter and one alert', async (t) => {
  const question = 'what is the policy if a coworker makes comments about my body?'
  for (const together of [true, false]) {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, question)
    if (together) await Promise.all([deliverSms(app, PEOPLE.alex, 'HR'), deliverSms(app, PEOPLE.alex, 'HR')])
    else {
      await deliverSms(app, PEOPLE.alex, 'HR')
      t.match(replyText(await deliverSms(app, PEOPLE.alex, 'HR')), /passed this to Dana/, 'told who has it')
    }
    const raised = await app.db.select().from(escalations)
    t.same(
      raised.map((e) => e.originalText),
      [`${question} (asked to reach HR privately)`]
    )
    t.equal((await outbound(app, PEOPLE.hr)).length, 1, 'HR texted once')
  }
})

t.test('manager replies: without a code, ACK, CLOSE, unknown codes, strangers', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
  await deliverSms(app, PEOPLE.jordan, 'running late, bus broke down')

  t.match(
    replyText(await fromManager(app, PEOPLE.manager, 'ack')),
    /^E2 \(Jordan Kim\) acknowledged/,
    'ACK without a code takes the most recent'
  )
  t.match((await sent(app, PEOPLE.jordan)).at(-1)!.body, /Marcus Lee has seen your message/)
  t.equal((await allEscalations(app))[1]!.status, 'acknowledged')

  const noCode = replyText(await fromManager(app, PEOPLE.manager, 'No problem, see you at 10'))!
  t.match(noCode, /Sent to Jordan Kim \(E2: "running late, bus broke down"\)/, 'says which escalation it went to')
  t.match(replyText(await fromManager(app, PEOPLE.manager, 'ACK E1')), /^E1 \(Alex Rivera\) acknowledged/)
  t.match(replyText(await fromManager(app, PEOPLE.manager, "e1: fixed on friday's check")), /^Sent to Alex Rivera\./)
  t.equal((await sent(app, PEOPLE.alex)).at(-1)!.body, "Marcus Lee: fixed on friday's check")
  t.match(replyText(await fromManager(app, PEOPLE.manager, 'CLOSE E1')), /^E1 \(Alex Rivera\) closed\./)
  t.equal((await allEscalations(app))[0]!.status, 'closed')
  t.match(replyText(await fromManager(app, PEOPLE.manager, 'E1 one more thing')), /E1 is already closed/)
  const notices = (await sent(app, PEOPLE.alex)).length
  t.equal(replyText(await fromManager(app, PEOPLE.manager, 'ACK E1')), 'E1 is already closed.', 'no ACK after closing')
  t.equal((await sent(app, PEOPLE.alex)).length, notices, 'and nothing reaches the employee')

  t.match(replyText(await fromManager(app, PEOPLE.manager, 'E99 hello')), /There is no escalation E99/)
  t.match(
    replyText(await fromManager(app, PEOPLE.otherManager, 'E2 I can take this')),
    /There is no escalation E2 for you/,
    "another manager's escalation is as good as none"
  )
  t.match(replyText(await fromManager(app, PEOPLE.stranger, 'E2 hi')), /only takes replies from managers/)
  t.match(
    replyText(await fromManager(app, PEOPLE.sam, 'E2 hi')),
    /only takes replies from managers/,
    'employees cannot answer'
  )
  t.match(
    replyText(await fromManager(app, PEOPLE.hr, 'E2 HR here, sorted')),
    /^Sent to Jordan Kim\./,
    'HR may answer any escalation'
  )
})

t.test('a manager reply re-delivered is relayed once', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
  const sid = messageSid()
  const first = await fromManager(app, PEOPLE.manager, 'E1 fixing it now', sid)
  const again = await fromManager(app, PEOPLE.manager, 'E1 fixing it now', sid)
  t.equal(again.body, first.body)
  t.equal((await sent(app, PEOPLE.alex)).length, 1)
})

t.test('hr_sensitive goes to HR, not to the manager who may be the subject', async (t) => {
  const app = await build(t, { seed: true })
  const ack = replyText(await deliverSms(app, PEOPLE.alex, 'my supervisor keeps making comments about my body'))!
  t.match(ack, /passed this to Dana Whitfield in HR/)
  const [escalation] = await allEscalations(app)
  t.match(escalation, { reason: 'hr_sensitive', priority: 'high' })
  t.match((await sent(app, PEOPLE.hr))[0]!.body, /^HIGH: Alex Rivera \(Downtown\), HR concern:/)
  t.equal((await sent(app, PEOPLE.manager)).length, 0, 'the direct manager is not told')
})

t.test(
  'while an escalation is open, messages on the same matter are forwarded; other questions are answered; after CLOSE the bot resumes',
  async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, 'my paycheck is missing 8 hours from last week')
    t.match(
      replyText(await deliverSms(app, PEOPLE.alex, 'also my overtime is not there')),
      /I passed that on to Marcus Lee/
    )
    t.match((await sent(app, PEOPLE.manager)).at(-1)!.body, /^E1 Alex Rivera: "also my overtime is not there"$/)
    t.match(
      replyText(await deliverSms(app, PEOPLE.alex, 'can i talk to someone please')),
      /I passed that on/,
      'a request for a person joins the open matter'
    )
    t.match(
      replyText(await deliverSms(app, PEOPLE.alex, 'how do I swap a shift?')),
      /scheduling app/,
      'another topic is still answered'
    )
    const safety = replyText(await deliverSms(app, PEOPLE.alex, 'someone just collapsed in aisle 3'))!
    t.match(safety, /call 911 now.*passed this to Marcus Lee/, 'a new emergency is a new matter')
    t.equal((await allEscalations(app)).length, 2)

    await fromManager(app, PEOPLE.manager, 'CLOSE E1')
    await fromManager(app, PEOPLE.manager, 'CLOSE E2')
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'hi')), /^Hi!/, 'the bot answers again')
    const forwarded = await app.db
      .select({ n: count() })
      .from(messages)
      .where(and(eq(messages.escalationId, 1), eq(messages.direction, 'inbound'), eq(messages.channel, 'employee')))
    t.equal(forwarded[0]!.n, 3, 'the raising message and the two forwarded ones belong to E1')
  }
)

t.test('reminders, then the backup ladder, on a controllable clock', async (t) => {
  let now = new Date('2026-11-25T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  const sweep = async () =>
    (await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token({ role: 'ops' })) })).json()
  await deliverSms(app, PEOPLE.alex, 'I slipped and hurt my back')

  now = new Date('2026-11-25T09:04:00Z')
  t.match(await sweep(), { reminded: 0, moved: 0 }, 'nothing before 5 minutes')
  now = new Date('2026-11-25T09:05:30Z')
  t.match(await sweep(), { reminded: 1, moved: 0, overdueUrgent: 1 })
  t.match((await sent(app, PEOPLE.manager)).at(-1)!.body, /^REMINDER URGENT: Alex Rivera/)
  t.match(await sweep(), { reminded: 0, moved: 0 }, 'reminded once')

  now = new Date('2026-11-25T09:11:00Z')
  t.match(await sweep(), { moved: 1 })
  const [moved] = await allEscalations(app)
  t.match(moved, { ladderLevel: 1, reminderCount: 0 })
  const senior = (await app.db.select().from(people).where(eq(people.phone, PEOPLE.seniorManager)))[0]!
  t.equal(moved!.assigneeId, senior.id, "passed to the manager's manager")
  t.match(
    (await sent(app, PEOPLE.seniorManager))[0]!.body,
    /^URGENT, passed on as Marcus Lee has not answered: Alex Rivera/
  )
  t.match((await sent(app, PEOPLE.alex)).at(-1)!.body, /passed to Grace Okafor, as Marcus Lee has not answered yet/)

  now = new Date('2026-11-25T09:17:00Z')
  await sweep()
  now = new Date('2026-11-25T09:23:00Z')
  t.match(await sweep(), { moved: 1 })
  t.equal((await sent(app, PEOPLE.hr)).length, 1, 'then HR')
  now = new Date('2026-11-25T09:29:00Z')
  await sweep()
  now = new Date('2026-11-25T09:35:00Z')
  t.match(await sweep(), { moved: 0, exhausted: 1 }, 'nobody left on the ladder')

  t.match(replyText(await fromManager(app, PEOPLE.hr, 'ACK')), /E1 \(Alex Rivera\) acknowledged/)
  now = new Date('2026-11-25T12:00:00Z')
  t.match(await sweep(), { reminded: 0, moved: 0, overdueUrgent: 0 }, 'acknowledged escalations are left alone')
})

t.test('answered escalations close by themselves after ESCALATION_AUTO_CLOSE_HOURS', async (t) => {
  let now = new Date('2026-11-25T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short')
  await fromManager(app, PEOPLE.manager, 'E1 fixed on the next check')
  now = new Date('2026-11-26T09:30:00Z')
  const res = await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  t.match(res.json(), { autoClosed: 1 })
  t.equal((await allEscalations(app))[0]!.status, 'closed')
})

t.test(
  'YES after "I could not find that" asks a manager; WRONG disputes the last answer; THANKS is recorded',
  async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, 'how do I repave the parking lot with asphalt?')
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'YES')), /passed this to Marcus Lee/)
    const [noAnswer] = await allEscalations(app)
    t.match(noAnswer, {
      reason: 'no_answer',
      priority: 'normal',
      originalText: 'how do I repave the parking lot with asphalt?'
    })
    await fromManager(app, PEOPLE.manager, 'CLOSE E1')

    await deliverSms(app, PEOPLE.jordan, 'when is payday?')
    t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'thanks')), /Glad that helped/)
    t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'when is payday?')), /every other Friday/)
    t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'wrong')), /passed this to Marcus Lee/)
    const disputed = (await allEscalations(app)).at(-1)!
    t.match(disputed, { reason: 'disputed_answer' })
    t.match(disputed.originalText, /^"when is payday\?" - the answer given: ".*every other Friday/)
    t.match((await sent(app, PEOPLE.manager)).at(-1)!.body, /says the answer was wrong/)
    const kinds = (await app.db.select().from(feedback).orderBy(asc(feedback.id))).map((f) => f.kind)
    t.same(
      kinds,
      ['manager_reply', 'positive', 'disputed'].filter((k) => k !== 'manager_reply')
    )
  }
)

t.test(
  'chatter told at length offers the manager, and YES passes it on once; short chatter offers nothing',
  async (t) => {
    const app = await build(t, { seed: true })
    t.equal(replyText(await deliverSms(app, PEOPLE.alex, 'lol')), 'Got it. Text me any work question.')
    t.notMatch(replyText(await deliverSms(app, PEOPLE.alex, 'YES')), /passed this/, 'no offer to take up')
    t.equal((await allEscalations(app)).length, 0)

    // What the models read as chatter may be news a manager must hear.
    const news = 'walk in freezer says 50 and everything in there is sweating idk how long its been like that'
    t.match(
      replyText(await deliverSms(app, PEOPLE.alex, news)),
      /^Got it\. If your manager should hear about this, reply YES/
    )
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'YES')), /passed this to Marcus Lee/)
    t.match(await allEscalations(app), [{ reason: 'report', priority: 'normal', originalText: news }])
    t.match((await sent(app, PEOPLE.manager)).at(-1)!.body, /walk in freezer says 50/)
    await deliverSms(app, PEOPLE.alex, 'yes')
    t.equal((await allEscalations(app)).length, 1, 'a second YES raises nothing new')

    // In Spanish, SI.
    const spanish = 'ando bien cansado pero ni modo, hay q chambear'
    t.match(
      replyText(await deliverSms(app, PEOPLE.jordan, spanish)),
      /^Entendido\. Si su gerente debe saber de esto, responda SI/
    )
    await deliverSms(app, PEOPLE.jordan, 'si')
    t.equal((await allEscalations(app)).length, 2)
  }
)

t.test('with nobody on the ladder the escalation is still recorded and the employee is told the truth', async (t) => {
  const app = await build(t, { seed: true })
  await app.db.update(people).set({ managerPhone: null }).where(eq(people.phone, PEOPLE.sam))
  await app.db.update(people).set({ role: 'manager' }).where(eq(people.phone, PEOPLE.hr))
  t.match(
    replyText(await deliverSms(app, PEOPLE.sam, 'i never got paid for saturday')),
    /^No manager could be reached by text right now\. Your message is saved/
  )
  t.match((await allEscalations(app))[0], { assigneeId: null, status: 'open' })
})

t.test('a complaint nobody but its subject could take points the sender to HR, never to a manager', async (t) => {
  const app = await build(t, { seed: true })
  // No HR, and nobody above the manager the complaint is about.
  await app.db.update(people).set({ role: 'manager' }).where(eq(people.phone, PEOPLE.hr))
  await app.db.update(people).set({ managerPhone: null }).where(eq(people.phone, PEOPLE.otherManager))
  const reply = replyText(
    await deliverSms(app, PEOPLE.sam, 'my manager keeps touching me in the back and i want it to stop')
  )
  t.match(
    reply,
    /^Nobody in HR could be reached by text right now\. Your message is saved and kept private; please contact HR/
  )
  t.notMatch(reply, /manager/i)
  t.match((await allEscalations(app))[0], { reason: 'hr_sensitive', assigneeId: null })
  await app.db.update(people).set({ language: 'es' }).where(eq(people.phone, PEOPLE.sam))
  t.match(
    replyText(await deliverSms(app, PEOPLE.sam, 'y hoy otra vez me agarro en la bodega')),
    /^Ahora no hay nadie de Recursos Humanos disponible por mensaje\./
  )
})

t.test('outbound texts: never to an opted-out person; Twilio 21610 marks them opted out', async (t) => {
  const refusing: SmsSender = {
    name: 'refusing',
    async send(message) {
      if (message.to === PEOPLE.manager)
        throw new SendError('Attempt to send to unsubscribed recipient', 21610, 400, false)
      return { sid: `SM${'a'.repeat(32)}`, status: 'queued' }
    },
    async find() {
      return []
    },
    async check() {
      return { mode: 'test' }
    }
  }
  const app = await build(t, { seed: true, sms: refusing })
  const ack = replyText(await deliverSms(app, PEOPLE.alex, 'my paycheck is short'))!
  t.match(ack, /Marcus Lee/, 'the employee is still told')
  const [alert] = await sent(app, PEOPLE.manager)
  t.match(alert, { status: 'failed', errorCode: 21610 })
  const [manager] = await app.db.select().from(people).where(eq(people.phone, PEOPLE.manager))
  t.equal(manager!.managerOptedOut, true, 'of the manager number, which the alert came from')
  t.equal(manager!.optedOut, false, 'not of the employee number')
  t.equal((await allEscalations(app))[0]!.notifiedAt, null, 'the sweep will try the alert again')

  await deliverSms(app, PEOPLE.jordan, 'my paycheck is short too')
  const blocked = (await outbound(app, PEOPLE.manager)).filter((m) => m.status === 'blocked')
  t.equal(blocked.length, 0, 'opted-out people drop off the ladder instead')
  t.match((await sent(app, PEOPLE.seniorManager))[0]!.body, /Jordan Kim/, 'the next person on the ladder gets it')
})

t.test(
  'status callbacks update outbound messages; 21610 opts the person out; order and signature enforced',
  async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, 'my paycheck is short')
    const [alert] = await sent(app, PEOPLE.manager)
    const status = (MessageStatus: string, extra: Record<string, string> = {}, signature?: string | null) =>
      deliverSms(app, PEOPLE.manager, '', {
        path: '/message/status',
        sid: alert!.twilioSid!,
        extra: { MessageStatus, To: PEOPLE.manager, ...extra },
        signature
      })

    t.equal((await status('delivered')).statusCode, 200)
    t.equal((await sent(app, PEOPLE.manager))[0]!.status, 'delivered')
    await status('sent')
    t.equal((await sent(app, PEOPLE.manager))[0]!.status, 'delivered', 'a late "sent" does not undo "delivered"')
    await status('failed', { ErrorCode: '21610' })
    const [row] = await sent(app, PEOPLE.manager)
    t.match(row, { status: 'failed', errorCode: 21610 })
    t.equal((await app.db.select().from(people).where(eq(people.phone, PEOPLE.manager)))[0]!.managerOptedOut, true)
    t.equal((await status('delivered', {}, null)).statusCode, 403)
  }
)

t.test('managers can opt out of the manager number and back in', async (t) => {
  const app = await build(t, { seed: true })
  t.equal(replyText(await fromManager(app, PEOPLE.manager, 'STOP')), null)
  t.equal(replyText(await fromManager(app, PEOPLE.manager, 'E1 hi')), null)
  t.match(replyText(await fromManager(app, PEOPLE.manager, 'START')), /escalation texts again/)
})

t.test('each number has its own opt-out: STOP to one never silences the other', async (t) => {
  const app = await build(t, { seed: true })
  // Marcus stops the assistant's texts to him as an employee: escalations still reach him.
  t.equal(replyText(await deliverSms(app, PEOPLE.manager, 'STOP')), null)
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'my paycheck is short')), /Marcus Lee/)
  t.match((await sent(app, PEOPLE.manager)).at(-1), { status: 'dry_run', channel: 'manager' }, 'alerted')
  t.match(replyText(await fromManager(app, PEOPLE.manager, 'E1 fixed Friday')), /^Sent to Alex Rivera/)
  t.equal(replyText(await deliverSms(app, PEOPLE.manager, 'how much PTO do I get?')), null, 'not as an employee')

  // Jordan's manager stops escalation texts: his questions on the employee number are still answered.
  t.equal(replyText(await fromManager(app, PEOPLE.seniorManager, 'STOP')), null)
  t.match(replyText(await deliverSms(app, PEOPLE.seniorManager, 'how much PTO do I get?')), /PTO/)
  const [grace] = await app.db.select().from(people).where(eq(people.phone, PEOPLE.seniorManager))
  t.match(grace, { optedOut: false, managerOptedOut: true })
})

t.test('parsing manager replies', async (t) => {
  t.same(parseManagerReply('E42 Go home and rest'), { kind: 'answer', code: 'E42', text: 'Go home and rest' })
  t.same(parseManagerReply('e42: ok'), { kind: 'answer', code: 'E42', text: 'ok' })
  t.same(parseManagerReply('ACK E42'), { kind: 'ack', code: 'E42' })
  t.same(parseManagerReply('ack'), { kind: 'ack', code: null })
  t.same(parseManagerReply('close e7.'), { kind: 'close', code: 'E7' })
  t.same(parseManagerReply('Closing time is 9'), { kind: 'answer', code: null, text: 'Closing time is 9' })
  t.same(parseManagerReply('Everything is fine'), { kind: 'answer', code: null, text: 'Everything is fine' })
})

t.test("the manager alert keeps its frame and fits the budget, trimming the employee's words", async (t) => {
  const long =
    'the walk-in freezer door is stuck and someone is inside and we cannot open it, the handle broke off and the light is out, please send someone fast '.repeat(
      4
    )
  const alert = managerAlert(
    { code: 'E42', priority: 'urgent', reason: 'safety', originalText: long },
    { name: 'Alex Rivera', location: 'Downtown' },
    'new',
    2
  )
  t.ok(countSegments(alert).segments <= 2)
  t.match(
    alert,
    /^URGENT: Alex Rivera \(Downtown\), safety: "the walk-in freezer .*\.\.\." Code E42\. Reply "E42 <your answer>" or "ACK E42"\.$/
  )
})
