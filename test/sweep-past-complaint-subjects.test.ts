// Alex's pay problem (E1) goes to Marcus; then Alex complains that Grace, Marcus's manager and E1's next rung,
// threatened her shifts over it (E2, to HR, away from Grace and Marcus). Marcus does not answer E1: the sweep never
// passes it to Grace, and she cannot act on it (a red team's probe: the sweep had read only E1's own list).
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const GRACE = 4

t.test('the sweep never passes a pay problem to the manager the open complaint is about', async (t) => {
  let now = new Date('2026-11-20T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  t.comment(
    replyText(await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week, missing 6 hours of overtime'))
  )
  now = new Date(now.getTime() + 60_000)
  t.comment(
    replyText(
      await deliverSms(app, PEOPLE.alex, 'also grace told me to stop asking about my check or she will cut my hours')
    )
  )
  for (let i = 0; i < 3; i++) {
    now = new Date(now.getTime() + 5 * 60 * 60 * 1000)
    await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  }
  const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
  t.comment(JSON.stringify(rows.map((e) => [e.code, e.reason, e.status, e.assigneeId, e.excludedPersonIds])))
  t.ok(
    rows.some((e) => e.reason === 'hr_sensitive' && e.excludedPersonIds?.includes(GRACE)),
    'the complaint is about Grace'
  )
  const toGrace = await textedTo(app, PEOPLE.seniorManager)
  t.comment(JSON.stringify(toGrace))
  t.notOk(
    rows.some((e) => e.assigneeId === GRACE),
    'Grace is assigned none of Alex’s pay problems'
  )
  t.same(toGrace, [], 'Grace is texted nothing of Alex’s')
  // And she can act on it: her answer reaches Alex.
  now = new Date(now.getTime() + 60_000)
  t.comment(replyText(await deliverSms(app, PEOPLE.seniorManager, 'E1 drop it', { path: '/escalate/reply' })))
  const toAlex = await textedTo(app, PEOPLE.alex, 'employee')
  t.comment(JSON.stringify(toAlex))
  t.notOk(
    toAlex.some((m) => m.startsWith('Grace Okafor:')),
    'no answer from Grace reaches Alex'
  )
})
