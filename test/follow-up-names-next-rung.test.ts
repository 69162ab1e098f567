// A complaint about Marcus goes to Dana (HR). A follow-up on that open complaint names Grace (Marcus's
// manager, the next rung of the HR ladder) as part of the problem. Grace must never get it: not
// texted by the sweep when Dana does not acknowledge, not able to see or close it.
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { textedTo } from './fixtures/outbox.ts'
import { build } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>
const GRACE_ID = 4

const toManagerNumberOf = (app: App, phone: string) => textedTo(app, phone, 'manager')

const CASES: Array<[string, string, string]> = [
  [
    'en',
    'Marcus keeps making comments about my body and touching my back',
    'and Grace Okafor knows all about it, she told me to keep quiet or lose my shifts'
  ],
  [
    'es',
    'Marcus me sigue haciendo comentarios sobre mi cuerpo y me toca la espalda',
    'y Grace Okafor ya sabe todo, me dijo que me callara o me quita los turnos'
  ]
]

for (const [lang, complaint, more] of CASES) {
  t.test(`(${lang}) a follow-up naming Grace never walks up the ladder to Grace`, async (t) => {
    const start = Date.parse('2026-11-20T09:00:00Z')
    let now = new Date(start)
    const app = await build(t, { seed: true, now: () => now })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, complaint)), /Dana/, 'HR has the complaint')
    now = new Date(start + 60_000)
    const fwd = replyText(await deliverSms(app, PEOPLE.alex, more))
    t.comment(`follow-up reply: ${fwd}`)
    const all = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(
      all.map((e) => `${e.code} ${e.reason} assignee=${e.assigneeId} excluded=${e.excludedPersonIds}`).join('; ')
    )
    // Dana never acknowledges: the sweep reminds, then moves it up.
    for (const minutes of [31, 62, 93, 124, 155]) {
      now = new Date(start + minutes * 60_000)
      await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
    }
    const after = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(
      after.map((e) => `${e.code} ${e.reason} assignee=${e.assigneeId} excluded=${e.excludedPersonIds}`).join('; ')
    )
    t.same(
      await toManagerNumberOf(app, PEOPLE.seniorManager),
      [],
      'Grace is never texted about the complaint that names her'
    )
    for (const e of after) t.not(e.assigneeId, GRACE_ID, `${e.code} is not with Grace`)
    const graceToken = bearer(token({ role: 'manager', sub: String(GRACE_ID) }))
    for (const e of after) {
      const seen = await app.inject({ method: 'GET', url: `/escalate/${e.id}`, headers: graceToken })
      t.equal(seen.statusCode, 404, `Grace cannot read ${e.code} (its thread names her)`)
    }
  })
}
