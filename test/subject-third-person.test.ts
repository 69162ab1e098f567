import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { textedTo } from './fixtures/outbox.ts'
import { build } from './helper.ts'

const ID = { alex: 5, marcus: 2 }

for (const text of [
  'Alex says Marcus keeps texting her at night asking her out',
  'Alex reports her manager keeps asking her out'
]) {
  t.test(`ops raising "manual": "${text}": Marcus never has it`, async (t) => {
    const app = await build(t, { seed: true })
    const res = await app.inject({
      method: 'POST',
      url: '/escalate',
      headers: bearer(token()),
      payload: { employeeId: ID.alex, reason: 'manual', text }
    })
    t.equal(res.statusCode, 201)
    const [e] = await app.db.select().from(escalations)
    t.not(e!.assigneeId, ID.marcus, 'not assigned to Marcus')
    t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')
    const list = await app.inject({
      method: 'GET',
      url: '/escalate',
      headers: bearer(token({ role: 'manager', sub: String(ID.marcus) }))
    })
    t.same(list.json().escalations, [], 'GET /escalate shows Marcus nothing')
    const close = replyText(await deliverSms(app, PEOPLE.manager, `CLOSE ${e!.code}`, { path: '/escalate/reply' }))
    t.match(close, /There is no escalation/, 'nor can he close it')
  })
}
