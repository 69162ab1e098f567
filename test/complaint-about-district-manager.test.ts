// A complaint about "the district manager" / "my area manager" / "el gerente regional": in a store, that
// is the manager above the store manager (Grace, above Marcus). It goes to HR first; when HR does not
// acknowledge, the sweep must not walk it up to Grace.
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { textedTo } from './fixtures/outbox.ts'
import { build } from './helper.ts'

const GRACE = 4

for (const text of [
  'the district manager keeps texting me at night asking me out',
  'my area manager keeps making comments about my body when she visits the store',
  'the regional manager grabbed my waist when she visited on friday',
  'el gerente regional me sigue invitando a salir aunque le dije que no',
  'la gerente de zona me hace comentarios sobre mi cuerpo cuando viene a la tienda'
]) {
  t.test(`"${text}" never walks up to Grace`, async (t) => {
    const start = Date.parse('2026-11-20T09:00:00Z')
    let now = new Date(start)
    const app = await build(t, { seed: true, now: () => now })
    t.comment(replyText(await deliverSms(app, PEOPLE.alex, text)))
    for (const minutes of [31, 62, 93, 124]) {
      now = new Date(start + minutes * 60_000)
      await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
    }
    const all = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(
      all.map((e) => `${e.code} ${e.reason} assignee=${e.assigneeId} excluded=${e.excludedPersonIds}`).join('; ')
    )
    for (const e of all) t.not(e.assigneeId, GRACE, `${e.code} not with Grace`)
    t.same(await textedTo(app, PEOPLE.seniorManager), [], 'Grace is texted nothing')
  })
}
