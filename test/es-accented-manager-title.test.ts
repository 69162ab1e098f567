// "mi líder", written with its accent as phones write it, is the sender's own manager: a pay problem or a question
// taken to a person that speaks of him goes past him (a red team's probe: only "lider" had been read).
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const PRIYA = 3

for (const text of [
  'me pagaron de menos otra vez y mi lider dice que ya lo arreglo pero sigue igual',
  'me pagaron de menos otra vez y mi líder dice que ya lo arregló pero sigue igual',
  'my check is short again and my lead keeps saying she will fix it'
]) {
  t.test(`Sofia: "${text}" never goes to Priya`, async (t) => {
    const app = await build(t, { seed: true })
    t.comment(replyText(await deliverSms(app, PEOPLE.sofia, text)))
    const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(JSON.stringify(rows.map((e) => [e.code, e.reason, e.assigneeId, e.excludedPersonIds])))
    t.ok(rows.length > 0, 'a person has it')
    t.not(rows[0]?.assigneeId, PRIYA, 'not assigned to Priya, the manager it speaks of')
    t.same(await textedTo(app, '+13125550102'), [], 'Priya is texted nothing')
  })
}

// The same for a question taken to a person with SI (README: "nor to the direct manager when it speaks of 'my manager'").
for (const question of ['¿mi lider puede ver mi expediente medico?', '¿mi líder puede ver mi expediente médico?']) {
  t.test(`Sofia: "${question}" then SI never goes to Priya`, async (t) => {
    const app = await build(t, { seed: true })
    t.comment(replyText(await deliverSms(app, PEOPLE.sofia, question)))
    t.comment(replyText(await deliverSms(app, PEOPLE.sofia, 'SI')))
    const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(JSON.stringify(rows.map((e) => [e.code, e.reason, e.assigneeId, e.excludedPersonIds])))
    t.not(rows[0]?.assigneeId, PRIYA, 'not assigned to Priya, the manager it asks about')
    t.same(await textedTo(app, '+13125550102'), [], 'Priya is texted nothing')
  })
}
