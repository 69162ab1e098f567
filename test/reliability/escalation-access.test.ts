// Attacks on who may see or act on an escalation (issue 22): a manager taking over someone else's
// escalation on the manager number, across stores and on a complaint about himself; a manager
// enumerating the sequential codes; an HR person a complaint names reading and resolving it through the
// API and its views; three YES texts at once. The sample directory, with HR changed so that its first
// person has an accented name (Lucía Núñez) and is the direct manager of one employee (Eva Stone):
//   Lucía Núñez (hr)     Marcus Lee (manager of Alex and Jordan, Downtown)
//   Priya Shah (manager of Sofia and Sam, Riverside)     Grace Okafor (manages Marcus and Priya)
//   Dana Whitfield (hr)  Eva Stone (employee, reports to Lucía)
import { and, asc, eq, ne } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages, people } from '../../drizzle/schema.ts'
import { upsertPeople } from '../../app/people/directory.ts'
import { PEOPLE } from '../fixtures/data.ts'
import { bearer, token } from '../fixtures/tokens.ts'
import { deliverSms, replyText } from '../fixtures/twilio.ts'
import { build, DATABASE_KINDS, type DatabaseKind } from '../helper.ts'

type App = Awaited<ReturnType<typeof build>>

const LUCIA = PEOPLE.hr
const DANA = '+13125550103'
const EVA = '+13125550146'
const ID = { lucia: 0, marcus: 0, priya: 0, dana: 0 }

async function company(t: Parameters<typeof build>[0], kind: DatabaseKind = 'pglite'): Promise<App> {
  const app = await build(t, { kind, seed: true })
  const person = (phone: string, name: string, role: 'employee' | 'manager' | 'hr', managerPhone: string | null) => ({
    phone,
    name,
    role,
    managerPhone,
    location: 'Head office',
    language: 'en'
  })
  await upsertPeople(app.db, [person(LUCIA, 'Lucía Núñez', 'hr', null)])
  await upsertPeople(app.db, [person(DANA, 'Dana Whitfield', 'hr', null)])
  await upsertPeople(app.db, [person(EVA, 'Eva Stone', 'employee', LUCIA)])
  const id = async (phone: string) => (await app.db.select().from(people).where(eq(people.phone, phone)))[0]!.id
  Object.assign(ID, {
    lucia: await id(LUCIA),
    marcus: await id(PEOPLE.manager),
    priya: await id(PEOPLE.otherManager),
    dana: await id(DANA)
  })
  return app
}

const manager = (app: App, from: string, body: string) =>
  deliverSms(app, from, body, { path: '/escalate/reply' }).then(replyText)
const ask = (app: App, from: string, body: string) => deliverSms(app, from, body).then(replyText)
const api = (app: App, method: 'GET' | 'POST', url: string, who: Record<string, string>, payload?: object) =>
  app.inject({ method, url, headers: who, ...(payload ? { payload } : {}) })
const as = (role: string, sub?: number) => bearer(token({ role, ...(sub ? { sub: String(sub) } : {}) }))

/** What was texted (not TwiML) to a number, in order. */
async function textsTo(app: App, phone: string): Promise<string[]> {
  const rows = await app.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, phone), ne(messages.status, 'twiml')))
    .orderBy(asc(messages.id))
  return rows.map((m) => m.body)
}

const allEscalations = (app: App) => app.db.select().from(escalations).orderBy(asc(escalations.id))

t.test('a manager cannot take over an escalation that is not his, by any reply on the manager number', async (t) => {
  const app = await company(t)
  // Alex's pay problem is Marcus's; Priya runs another store.
  await ask(app, PEOPLE.alex, 'my paycheck is short this week')
  for (const attempt of ['E1 hello', 'ACK E1', 'E1 You are fired.', 'CLOSE E1']) {
    t.match(await manager(app, PEOPLE.otherManager, attempt), /^There is no escalation E1 for you\./, attempt)
  }
  t.notOk(
    (await textsTo(app, PEOPLE.alex)).some((text) => /Priya/.test(text)),
    'nothing reached the employee under her name'
  )
  t.match((await allEscalations(app))[0], { status: 'open', acknowledgedAt: null, answer: null })
  t.match(await manager(app, PEOPLE.manager, 'E1 fixed on Friday'), /^Sent to Alex Rivera/, 'the assignee still can')
})

t.test('a complaint about "my manager" can never be acknowledged, answered or closed by him', async (t) => {
  const app = await company(t)
  t.match(await ask(app, PEOPLE.alex, 'my manager keeps making comments about my body'), /HR/)
  const [complaint] = await allEscalations(app)
  t.equal(complaint!.reason, 'hr_sensitive')
  t.ok(complaint!.excludedPersonIds.includes(ID.marcus), 'the direct manager is kept away from it')
  for (const attempt of ['E1 hello', 'ACK E1', 'E1 Come see me.', 'CLOSE E1', 'ok noted']) {
    const reply = (await manager(app, PEOPLE.manager, attempt))!
    t.notMatch(reply, /Alex/, `${attempt}: never says who complained`)
  }
  t.same(await textsTo(app, PEOPLE.alex), [], 'the employee got nothing from him')
  t.match((await allEscalations(app))[0], { status: 'open', acknowledgedAt: null, answer: null })
  // Nor through the API.
  const marcus = as('manager', ID.marcus)
  t.equal((await api(app, 'GET', '/escalate/1', marcus)).statusCode, 404)
  t.equal((await api(app, 'POST', '/escalate/1/resolve', marcus, { answer: 'nothing happened' })).statusCode, 404)
})

t.test('enumerating the sequential codes tells a manager nothing', async (t) => {
  const app = await company(t)
  await ask(app, PEOPLE.alex, 'my paycheck is short this week') // E1, Marcus's
  await ask(app, PEOPLE.sam, 'my paycheck is short this week') // E2, Priya's
  const probe = async (code: string) => (await manager(app, PEOPLE.otherManager, `${code} hi`))!.replaceAll(code, 'E?')
  const mine = await probe('E2')
  t.notMatch(mine, /There is no escalation/, 'her own answers')
  const replies = new Set([await probe('E1'), await probe('E3'), await probe('E999')])
  t.equal(replies.size, 1, `one reply for another's escalation and for none: ${[...replies].join(' | ')}`)
  const priya = as('manager', ID.priya)
  const bodies = new Set(
    await Promise.all(
      [1, 3, 999].map(async (id) => {
        const res = await api(app, 'GET', `/escalate/${id}`, priya)
        return `${res.statusCode} ${res.json().message.replace(String(id), '?')}`
      })
    )
  )
  t.same([...bodies], ['404 no escalation ?'], 'the API answers the same 404 either way')
})

for (const kind of DATABASE_KINDS) {
  t.test(`the HR person a complaint names never sees or resolves it, by any route (${kind})`, async (t) => {
    const app = await company(t, kind)
    t.match(await ask(app, PEOPLE.alex, 'Ms Nunez keeps making sexual comments about me'), /Dana Whitfield in HR/)
    const [complaint] = await allEscalations(app)
    t.ok(complaint!.excludedPersonIds.includes(ID.lucia), 'named without her accent and by title and surname')
    const lucia = as('hr', ID.lucia)
    t.equal((await api(app, 'GET', `/escalate/${complaint!.id}`, lucia)).statusCode, 404, 'GET /escalate/:id')
    t.same((await api(app, 'GET', '/escalate', lucia)).json().escalations, [], 'GET /escalate')
    const resolve = await api(app, 'POST', `/escalate/${complaint!.id}/resolve`, lucia, {
      answer: 'This was looked into, nothing found.'
    })
    t.equal(resolve.statusCode, 404, 'POST /escalate/:id/resolve')
    t.match((await allEscalations(app))[0], { status: 'open', answer: null })
    t.same(await textsTo(app, PEOPLE.alex), [], 'the complainant got nothing from her')
    t.match(await manager(app, LUCIA, `ACK ${complaint!.code}`), /There is no escalation/, 'nor on the manager number')
    const outbox = (await api(app, 'GET', '/outbox', as('ops', ID.lucia))).json().messages
    t.notOk(
      outbox.some((m: { body: string }) => /Nunez|sexual/.test(m.body)),
      'GET /outbox with her id hides its texts'
    )
    const dana = as('hr', ID.dana)
    t.equal((await api(app, 'GET', `/escalate/${complaint!.id}`, dana)).statusCode, 200, 'the other HR person can')
    t.equal((await api(app, 'GET', `/escalate/${complaint!.id}`, as('ops'))).statusCode, 200, 'and ops')
  })
}

t.test('a question naming an HR person, sent on with YES: never to her, nor in her FAQ list', async (t) => {
  const app = await company(t)
  t.match(
    await ask(app, PEOPLE.alex, 'can I report Lucia for harassment without her knowing?'),
    /could not find that|HR/
  )
  t.match(await ask(app, PEOPLE.alex, 'YES'), /Dana Whitfield/, 'YES goes to the other HR person')
  const [escalation] = await allEscalations(app)
  t.match(await manager(app, DANA, `${escalation!.code} Yes, through the ethics line.`), /^Sent to Alex/)
  const suggestions = (lucia: Record<string, string>) =>
    api(app, 'GET', '/faq', lucia).then((r) => r.json().faqs as Array<{ id: number }>)
  t.equal((await suggestions(as('hr', ID.dana))).length, 1, 'suggested as an FAQ')
  t.same(await suggestions(as('hr', ID.lucia)), [], 'but not shown to the person it names')
  const [faq] = await suggestions(as('hr', ID.dana))
  t.equal((await api(app, 'POST', `/faq/${faq!.id}/approve`, as('hr', ID.lucia))).statusCode, 404)
})

t.test("an HR head who is the complainant's own manager never gets the complaint", async (t) => {
  const app = await company(t)
  t.match(await ask(app, EVA, 'my manager keeps touching my shoulder and making sexual jokes'), /Dana Whitfield/)
  const [complaint] = await allEscalations(app)
  t.equal(complaint!.assigneeId, ID.dana)
  t.ok(complaint!.excludedPersonIds.includes(ID.lucia))
  t.same(await textsTo(app, LUCIA), [], 'Lucía was texted nothing')
  t.equal((await api(app, 'GET', `/escalate/${complaint!.id}`, as('hr', ID.lucia))).statusCode, 404)
})

t.test('an HR question that names the manager reaches him by no other route (WRONG, YES, insights)', async (t) => {
  const app = await company(t)
  const marcus = as('manager', ID.marcus)
  // Answered from the handbook; WRONG sends it on, but to HR, never to Marcus.
  t.match(await ask(app, PEOPLE.alex, 'how do I report harassment by my manager Marcus'), /HR/)
  t.match(await ask(app, PEOPLE.alex, 'WRONG'), /Dana Whitfield|Lucía Núñez/)
  // Declined: the offer and the YES go to HR too; and a question about him asked of nobody.
  await ask(app, PEOPLE.jordan, 'who do I report Marcus to for sexual comments?')
  await ask(app, PEOPLE.jordan, 'YES')
  await ask(app, PEOPLE.jordan, 'is Marcus allowed to read my medical file?')
  await ask(app, PEOPLE.jordan, 'YES')
  t.same(await textsTo(app, PEOPLE.manager), [], 'Marcus was texted nothing')
  for (const e of await allEscalations(app)) t.not(e.assigneeId, ID.marcus, `${e.code} is not his`)
  const insights = (await api(app, 'GET', '/insights?days=7', marcus)).json()
  t.notMatch(JSON.stringify(insights.unanswered), /Marcus|sexual|harassment|medical/, 'nor in his insights')
  t.same((await api(app, 'GET', '/escalate', marcus)).json().escalations, [], 'nor in his list')
})

for (const kind of DATABASE_KINDS) {
  t.test(`three YES texts at once make one escalation and one alert (${kind})`, async (t) => {
    const app = await company(t, kind)
    t.match(await ask(app, PEOPLE.alex, 'is there a gym discount'), /Reply YES/)
    const replies = await Promise.all([1, 2, 3].map(() => ask(app, PEOPLE.alex, 'YES')))
    t.ok(
      replies.some((reply) => /Marcus Lee/.test(reply!)),
      'the employee is told who has it'
    )
    t.equal((await allEscalations(app)).length, 1, 'one escalation')
    t.equal((await textsTo(app, PEOPLE.manager)).length, 1, 'one alert')
  })
}
