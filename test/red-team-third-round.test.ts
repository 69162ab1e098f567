// Whole conversations from a red team's third round: the own manager named without a title ("my higher up", "la persona
// a la que le reporto") and HR by other names ("RRHH", "the people team") never handle what is about them, by any
// route; an armed break-in pages at once; a wildfire at home is a call-out; a plural form code is the form.
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

t.test('"my higher up" keeping overtime, then WRONG: never Marcus', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(
    app,
    PEOPLE.alex,
    'my higher up says he doesnt have to pay the overtime i worked because he didnt approve it'
  )
  await deliverSms(app, PEOPLE.alex, 'wrong')
  t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')
  const raised = await raisedIn(app)
  t.ok(raised.length > 0 && raised.every((e) => e.assigneeId !== MARCUS), 'nothing is his to handle')
})

t.test('"¿la persona a la que le reporto puede quedarse con mis propinas?" then SI: never Priya', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.sofia, '¿la persona a la que le reporto puede quedarse con una parte de mis propinas?')
  await deliverSms(app, PEOPLE.sofia, 'si')
  t.same(await textedTo(app, PEOPLE.otherManager), [], 'Priya is texted nothing')
  const raised = await raisedIn(app)
  t.ok(raised.length > 0 && raised.every((e) => e.assigneeId !== PRIYA), 'nothing is hers to handle')
})

t.test('"la señora de RRHH" threatening the sender: Dana, the only HR person, never has it', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.sofia, 'la señora de RRHH me dijo que si me sigo quejando de mi jefa me van a correr')
  t.same(await textedTo(app, PEOPLE.hr), [], 'Dana is texted nothing')
  const [raised] = await raisedIn(app)
  t.not(raised?.assigneeId, DANA)
  t.ok(raised?.excludedPersonIds?.includes(DANA))
})

t.test('ops files "her higher up deletes her overtime" for Alex: Marcus neither handles nor reads it', async (t) => {
  const app = await build(t, { seed: true })
  const filed = await app.inject({
    method: 'POST',
    url: '/escalate',
    headers: bearer(token()),
    payload: { phone: PEOPLE.alex, reason: 'payroll', text: 'Alex says her higher up deletes her overtime hours' }
  })
  t.equal(filed.statusCode, 201, filed.body)
  const { id, assignee } = filed.json() as { id: number; assignee?: { id: number } }
  t.not(assignee?.id, MARCUS)
  const asMarcus = await app.inject({
    method: 'GET',
    url: `/escalate/${id}`,
    headers: bearer(token({ role: 'manager', sub: String(MARCUS) }))
  })
  t.equal(asMarcus.statusCode, 404)
  t.same(await textedTo(app, PEOPLE.manager), [])
})

t.test('"se metieron dos con machetes a la tienda": urgent, with the 911 line', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(await deliverSms(app, PEOPLE.sofia, 'se metieron dos con machetes a la tienda'))
  t.match(reply ?? '', NINE_ONE_ONE)
  const [raised] = await raisedIn(app)
  t.equal(raised?.priority, 'urgent')
})

t.test('a wildfire at home, evacuated, not coming in: the manager hears a call-out, no 911', async (t) => {
  const app = await build(t, { seed: true })
  const said = 'hay un incendio forestal cerca de mi casa y nos estan evacuando, no voy a poder ir'
  const reply = replyText(await deliverSms(app, PEOPLE.sofia, said))
  t.notMatch(reply ?? '', NINE_ONE_ONE)
  const [raised] = await raisedIn(app)
  t.equal(raised?.assigneeId, PRIYA)
  t.equal(raised?.priority, 'normal')
})

t.test('"when are w2s ready?" is the W-2 question', async (t) => {
  const app = await build(t, { seed: true })
  t.match(
    replyText(await deliverSms(app, PEOPLE.alex, 'when are w2s ready?')) ?? '',
    /W-2 forms are in the payroll app/
  )
})
