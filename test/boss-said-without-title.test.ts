// A boss spoken of without a title of one's own: "the guy in charge", "la que manda", "whoever runs Downtown" (the
// sender's own manager), "la jefa de la jefa" (the manager's manager), "the franchise owner" (the top). None of them
// is handed the matter, by YES or SI, the escalate API or the sweep, nor sees it in insights.
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { clock, sweepFor, textedByManagerNumber } from './fixtures/sweep-clock.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>
const MARCUS = 2
const PRIYA = 3

const insightsOf = async (app: App, managerId: number) => {
  const res = await app.inject({
    method: 'GET',
    url: '/insights?days=7',
    headers: bearer(token({ role: 'manager', sub: String(managerId) }))
  })
  return (res.json().unanswered as Array<{ examples: string[] }>).flatMap((g) => g.examples)
}

for (const [from, text, yes, manager, managerId] of [
  [
    PEOPLE.alex,
    'is it legal for the guy in charge to lock the break room so we cant take lunch?',
    'yes',
    PEOPLE.manager,
    MARCUS
  ],
  [PEOPLE.sofia, 'puede la que manda revisar mi bolsa cada noche?', 'si', PEOPLE.otherManager, PRIYA]
] as const) {
  t.test(`"${text}" then ${yes.toUpperCase()}: never the manager it speaks of`, async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, from, text)
    await deliverSms(app, from, yes)
    t.same(await textedTo(app, manager), [], 'the manager is texted nothing')
    t.notOk((await insightsOf(app, managerId)).includes(text), "nor is it in the manager's insights")
  })
}

t.test('an API matter about "whoever runs Downtown" keeps Marcus, who runs it, away', async (t) => {
  const app = await build(t, { seed: true })
  const text = 'Alex says whoever runs Downtown has been shorting the tip jar'
  const res = await app.inject({
    method: 'POST',
    url: '/escalate',
    headers: bearer(token()),
    payload: { phone: PEOPLE.alex, reason: 'report', text }
  })
  t.equal(res.statusCode, 201)
  t.not(res.json().assignee?.id, MARCUS)
  t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')
  const list = await app.inject({
    method: 'GET',
    url: '/escalate',
    headers: bearer(token({ role: 'manager', sub: String(MARCUS) }))
  })
  t.same(list.json().escalations, [], "nor is it in Marcus's list")
})

for (const [from, text, kept] of [
  [
    PEOPLE.alex,
    'the franchise owner keeps texting me at night asking me to come over, i keep saying no',
    PEOPLE.manager
  ],
  [PEOPLE.sofia, 'la jefa de la jefa me agarro la pierna en la junta', PEOPLE.otherManager]
] as const) {
  t.test(`"${text}": HR has it, and the sweep never walks it up to Grace`, async (t) => {
    const c = clock()
    const app = await build(t, { seed: true, now: c.now })
    t.match(replyText(await deliverSms(app, from, text)), /Dana Whitfield|Recursos Humanos/)
    await sweepFor(app, c)
    const texted = await textedByManagerNumber(app)
    t.notOk(texted.includes(PEOPLE.seniorManager), 'Grace is never texted it')
    t.notOk(texted.includes(kept), 'nor the direct manager')
  })
}
