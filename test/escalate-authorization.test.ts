// Who may act on an escalation: a manager only for the people on their own ladder, never the one an
// escalation is about, and a token whose claims do not name a person is no token at all.
import { and, asc, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

// Ids in sample/people.csv order.
const ID = { hr: 1, marcus: 2, priya: 3, grace: 4, alex: 5, sofia: 7 } as const

const create = (app: App, headers: Record<string, string>, employeeId: number) =>
  app.inject({
    method: 'POST',
    url: '/escalate',
    headers,
    payload: { employeeId, reason: 'payroll', text: 'Missing hours on the last check' }
  })

async function textsTo(app: App, phone: string) {
  return app.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, phone)))
    .orderBy(asc(messages.id))
}

t.test('a manager raises escalations only for people on their own ladder', async (t) => {
  const app = await build(t, { seed: true })
  const marcus = bearer(token({ role: 'manager', sub: String(ID.marcus) }))

  const foreign = await create(app, marcus, ID.sofia)
  t.equal(foreign.statusCode, 403, "Priya's report is not Marcus's")
  t.notMatch(foreign.body, /Sofia|555|Riverside/, 'nothing about the person comes back')
  t.equal((await create(app, marcus, ID.hr)).statusCode, 403, 'nor is HR')
  t.equal((await create(app, marcus, ID.priya)).statusCode, 403, 'nor a fellow manager')
  t.equal((await app.db.select().from(escalations)).length, 0, 'nothing was raised')
  t.equal((await textsTo(app, PEOPLE.sofia)).length + (await textsTo(app, PEOPLE.otherManager)).length, 0)

  t.equal((await create(app, marcus, ID.alex)).statusCode, 201, 'his own report')
  const grace = bearer(token({ role: 'manager', sub: String(ID.grace) }))
  t.equal((await create(app, grace, ID.sofia)).statusCode, 201, 'further down her ladder')
  t.equal(
    (await create(app, bearer(token({ role: 'hr', sub: String(ID.hr) })), ID.priya)).statusCode,
    201,
    'HR: anyone'
  )
  t.equal((await create(app, bearer(token()), ID.hr)).statusCode, 201, 'ops: anyone')
})

t.test('the one an escalation is about can never answer or close it on the manager number', async (t) => {
  const app = await build(t, { seed: true })
  // Marcus texts the employee number as an employee: his matter goes to his manager, Grace.
  t.match(replyText(await deliverSms(app, PEOPLE.manager, 'my paycheck is short this week')), /Grace Okafor/)
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised!.employeeId, ID.marcus)

  const fromManagerNumber = (body: string) => deliverSms(app, PEOPLE.manager, body, { path: '/escalate/reply' })
  t.match(replyText(await fromManagerNumber(`${raised!.code} never mind, sorted`)), /There is no escalation E1 for you/)
  t.match(replyText(await fromManagerNumber(`CLOSE ${raised!.code}`)), /There is no escalation E1 for you/)
  t.match(replyText(await fromManagerNumber(`ACK ${raised!.code}`)), /There is no escalation E1 for you/)
  const [after] = await app.db.select().from(escalations)
  t.match(after, { status: 'open', answer: null }, 'still open for Grace')
  t.match(
    replyText(await deliverSms(app, PEOPLE.seniorManager, `${raised!.code} paid Friday`, { path: '/escalate/reply' })),
    /^Sent to Marcus Lee/
  )
})

t.test('a manager a complaint is about cannot handle it, even though it names them', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'my manager Marcus keeps making comments about my body')
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised!.reason, 'hr_sensitive')
  const reply = replyText(await deliverSms(app, PEOPLE.manager, `CLOSE ${raised!.code}`, { path: '/escalate/reply' }))
  t.match(reply, /There is no escalation E1 for you/)
  t.equal((await app.db.select().from(escalations))[0]!.status, 'open')
})

t.test('a token whose sub is not a person id is a 401, not a 500', async (t) => {
  const app = await build(t, { seed: true })
  const subs = ['abc', '2abc', '-1', '1.5', '0x2', ' 2', '99999999999999999999', '2147483648', '9999999999']
  for (const sub of subs) {
    for (const url of ['/escalate', '/insights', '/escalate/1']) {
      const res = await app.inject({ method: 'GET', url, headers: bearer(token({ role: 'manager', sub })) })
      t.equal(res.statusCode, 401, `${url} ${JSON.stringify(sub)}`)
    }
  }
  t.equal(
    (await app.inject({ method: 'GET', url: '/insights', headers: bearer(token({ role: 'hr', sub: '2147483647' })) }))
      .statusCode,
    200,
    'the largest directory id is a person id (of nobody here)'
  )
  t.equal(
    (await app.inject({ method: 'GET', url: '/escalate', headers: bearer(token({ role: 'manager', sub: '2' })) }))
      .statusCode,
    200
  )
})

t.test('an answer through the API is signed by who gave it, never "Your manager"', async (t) => {
  for (const [who, env, signed] of [
    [bearer(token({ role: 'hr' })), {}, 'HR: '],
    [bearer(token({ role: 'hr', sub: String(ID.hr) })), {}, 'Dana Whitfield: '],
    [bearer(token()), {}, 'Ops: '],
    [bearer(token()), { COMPANY_NAME: 'Acme Foods' }, 'Acme Foods: ']
  ] as const) {
    const app = await build(t, { seed: true, env })
    await deliverSms(app, PEOPLE.alex, 'my manager keeps making comments about my body')
    const res = await app.inject({
      method: 'POST',
      url: '/escalate/1/resolve',
      headers: who,
      payload: { answer: 'HR has opened a case.' }
    })
    t.equal(res.statusCode, 200)
    t.same(
      (await textsTo(app, PEOPLE.alex)).filter((m) => m.status !== 'twiml').map((m) => m.body),
      [`${signed}HR has opened a case.`],
      signed
    )
  }
})

t.test('a manager passed over on the ladder may still answer; one never on it may not', async (t) => {
  let now = new Date('2026-11-20T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
  const sweep = () => app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  for (const minutes of [241, 482]) {
    now = new Date(Date.parse('2026-11-20T09:00:00Z') + minutes * 60_000)
    await sweep()
  }
  const [moved] = await app.db.select().from(escalations)
  t.equal(moved!.assigneeId, ID.grace, 'passed on to Grace')
  t.same(moved!.previousAssigneeIds, [ID.marcus])
  const list = async (sub: number) =>
    (
      await app.inject({
        method: 'GET',
        url: '/escalate',
        headers: bearer(token({ role: 'manager', sub: String(sub) }))
      })
    )
      .json()
      .escalations.map((e: { code: string }) => e.code)
  t.same(await list(ID.marcus), ['E1'], 'Marcus still sees it')
  t.same(await list(ID.priya), [], 'Priya never does')
  const reply = (from: string, body: string) => deliverSms(app, from, body, { path: '/escalate/reply' }).then(replyText)
  t.match(await reply(PEOPLE.otherManager, 'E1 on it'), /There is no escalation E1 for you/)
  t.match(await reply(PEOPLE.manager, 'E1 paid Friday'), /^Sent to Alex Rivera/)
})

// Red-team probes: the API's reason is the caller's; who may act on a complaint is read from its text.
for (const [who, headers, reason] of [
  ['Grace (his manager)', () => bearer(token({ role: 'manager', sub: String(ID.grace) })), 'manual'],
  ['ops', () => bearer(token()), 'manual'],
  ['ops', () => bearer(token()), 'human_request']
] as const) {
  t.test(`${who} raising "${reason}" about Marcus grabbing Alex: Marcus never has it`, async (t) => {
    const app = await build(t, { seed: true })
    const text = 'Alex says Marcus grabbed her in the walk-in cooler last night and she is scared to work with him'
    const res = await app.inject({
      method: 'POST',
      url: '/escalate',
      headers: headers(),
      payload: { employeeId: ID.alex, reason, text }
    })
    t.equal(res.statusCode, 201)
    const [e] = await app.db.select().from(escalations)
    t.equal(e!.reason, reason, 'the caller’s reason stands')
    t.not(e!.assigneeId, ID.marcus)
    t.ok(e!.excludedPersonIds?.includes(ID.marcus), 'the escalation itself keeps him away')
    const toMarcus = await app.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, PEOPLE.manager)))
    t.same(toMarcus, [], 'he is texted nothing')
    const close = replyText(await deliverSms(app, PEOPLE.manager, `CLOSE ${e!.code}`, { path: '/escalate/reply' }))
    t.match(close, /There is no escalation/, 'nor can he close it')
  })
}

t.test('an HR token that names nobody cannot see or resolve a complaint about an HR person', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'Dana in HR keeps asking me out even after I said no')
  const [e] = await app.db.select().from(escalations)
  t.ok(e!.excludedPersonIds?.includes(ID.hr), 'Dana is kept away')
  const anonymousHr = bearer(token({ role: 'hr' }))
  t.equal((await app.inject({ method: 'GET', url: `/escalate/${e!.id}`, headers: anonymousHr })).statusCode, 404)
  const resolve = await app.inject({
    method: 'POST',
    url: `/escalate/${e!.id}/resolve`,
    headers: anonymousHr,
    payload: { answer: 'We looked into it, nothing found.' }
  })
  t.equal(resolve.statusCode, 404, 'it cannot be the one it is about')
  const listed = await app.inject({ method: 'GET', url: '/escalate', headers: anonymousHr })
  t.same(listed.json().escalations ?? listed.json(), [], 'nor list it')
  t.equal((await app.inject({ method: 'GET', url: `/escalate/${e!.id}`, headers: bearer(token()) })).statusCode, 200)
})
