// Whole conversations from a red team's fifth round: the own manager told by what they do ("the guy who runs our
// store", "la que nos supervisa", "Downtown's manager") never handles or sees what is about them, by SMS, YES said
// otherwise ("yes please", "si porfa"), WRONG, a follow-up, ops' API or insights; a manager's own complaint about
// the employee whose matter is open never reaches that employee; a collapse, a shooting or a robbery in slang or
// Spanish pages; money bled, boredom and a false alarm do not; YES is answered in the language of the offer.
import type { FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import { PEOPLE, raisedIn } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { fileAsOps, readAsManager, unansweredSeenBy } from './fixtures/routes.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const NINE_ONE_ONE = /call 911 now|llame al 911/
const MARCUS = 2
const PRIYA = 3

async function neverHandledBy(t: Test, app: FastifyInstance, managerPhone: string, managerId: number) {
  t.same(await textedTo(app, managerPhone), [], 'the manager is texted nothing')
  const raised = await raisedIn(app)
  t.ok(raised.length > 0 && raised.every((e) => e.assigneeId !== managerId), 'nothing is theirs to handle')
}

const ABOUT_OWN_MANAGER: Array<[string, string, string[], string, number]> = [
  ['by what he runs', PEOPLE.alex, ['the guy who runs our store took 5 hours off my paycheck'], PEOPLE.manager, MARCUS],
  [
    'by what she approves, in Spanish',
    PEOPLE.sofia,
    ['la persona que aprueba mis horas me quito 5 horas del cheque'],
    PEOPLE.otherManager,
    PRIYA
  ],
  [
    'then "yes please"',
    PEOPLE.alex,
    ['can marcus make me stay past my shift without paying me?', 'yes please'],
    PEOPLE.manager,
    MARCUS
  ],
  [
    'then "si porfa"',
    PEOPLE.sofia,
    ['¿puede la jefa quitarme las propinas si llego tarde?', 'si porfa'],
    PEOPLE.otherManager,
    PRIYA
  ],
  [
    'by what he makes, then WRONG',
    PEOPLE.alex,
    ['can the guy who makes the schedule cut my hours because i called in sick?', 'wrong'],
    PEOPLE.manager,
    MARCUS
  ]
]

for (const [how, from, texts, managerPhone, managerId] of ABOUT_OWN_MANAGER) {
  t.test(`the own manager ${how}: never handles it`, async (t) => {
    const app = await build(t, { seed: true })
    for (const text of texts) await deliverSms(app, from, text)
    await neverHandledBy(t, app, managerPhone, managerId)
  })
}

t.test(
  'a call-out to Priya, then "la que esta arriba de mi me sigue quitando horas": not forwarded to her',
  async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.sofia, 'voy a llegar tarde, se descompuso el camion')
    await deliverSms(app, PEOPLE.sofia, 'y otra cosa, la que esta arriba de mi me sigue quitando horas del cheque')
    t.notOk((await textedTo(app, PEOPLE.otherManager)).some((body) => /quitando horas/.test(body)))
  }
)

t.test('"the guy above me" and "la que nos supervisa", declined: not in their insights', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, "is the guy above me allowed to keep my tips if i'm late?")
  await deliverSms(app, PEOPLE.sofia, '¿la que nos supervisa puede quedarse con mis propinas?')
  t.notMatch(await unansweredSeenBy(app, MARCUS), /tips/)
  t.notMatch(await unansweredSeenBy(app, PRIYA), /propinas/)
})

t.test(
  'ops files "Downtown\'s manager has been editing her punches" for Alex: Marcus neither has nor reads it',
  async (t) => {
    const app = await build(t, { seed: true })
    const filed = await fileAsOps(app, {
      phone: PEOPLE.alex,
      reason: 'report',
      text: "Per Alex: Downtown's manager has been editing her punches"
    })
    t.equal(filed.statusCode, 201, filed.body)
    const { id, assignee } = filed.json() as { id: number; assignee?: { id: number } }
    t.not(assignee?.id, MARCUS)
    t.equal((await readAsManager(app, id, MARCUS)).statusCode, 404)
    t.same(await textedTo(app, PEOPLE.manager), [])
  }
)

t.test("Marcus's own complaint about Alex, texted with her call-out open and no code, never reaches her", async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'running late, bus broke down, be there in 30')
  await deliverSms(app, PEOPLE.manager, 'rivera keeps sending me messages at 2am, i never gave her my number', {
    path: '/escalate/reply'
  })
  t.notOk((await textedTo(app, PEOPLE.alex)).some((body) => /2am/.test(body)))
})

const EMERGENCIES: Array<[string, string]> = [
  [PEOPLE.alex, 'bro just dropped and aint getting up'],
  [PEOPLE.alex, 'a customer is dying in aisle 3'],
  [PEOPLE.sofia, 'estan disparando afuera de la tienda'],
  [PEOPLE.sofia, 'nos estan robando']
]

for (const [from, text] of EMERGENCIES) {
  t.test(`"${text}": urgent, with the 911 line`, async (t) => {
    const app = await build(t, { seed: true })
    t.match(replyText(await deliverSms(app, from, text)) ?? '', NINE_ONE_ONE)
    const [raised] = await raisedIn(app)
    t.equal(raised?.priority, 'urgent')
  })
}

t.test('Marcus, a call-out open, texts "jordan just dropped in the walk in and isnt getting up": paged', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'running late, bus broke down, be there in 30')
  await deliverSms(app, PEOPLE.manager, 'jordan just dropped in the walk in and isnt getting up', {
    path: '/escalate/reply'
  })
  t.ok((await raisedIn(app)).some((e) => e.priority === 'urgent'))
  t.notOk((await textedTo(app, PEOPLE.alex)).some((body) => /walk in/.test(body)))
})

const NOT_EMERGENCIES: Array<[string, string]> = [
  [PEOPLE.alex, "she's bleeding us dry with these short shifts"],
  [PEOPLE.alex, 'dude in aisle 4 looks like hes about to pass out from boredom'],
  [PEOPLE.sofia, 'la alarma de incendio sono por error, ya la apagaron'],
  [PEOPLE.sofia, 'el niño del cliente se perdio un ratito pero ya lo encontramos']
]

for (const [from, text] of NOT_EMERGENCIES) {
  t.test(`"${text}": no 911 line, no urgent page`, async (t) => {
    const app = await build(t, { seed: true })
    t.notMatch(replyText(await deliverSms(app, from, text)) ?? '', NINE_ONE_ONE)
    t.notOk((await raisedIn(app)).some((e) => e.priority === 'urgent'))
  })
}

t.test('Alex asks in Spanish, is offered SI and says "si": told in Spanish who has it', async (t) => {
  const app = await build(t, { seed: true })
  const offer = replyText(await deliverSms(app, PEOPLE.alex, '¿cuántos días de vacaciones tengo?'))
  t.match(offer ?? '', /SI/)
  const told = replyText(await deliverSms(app, PEOPLE.alex, 'si'))
  t.match(told ?? '', /Gracias|pasé|Le pas/)
})
