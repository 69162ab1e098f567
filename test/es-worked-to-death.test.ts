// "nos va a matar de trabajo" ("going to work us to death") is overwork, not a threat: no 911 line and no urgent page,
// in Spanish as in English (a red team's probe).
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const text of [
  'my lead says he is going to work us to death in december',
  'la jefa de turno dice que nos va a matar de trabajo en diciembre',
  'mi líder dice que nos va a matar de trabajo esta semana',
  'el encargado dijo que nos va a matar de trabajo con tantos dobles'
]) {
  t.test(`Sofia: "${text}" is no emergency`, async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, PEOPLE.sofia, text))
    t.comment(reply)
    const rows = await app.db.select().from(escalations)
    t.comment(JSON.stringify(rows.map((e) => [e.code, e.reason, e.priority, e.assigneeId])))
    t.notMatch(reply, /911/, 'no 911 line')
    t.notOk(
      rows.some((e) => e.priority === 'urgent'),
      'nobody paged urgently'
    )
    const paged = [...(await textedTo(app, PEOPLE.seniorManager)), ...(await textedTo(app, PEOPLE.otherManager))]
    t.notOk(
      paged.some((m) => m.startsWith('URGENT')),
      'no URGENT text to any manager'
    )
  })
}
