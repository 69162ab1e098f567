// A first emergency (a cut) is answered by Marcus ("on my way"): it stays "answered" for a day. A new,
// different emergency later that speaks of "he" (Jordan collapsed, not breathing) is a new emergency: it
// must be raised as its own urgent escalation (with its reminders, ladder and on-call fallback), not
// only forwarded as more on the cut to a manager who already answered it.
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const CASES: Array<[string, string]> = [
  [
    'I cut my hand badly on the slicer, there is a lot of blood',
    'jordan just collapsed in the freezer and he is not breathing'
  ],
  ['me corté la mano con la rebanadora, hay mucha sangre', 'sofia se desmayó en el congelador y ella no respira']
]

for (const [first, second] of CASES) {
  t.test(`"${second}" after an answered emergency is a new urgent escalation`, async (t) => {
    let now = new Date('2026-11-20T09:00:00Z')
    const app = await build(t, { seed: true, now: () => now })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, first)), /911/)
    const [e1] = await app.db.select().from(escalations)
    await deliverSms(app, PEOPLE.manager, `${e1!.code} on my way, keep pressure on it`, { path: '/escalate/reply' })
    now = new Date('2026-11-20T09:40:00Z')
    const reply = replyText(await deliverSms(app, PEOPLE.alex, second))
    t.comment(reply)
    t.match(reply, /911/, 'the 911 line')
    const all = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(all.map((e) => `${e.code} ${e.reason} ${e.status}`).join('; '))
    t.equal(all.length, 2, 'a second escalation is raised for the new emergency')
    t.match(all[1], { reason: 'safety', priority: 'urgent', status: 'open' })
  })
}
