import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { textedTo } from './fixtures/outbox.ts'
import { build } from './helper.ts'

const MARCUS = 2

for (const title of ['kitchen manager', 'assistant manager', 'general manager', 'warehouse supervisor']) {
  const question = `is my ${title} allowed to read my medical file?`
  t.test(`"${question}" then YES: never to Marcus, Alex's manager`, async (t) => {
    const app = await build(t, { seed: true })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, question)), /could not find/, 'declined')
    const gaps = await app.inject({
      method: 'GET',
      url: '/insights',
      headers: bearer(token({ role: 'manager', sub: String(MARCUS) }))
    })
    t.notMatch(JSON.stringify(gaps.json().unanswered), /medical file/, 'Marcus does not see it among his gaps')
    const reply = replyText(await deliverSms(app, PEOPLE.alex, 'YES'))
    t.notMatch(reply, /Marcus/, 'the employee is not told Marcus has it')
    const [e] = await app.db.select().from(escalations)
    t.not(e!.assigneeId, MARCUS, 'not assigned to Marcus')
    t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')
  })
}

t.test('"is my manager allowed to read my medical file?" then YES goes past Marcus', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'is my manager allowed to read my medical file?')
  t.notMatch(replyText(await deliverSms(app, PEOPLE.alex, 'YES')), /Marcus/)
})
