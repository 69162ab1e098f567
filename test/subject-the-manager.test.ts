// A crew speaks of its own manager as "the manager" / "the store manager" / "the shift manager" as
// often as "my manager". A declined question about that person, taken up with YES, must never go to
// Alex's own manager, Marcus, nor show among Marcus's knowledge gaps.
import { and, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const MARCUS = 2

for (const question of [
  'is the manager allowed to read my medical file?',
  'is the store manager allowed to read my medical file?',
  'can the shift manager look at my medical file?'
]) {
  t.test(`"${question}" then YES: never to Marcus`, async (t) => {
    const app = await build(t, { seed: true })
    const first = replyText(await deliverSms(app, PEOPLE.alex, question))
    t.comment(first)
    const gaps = await app.inject({
      method: 'GET',
      url: '/insights',
      headers: bearer(token({ role: 'manager', sub: String(MARCUS) }))
    })
    t.notMatch(JSON.stringify(gaps.json().unanswered), /medical/, 'Marcus does not see it among his gaps')
    const reply = replyText(await deliverSms(app, PEOPLE.alex, 'YES'))
    t.comment(reply)
    const [e] = await app.db.select().from(escalations)
    t.not(e?.assigneeId, MARCUS, 'not assigned to Marcus')
    const toMarcus = await app.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, PEOPLE.manager)))
    t.same(
      toMarcus.map((m) => m.body),
      [],
      'Marcus is texted nothing'
    )
  })
}
