// A threat by the sender's own manager ("my shift lead said he is going to kill me if I report him", "el jefe de
// turno dijo que me va a matar si lo reporto") is an emergency that reaches someone, never the manager who made it
// (a red team's probe: the urgent page had gone to him).
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const [who, manager, managerId, text] of [
  ['alex', PEOPLE.manager, 2, 'my shift lead said he is going to kill me if I report him'],
  ['alex', PEOPLE.manager, 2, 'my manager keeps saying he is going to kill me if I go to HR'],
  ['alex', PEOPLE.manager, 2, 'Marcus said he is going to kill me if I tell anyone'],
  ['sofia', PEOPLE.otherManager, 3, 'el jefe de turno dijo que me va a matar si lo reporto'],
  ['sofia', PEOPLE.otherManager, 3, 'la jefa de turno dice que nos va a matar si la reportamos']
] as const) {
  t.test(`${who}: "${text}" reaches someone, never the manager who made the threat`, async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, PEOPLE[who], text))
    t.comment(reply)
    const rows = await app.db.select().from(escalations)
    t.comment(JSON.stringify(rows.map((e) => [e.code, e.reason, e.priority, e.assigneeId, e.excludedPersonIds])))
    t.ok(rows.length > 0 && rows[0]!.assigneeId !== null, 'someone has it')
    t.not(rows[0]?.assigneeId, managerId, 'not assigned to the manager the threat is from')
    const texted = await textedTo(app, manager)
    t.comment(JSON.stringify(texted))
    t.same(texted, [], 'the manager who made the threat is texted nothing')
  })
}
