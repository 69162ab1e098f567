// Whole conversations from a red team's fourth round: the own manager's title misspelled or abbreviated
// ("supervisior", "the SM", "la gerenta"), the manager above told by place ("the supervisor over my manager"), and
// someone in HR told by what they did ("the one from hr that did my orientation") never handle what is about them;
// a faint in Spanish slang pages; a sangria run out does not.
import t from 'tap'
import { PEOPLE, raisedIn } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const NINE_ONE_ONE = /call 911 now|llame al 911/
const DANA = 1
const MARCUS = 2
const PRIYA = 3
const GRACE = 4

t.test('"can my supervisior make me pay the register shortage?" then YES: never Marcus', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'can my supervisior make me pay the register shortage out of my own pocket?')
  await deliverSms(app, PEOPLE.alex, 'yes')
  t.same(await textedTo(app, PEOPLE.manager), [])
  const raised = await raisedIn(app)
  t.ok(raised.length > 0 && raised.every((e) => e.assigneeId !== MARCUS))
})

t.test('"la gerenta no me quiere pagar las horas extras": never Priya', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.sofia, 'la gerenta no me quiere pagar las horas extras que trabaje')
  t.same(await textedTo(app, PEOPLE.otherManager), [])
  const raised = await raisedIn(app)
  t.ok(raised.length > 0 && raised.every((e) => e.assigneeId !== PRIYA))
})

t.test('"is the SM allowed to go through my purse?" declined: not in Marcus\'s insights', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'is the SM allowed to go through my purse in the back?')
  const seen = await app.inject({
    method: 'GET',
    url: '/insights?days=7',
    headers: bearer(token({ role: 'manager', sub: String(MARCUS) }))
  })
  t.equal(seen.statusCode, 200)
  t.notMatch(seen.body, /purse/)
})

t.test('"the supervisor over my manager keeps sending me pics": Grace is kept away', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'the supervisor over my manager keeps sending me pics of himself')
  const [raised] = await raisedIn(app)
  t.ok(raised?.excludedPersonIds?.includes(GRACE))
  t.ok(raised?.excludedPersonIds?.includes(MARCUS))
})

t.test('"the one from hr that did my orientation keeps messaging me": never Dana', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(
    app,
    PEOPLE.alex,
    'the one from hr that did my orientation keeps messaging me at night asking me out'
  )
  t.same(await textedTo(app, PEOPLE.hr), [])
  const [raised] = await raisedIn(app)
  t.not(raised?.assigneeId, DANA)
})

t.test('"le dio un soponcio a la cajera y no vuelve": urgent, with the 911 line', async (t) => {
  const app = await build(t, { seed: true })
  t.match(
    replyText(await deliverSms(app, PEOPLE.sofia, 'le dio un soponcio a la cajera y no vuelve')) ?? '',
    NINE_ONE_ONE
  )
  const [raised] = await raisedIn(app)
  t.equal(raised?.priority, 'urgent')
})

t.test('"se nos acabo la sangria en la barra": the manager, no 911', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(await deliverSms(app, PEOPLE.sofia, 'se nos acabo la sangria en la barra, hay que pedir mas'))
  t.notMatch(reply ?? '', NINE_ONE_ONE)
  const [raised] = await raisedIn(app)
  t.equal(raised?.assigneeId, PRIYA)
  t.equal(raised?.priority, 'normal')
})
