import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { textedTo } from './fixtures/outbox.ts'
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
    t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')
  })
}
