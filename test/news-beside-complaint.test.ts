// While a complaint about a coworker is open, a call-out or a machine down is still the manager's: its "him" or "otra
// vez" carries on nothing, and whoever the complaint is about stays away from it. While one about the manager is open,
// the same news stays with HR: the manager never hears it.
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { clock, sweepFor, textedByManagerNumber } from './fixtures/sweep-clock.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test('a call-out while a complaint about a coworker is open reaches the manager', async (t) => {
  const c = clock()
  const app = await build(t, { seed: true, now: c.now })
  await deliverSms(app, PEOPLE.alex, 'jordan keeps grabbing my butt in the walk in when nobody is looking')
  c.advance(12 * 60)
  const reply = replyText(
    await deliverSms(app, PEOPLE.alex, 'cant make it in tomorrow, my son is sick and i have no one to watch him')
  )
  t.match(reply, /Marcus Lee/, 'Marcus, the manager, has the call-out')
  await sweepFor(app, c)
  t.notOk((await textedByManagerNumber(app)).includes(PEOPLE.jordan), 'Jordan, the complaint is about, never')
})

t.test('un reporte de una maquina con una queja abierta le llega a la gerente', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.sofia, 'Sam me sigue diciendo cosas de mi cuerpo y me manda fotos feas')
  const reply = replyText(
    await deliverSms(
      app,
      PEOPLE.sofia,
      'la maquina de hielo se descompuso otra vez, esta tirando agua por todo el piso'
    )
  )
  t.match(reply, /Priya Shah/, 'Priya, the manager, has the ice machine')
})

t.test('a call-out while a complaint about the manager is open stays with HR', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'my manager keeps grabbing my butt in the walk in when nobody is looking')
  const reply = replyText(
    await deliverSms(app, PEOPLE.alex, 'cant make it in tomorrow, my son is sick and i have no one to watch him')
  )
  t.match(reply, /Dana Whitfield/, 'HR has it')
  t.notOk((await textedByManagerNumber(app)).includes(PEOPLE.manager), 'Marcus never hears of it')
})
