// A child told lost in Spanish ("hay una niña perdida en la tienda", "hay un chamaco perdido", "se perdió un cipote")
// gets the 911 line and an urgent page, as "theres a lost kid" does (a red team's probe).
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const text of [
  'theres a lost kid, his mom is looking for him', // the English control: passes
  'hay un niño perdido, la mamá lo anda buscando',
  'hay una niña perdida en la tienda',
  'hay un chamaco perdido',
  'se perdió un cipote en la tienda, no lo encontramos'
]) {
  t.test(`Sofia: "${text}"`, async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, PEOPLE.sofia, text)) ?? ''
    t.comment(reply)
    const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(JSON.stringify(rows.map((e) => [e.reason, e.priority])))
    t.match(reply, /911/, 'the 911 line comes first')
    t.ok(
      rows.some((e) => e.priority === 'urgent'),
      'an urgent escalation is raised'
    )
    t.match((await textedTo(app, PEOPLE.otherManager, 'manager')).join(' '), /URGENT/, 'Priya is paged URGENT')
  })
}
