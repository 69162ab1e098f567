// Marcus, a manager, complains on the employee number about his own boss Grace; then about Grace and Dana (the only
// HR person) at once. Neither of them is texted or may see it, whatever the sweep does (a red team's probe).
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const GRACE = 4
const DANA = 1

for (const [text, subjects] of [
  ['Grace keeps screaming at me in front of my crew and says she will write me up if I go to HR', [GRACE]],
  ['my boss keeps screaming at me in front of my crew and says she will write me up if I go to HR', [GRACE]],
  ['Grace keeps screaming at me in front of my crew and Dana laughed it off when I told her', [GRACE, DANA]]
] as const) {
  t.test(`Marcus: "${text}"`, async (t) => {
    let now = new Date('2026-11-20T09:00:00Z')
    const app = await build(t, { seed: true, now: () => now })
    t.comment(replyText(await deliverSms(app, PEOPLE.manager, text)))
    for (let i = 0; i < 4; i++) {
      now = new Date(now.getTime() + 2 * 60 * 60 * 1000)
      await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
    }
    const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(
      JSON.stringify(rows.map((e) => [e.code, e.reason, e.assigneeId, e.excludedPersonIds, e.previousAssigneeIds]))
    )
    t.equal(rows.length, 1, 'raised')
    for (const id of subjects) {
      t.ok(rows[0]!.excludedPersonIds?.includes(id), `person ${id} is kept away`)
      t.notOk([rows[0]!.assigneeId, ...(rows[0]!.previousAssigneeIds ?? [])].includes(id), `never assigned to ${id}`)
      const seen = await app.inject({
        method: 'GET',
        url: '/escalate',
        headers: bearer(token({ role: id === DANA ? 'hr' : 'manager', sub: String(id) }))
      })
      t.equal(seen.statusCode, 200)
      t.same(seen.json().escalations, [], `person ${id} sees nothing`)
    }
    t.same(await textedTo(app, PEOPLE.seniorManager), [], 'Grace is texted nothing')
    if (subjects.length > 1) t.same(await textedTo(app, PEOPLE.hr), [], 'Dana is texted nothing')
  })
}
