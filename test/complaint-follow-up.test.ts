// More on a complaint never reaches whoever it is about: not when it is added to another open matter
// that person handles, and not after HR closed the complaint ("it happened again"). Alex's manager is
// Marcus, Marcus's is Grace; Dana is HR.
import { asc } from 'drizzle-orm'
import t, { type Test } from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { clock, sweepFor } from './fixtures/sweep-clock.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS, type DatabaseKind } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const toManagerNumberOf = (app: App, phone: string) => textedTo(app, phone, 'manager')

const MORE_ABOUT_THE_HANDLER: Array<[string, string]> = [
  ["my car broke down, I'll be late", "can I talk to someone about my manager? he's been making me uncomfortable"],
  ['my check is short this week', "can someone besides Marcus look at it? he's the one who changed my hours"],
  ['can I talk to someone?', "not Marcus, he's the problem"]
]

for (const [first, more] of MORE_ABOUT_THE_HANDLER) {
  t.test(`after "${first}", "${more}" is raised past Marcus`, async (t) => {
    const app = await build(t, { seed: true })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, first)), /Marcus Lee/, 'the first matter is his')
    const before = await toManagerNumberOf(app, PEOPLE.manager)
    const reply = replyText(await deliverSms(app, PEOPLE.alex, more))
    t.same(await toManagerNumberOf(app, PEOPLE.manager), before, 'Marcus is texted nothing more')
    t.match(reply, /Grace Okafor|Dana Whitfield/, 'someone else has it, and the employee is told who')
    const raised = (await app.db.select().from(escalations).orderBy(asc(escalations.id))).at(-1)!
    t.not(raised.assigneeId, 2, 'a new matter, not assigned to Marcus')
    t.ok(raised.excludedPersonIds?.includes(2), 'Marcus is kept off it for good')
  })
}

const CARRIED_ON = [
  "he's still doing it, he did it again today in front of everyone",
  'it happened again today',
  'can I talk to someone? nothing changed',
  'otra vez lo hizo hoy'
]

async function closedComplaint(t: Test, closeBy: 'sweep' | 'hr', kind: DatabaseKind = 'pglite') {
  let now = new Date('2026-11-20T09:00:00Z')
  const app = await build(t, { kind, seed: true, now: () => now })
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'Marcus keeps making comments about my body')), /Dana/)
  if (closeBy === 'hr') {
    await deliverSms(app, PEOPLE.hr, 'CLOSE E1', { path: '/escalate/reply' })
  } else {
    await deliverSms(app, PEOPLE.hr, 'E1 Thanks for telling us, I will talk to him this week', {
      path: '/escalate/reply'
    })
    now = new Date('2026-11-21T10:00:00Z')
    await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  }
  t.equal((await app.db.select().from(escalations))[0]!.status, 'closed', `closed by ${closeBy}`)
  return {
    app,
    later: (days: number) => {
      now = new Date(now.getTime() + days * 24 * 60 * 60 * 1000)
    }
  }
}

for (const text of CARRIED_ON) {
  t.test(`"${text}" after the complaint about Marcus closed goes back to HR`, async (t) => {
    for (const closeBy of ['sweep', 'hr'] as const) {
      const { app } = await closedComplaint(t, closeBy)
      const reply = replyText(await deliverSms(app, PEOPLE.alex, text))
      t.match(reply, /Dana Whitfield/, 'HR has it again')
      t.same(await toManagerNumberOf(app, PEOPLE.manager), [], 'Marcus is never texted')
      const raised = (await app.db.select().from(escalations).orderBy(asc(escalations.id))).at(-1)!
      t.equal(raised.reason, 'hr_sensitive')
      t.ok(raised.excludedPersonIds?.includes(2), 'Marcus is kept off it')
    }
  })
}

for (const kind of DATABASE_KINDS)
  t.test(
    `after a complaint closed, a request for a person skips him for a quarter; a call-out still reaches him (${kind})`,
    async (t) => {
      const { app, later } = await closedComplaint(t, 'hr', kind)
      later(30)
      const asked = replyText(await deliverSms(app, PEOPLE.alex, 'can someone call me about my schedule'))
      t.match(asked, /Grace Okafor/, 'a request for a person goes past whoever the complaint was about')
      t.same(await toManagerNumberOf(app, PEOPLE.manager), [], 'Marcus is texted nothing')
      const { app: other, later: otherLater } = await closedComplaint(t, 'hr', kind)
      otherLater(10)
      t.match(replyText(await deliverSms(other, PEOPLE.alex, 'im sick today, not coming in')), /Marcus Lee/)
      const [, callOut] = await other.db.select().from(escalations).orderBy(asc(escalations.id))
      t.equal(callOut!.reason, 'attendance', 'a call-out is the manager’s, as ever')
    }
  )

// A complaint about the sender's manager's manager goes up the HR ladder past that one too.
for (const text of [
  "my boss's boss keeps texting me at night asking me out",
  "my manager's manager keeps making comments about my body when she visits the store",
  'el jefe de mi jefe me sigue invitando a salir aunque le dije que no'
]) {
  t.test(`"${text}" never reaches Grace, Marcus's manager`, async (t) => {
    let now = new Date('2026-11-20T09:00:00Z')
    const app = await build(t, { seed: true, now: () => now })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, text)), /Dana Whitfield/, 'HR first')
    for (const minutes of [31, 62, 93, 124]) {
      now = new Date(Date.parse('2026-11-20T09:00:00Z') + minutes * 60_000)
      await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
    }
    const [e] = await app.db.select().from(escalations)
    t.ok(e!.excludedPersonIds?.includes(4), 'Grace is kept away, as Marcus is')
    t.same(await toManagerNumberOf(app, PEOPLE.seniorManager), [], 'Grace is never texted it')
    const close = replyText(
      await deliverSms(app, PEOPLE.seniorManager, `CLOSE ${e!.code}`, { path: '/escalate/reply' })
    )
    t.match(close, /There is no escalation/, 'nor can she close it')
  })
}

t.test(
  'more on an emergency that speaks of its handler as the one it is about is still an emergency, past him',
  async (t) => {
    const app = await build(t, { seed: true })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'grease fire in the kitchen, someone is burned')), /911/)
    const [fire] = await app.db.select().from(escalations)
    t.equal(fire!.assigneeId, 2, 'Marcus has the fire')
    const before = await toManagerNumberOf(app, PEOPLE.manager)
    const reply = replyText(
      await deliverSms(app, PEOPLE.alex, 'Marcus punched me when i told him about the fire, my nose is bleeding bad')
    )!
    t.match(reply, /^If anyone is hurt or in danger, call 911 now\./, 'the 911 line first')
    t.same(await toManagerNumberOf(app, PEOPLE.manager), before, 'Marcus is texted nothing more')
    const raised = (await app.db.select().from(escalations).orderBy(asc(escalations.id))).at(-1)!
    t.match(raised, { reason: 'safety', priority: 'urgent' }, 'urgent, not a request for a person')
    t.not(raised.assigneeId, 2)
    t.ok(raised.excludedPersonIds?.includes(2))
  }
)

// A complaint told in two texts: the first asks for someone "about Grace", the second tells what she does without her
// name. The sweep must not hand the second up to Grace when HR does not answer.
for (const [who, first, second] of [
  [
    PEOPLE.alex,
    'can I talk to someone about Grace?',
    'she keeps texting me at night asking me to come over, I told her no'
  ],
  [PEOPLE.sofia, 'necesito hablar con alguien sobre Grace', 'me agarró en la fiesta de anoche y me quiso besar']
] as const) {
  t.test(`"${first}" then "${second}" never reaches Grace`, async (t) => {
    const c = clock()
    const app = await build(t, { seed: true, now: c.now })
    await deliverSms(app, who, first)
    c.advance(2)
    await deliverSms(app, who, second)
    await sweepFor(app, c)
    t.same(await toManagerNumberOf(app, PEOPLE.seniorManager), [], 'Grace is texted nothing of it')
  })
}

// A report first (the manager has it), then the manager's order to do wrong about it: the second text is a complaint
// about him, never forwarded to him on the open matter.
for (const more of [
  'Marcus says to serve it anyway and just put new labels on it',
  'and my manager wants it served anyway with new date labels'
]) {
  t.test(`"${more}" after a cooler report is not forwarded to Marcus`, async (t) => {
    const app = await build(t, { seed: true })
    const first = replyText(
      await deliverSms(app, PEOPLE.alex, 'walk-in cooler is at 55 degrees and all the chicken is warm')
    )
    t.match(first, /Marcus Lee/, 'the report reaches him')
    const before = await toManagerNumberOf(app, PEOPLE.manager)
    const reply = replyText(await deliverSms(app, PEOPLE.alex, more))
    t.match(reply, /Dana Whitfield/, 'HR has the order')
    t.same(await toManagerNumberOf(app, PEOPLE.manager), before, 'Marcus gets nothing of the order he is reported for')
  })
}

// More on a complaint in Spanish, which drops the pronoun ("me puso a cerrar ... para quedarse sola conmigo"), beside a
// call-out the subject holds: HR's, never joined to the call-out.
t.test('"me puso a cerrar todas las noches ... conmigo" after a complaint reaches HR, never Priya', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.sofia, 'hoy no voy a poder ir, estoy enferma')
  await deliverSms(app, PEOPLE.sofia, 'Priya me sigue agarrando las nalgas cuando cerramos')
  const before = await toManagerNumberOf(app, PEOPLE.otherManager)
  const reply = replyText(
    await deliverSms(app, PEOPLE.sofia, 'me puso a cerrar todas las noches esta semana para quedarse sola conmigo')
  )
  t.same(await toManagerNumberOf(app, PEOPLE.otherManager), before, 'Priya is texted nothing more')
  t.notMatch(reply, /Priya/, 'nor named as having it')
})
