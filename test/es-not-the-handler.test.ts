// Spanish as English: "can I talk to someone?" then "not Priya, she's the problem" ("Priya no, ella es el problema",
// "no con Priya", "pero no Priya") is raised anew past Priya, never forwarded to her (a red team's probe). Sofia's
// manager is Priya.
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const PRIYA_PHONE = '+13125550102'

for (const [first, more] of [
  ['¿puedo hablar con alguien?', "not Priya, she's the problem"],
  ['¿puedo hablar con alguien?', 'Priya no, ella es el problema'],
  ['¿puedo hablar con alguien?', 'no con Priya, ella es el problema'],
  ['¿puedo hablar con alguien?', 'pero no Priya, ella es el problema'],
  ['¿puedo hablar con alguien?', 'que no sea Priya, ella es el problema']
]) {
  t.test(`Sofia: "${first}" then "${more}": the addition never reaches Priya`, async (t) => {
    const app = await build(t, { seed: true })
    t.comment(replyText(await deliverSms(app, PEOPLE.sofia, first)))
    const before = await textedTo(app, PRIYA_PHONE, 'manager')
    t.comment(replyText(await deliverSms(app, PEOPLE.sofia, more)))
    const after = await textedTo(app, PRIYA_PHONE, 'manager')
    const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(JSON.stringify(rows.map((e) => [e.code, e.reason, e.assigneeId, e.excludedPersonIds])))
    t.comment(JSON.stringify(after.slice(before.length)))
    t.same(after.slice(before.length), [], 'Priya is texted nothing more')
  })
}
