// A past blow by the sender's own lead ("my shift lead hit me last week and nobody did anything", "el jefe de turno me
// pegó la semana pasada") is a complaint: once HR closes it, "can I talk to someone? it happened again" never reaches
// the lead it was about (a red team's probe: it had been read as a pay problem, and nothing remembered it).
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const [who, managerPhone, complaint, more] of [
  [
    'alex',
    PEOPLE.manager,
    'my shift lead hit me last week and nobody did anything',
    'can I talk to someone? it happened again'
  ],
  [
    'sofia',
    PEOPLE.otherManager,
    'el jefe de turno me pegó la semana pasada y nadie hizo nada',
    '¿puedo hablar con alguien? pasó otra vez'
  ]
] as const) {
  t.test(`${who}: "${complaint}", closed, then "${more}" never reaches the lead`, async (t) => {
    let now = new Date('2026-11-20T09:00:00Z')
    const app = await build(t, { seed: true, now: () => now })
    const tick = () => {
      now = new Date(now.getTime() + 60 * 60_000)
    }
    t.comment(replyText(await deliverSms(app, PEOPLE[who], complaint)))
    const [first] = await app.db.select().from(escalations)
    t.comment(JSON.stringify([first!.reason, first!.assigneeId, first!.excludedPersonIds]))
    const handler = first!.assigneeId === 1 ? PEOPLE.hr : PEOPLE.seniorManager
    tick()
    t.comment(
      replyText(await deliverSms(app, handler, `${first!.code} I will look into it`, { path: '/escalate/reply' }))
    )
    t.comment(replyText(await deliverSms(app, handler, `CLOSE ${first!.code}`, { path: '/escalate/reply' })))
    tick()
    t.comment(replyText(await deliverSms(app, PEOPLE[who], more)))
    const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(JSON.stringify(rows.map((e) => [e.code, e.reason, e.status, e.assigneeId, e.excludedPersonIds])))
    const texted = await textedTo(app, managerPhone)
    t.comment(JSON.stringify(texted))
    t.same(texted, [], 'the lead the complaint is about is texted nothing')
  })
}
