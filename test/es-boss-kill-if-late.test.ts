// "el jefe me va a matar si llego tarde" is said of every boss: no 911 line and no urgent page, as in English (a red
// team's probe).
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const text of [
  'el jefe me va a matar si llego tarde',
  'el gerente me va a matar si no llego a tiempo',
  'el encargado me va a matar si llego tarde'
]) {
  t.test(`Sofia: "${text}"`, async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, PEOPLE.sofia, text)) ?? ''
    t.comment(reply)
    const rows = await app.db.select().from(escalations)
    t.comment(JSON.stringify(rows.map((e) => [e.reason, e.priority, e.assigneeId])))
    t.notMatch(reply, /911/, 'no 911 line for being late')
    t.notOk(
      rows.some((e) => e.priority === 'urgent'),
      'nobody is paged URGENT'
    )
  })
}
