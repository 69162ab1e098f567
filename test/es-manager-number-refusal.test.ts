// The manager number is in the phone of everyone ever texted from it. Sofia (directory language es)
// texts it in Spanish: the reply that sends her to the employee number must be in Spanish, as the
// emergency reply on this number already is.
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const text of ['hola, necesito cambiar mi turno del sábado', '¿cuántos días de vacaciones me tocan este año?']) {
  t.test(`"${text}" to the manager number is answered in Spanish`, async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, PEOPLE.sofia, text, { path: '/escalate/reply' }))!
    t.comment(reply)
    t.match(reply, /\+15005550006/, 'sent to the employee number')
    t.notMatch(reply, /This number only takes replies from managers/, 'not in English')
  })
}
