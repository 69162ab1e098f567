// HR holds Alex's complaint about Jordan (E1) and, raised after it, Jordan's own HR request (E2). Alex adds more to
// E1, which is forwarded to Dana; Dana answers without a code. The answer goes to the matter she was texted last (E1),
// never to Jordan, whom the complaint is about (a red team's probe: it had gone to the latest raised).
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test("HR's code-less answer to a complaint never reaches the coworker it is about", async (t) => {
  let now = new Date('2026-11-20T09:00:00Z')
  const tick = () => {
    now = new Date(now.getTime() + 60_000)
  }
  const app = await build(t, { seed: true, now: () => now })
  const complaint = 'Jordan keeps touching me and making comments about my body, I want it to stop'
  t.comment(replyText(await deliverSms(app, PEOPLE.alex, complaint)))
  tick()
  t.comment(replyText(await deliverSms(app, PEOPLE.jordan, 'HR')))
  tick()
  t.comment(replyText(await deliverSms(app, PEOPLE.alex, 'he did it again just now in the walk in cooler')))
  const rows = await app.db.select().from(escalations).orderBy(asc(escalations.id))
  t.comment(JSON.stringify(rows.map((e) => [e.code, e.employeeId, e.reason, e.assigneeId, e.excludedPersonIds])))
  const toDana = await textedTo(app, PEOPLE.hr, 'manager')
  t.comment(JSON.stringify(toDana))
  t.match(toDana.at(-1), /Alex Rivera: "he did it again/, "Dana's last text is Alex's follow-up")
  tick()
  const confirmation = replyText(
    await deliverSms(app, PEOPLE.hr, "I'm so sorry. I'm coming to the store today to speak with Jordan about it.", {
      path: '/escalate/reply'
    })
  )
  t.comment(confirmation)
  const toJordan = await textedTo(app, PEOPLE.jordan, 'employee')
  t.comment(JSON.stringify(toJordan))
  t.notOk(
    toJordan.some((m) => /speak with Jordan/.test(m)),
    'Jordan (the subject of the complaint) is never texted HR’s answer to it'
  )
})
