// Whole conversations from a red team's sixth round: the own manager as crews also say it ("el bos", "bossman", "los
// jefes", "the guy who hired me"), a manager's boss by place ("la señora que esta arriba de priya"), someone showing up
// at the sender's home, being called fat: none reaches, by SMS, YES, WRONG, insights, ops' API, the manager number or
// the sweep, the person it is about. An asthma attack, a gas leak, a bone through the skin, a hold-up and a fire in
// Spanglish page; a gun show, sales that exploded, onions, a joked heart attack and a register that chokes do not.
import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import { PEOPLE, raisedIn } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { fileAsOps, readAsManager, unansweredSeenBy } from './fixtures/routes.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const NINE_ONE_ONE = /call 911 now|llame al 911/
const MANAGER_NUMBER = { path: '/escalate/reply' }
const MARCUS = 2
const PRIYA = 3
const GRACE = 4

/** Nothing `words` is texted to the one it is about, and no escalation holding it is theirs or readable by them. */
async function keptFrom(t: Test, app: FastifyInstance, phone: string, id: number, words: RegExp) {
  t.notOk(
    (await textedTo(app, phone)).some((body) => words.test(body)),
    'never texted to the one it is about'
  )
  const raised = await raisedIn(app)
  t.ok(raised.length > 0, 'someone has it')
  for (const e of raised.filter((e) => words.test(e.originalText ?? ''))) {
    t.not(e.assigneeId, id)
    const seen = await readAsManager(app, e.id, id)
    t.equal(seen.statusCode, 404)
  }
}

const COMPLAINTS: Array<[string, string[], string, number, RegExp]> = [
  [
    PEOPLE.alex,
    ['marcus said nobody wants to see a fat girl at the register so now im in the back'],
    PEOPLE.manager,
    MARCUS,
    /fat girl/
  ],
  [PEOPLE.sofia, ['el bos me hace trabajar off the clock'], PEOPLE.otherManager, PRIYA, /off the clock/],
  [
    PEOPLE.sofia,
    [
      'voy a llegar tarde, se descompuso el camion',
      'y priya llego a mi casa anoche sin avisar, yo nunca le di mi direccion'
    ],
    PEOPLE.otherManager,
    PRIYA,
    /mi casa/
  ],
  [PEOPLE.sofia, ['los jefes me quitan horas cuando me enfermo', 'si'], PEOPLE.otherManager, PRIYA, /me enfermo/],
  [
    PEOPLE.alex,
    ['how long is the meal break? the guy who hired me never lets us take one', 'wrong'],
    PEOPLE.manager,
    MARCUS,
    /hired me/
  ]
]

for (const [from, texts, managerPhone, managerId, words] of COMPLAINTS) {
  t.test(`"${texts.join('" then "')}": never the one it is about`, async (t) => {
    const app = await build(t, { seed: true })
    for (const text of texts) await deliverSms(app, from, text)
    await keptFrom(t, app, managerPhone, managerId, words)
  })
}

t.test('"el bos me hace trabajar off the clock" from Sofia is answered in Spanish', async (t) => {
  const app = await build(t, { seed: true })
  t.notMatch(replyText(await deliverSms(app, PEOPLE.sofia, 'el bos me hace trabajar off the clock')) ?? '', /Thanks/)
})

t.test('"is bossman allowed to read my texts...", declined: not in Marcus\'s insights', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'is bossman allowed to read my texts on the work ipad and show them to the crew?')
  t.notMatch(await unansweredSeenBy(app, MARCUS), /ipad/)
})

t.test('Marcus\'s "alex keeps showing up at my house", her call-out open, never reaches Alex', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'running late, bus broke down, be there in 30')
  await deliverSms(app, PEOPLE.manager, 'alex keeps showing up at my house on my days off', MANAGER_NUMBER)
  t.notOk((await textedTo(app, PEOPLE.alex)).some((body) => /my house/.test(body)))
})

t.test('ops files "the guy she reports to keeps showing up at her apartment": not Marcus\'s', async (t) => {
  const app = await build(t, { seed: true })
  const filed = await fileAsOps(app, {
    phone: PEOPLE.alex,
    reason: 'report',
    text: 'Alex called the office: the guy she reports to keeps showing up at her apartment'
  })
  t.equal(filed.statusCode, 201, filed.body)
  await keptFrom(t, app, PEOPLE.manager, MARCUS, /showing up at her apartment/)
})

t.test('"la señora que esta arriba de priya me manda mensajes...": the sweep never walks it up to Grace', async (t) => {
  const start = Date.parse('2026-11-20T09:00:00Z')
  let now = new Date(start)
  const app = await build(t, { seed: true, now: () => now })
  const text = 'la señora que esta arriba de priya me manda mensajes en la noche invitandome a salir'
  t.match(replyText(await deliverSms(app, PEOPLE.sofia, text)) ?? '', /Dana/)
  for (const minutes of [31, 62, 93, 124, 155]) {
    now = new Date(start + minutes * 60_000)
    await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  }
  t.same(await textedTo(app, PEOPLE.seniorManager), [])
  for (const e of await raisedIn(app)) t.not(e.assigneeId, GRACE)
})

const EMERGENCIES: Array<[string, string, string?]> = [
  [PEOPLE.alex, 'sams having an asthma attack and cant catch his breath'],
  [PEOPLE.alex, 'the water heater in the back is leaking gas'],
  [PEOPLE.alex, 'jordans bone is poking through his skin'],
  [PEOPLE.sofia, 'acaban de asaltar a la cajera, se llevaron todo el dinero'],
  [PEOPLE.sofia, 'hay fire en el dumpster'],
  [PEOPLE.otherManager, 'se le cayo aceite hirviendo en la pierna a sam', '/escalate/reply']
]

for (const [from, text, path] of EMERGENCIES) {
  t.test(`"${text}": urgent, with the 911 line`, async (t) => {
    const app = await build(t, { seed: true })
    t.match(replyText(await deliverSms(app, from, text, path ? { path } : {})) ?? '', NINE_ONE_ONE)
    t.ok((await raisedIn(app)).some((e) => e.priority === 'urgent'))
  })
}

const NOT_EMERGENCIES: Array<[string, string]> = [
  [PEOPLE.alex, "there's a gun show this weekend so parking will be crazy"],
  [PEOPLE.alex, 'our sales exploded this weekend'],
  [PEOPLE.sofia, 'me arden los ojos de tanto picar cebolla jaja'],
  [PEOPLE.sofia, 'al jefe le va a dar un infarto cuando vea el inventario jaja']
]

for (const [from, text] of NOT_EMERGENCIES) {
  t.test(`"${text}": no 911 line, no urgent page`, async (t) => {
    const app = await build(t, { seed: true })
    t.notMatch(replyText(await deliverSms(app, from, text)) ?? '', NINE_ONE_ONE)
    t.notOk((await raisedIn(app)).some((e) => e.priority === 'urgent'))
  })
}

t.test(
  'Marcus answers a call-out "register 1 keeps choking on big orders": relayed to Alex, nobody paged',
  async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, 'running late, bus broke down, be there in 30')
    const said = 'no worries. when you get in use register 2, register 1 keeps choking on big orders'
    t.notMatch(replyText(await deliverSms(app, PEOPLE.manager, said, MANAGER_NUMBER)) ?? '', NINE_ONE_ONE)
    t.notOk((await raisedIn(app)).some((e) => e.priority === 'urgent'))
    t.ok((await textedTo(app, PEOPLE.alex)).some((body) => /register 2/.test(body)))
  }
)
