// News asked to be passed on ("can someone tell marcus ill be 20 min late") reaches the manager as the call-out it
// is, whatever comes before it ("my phone is about to die"); asking to be told something is no news.
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const [from, text, manager] of [
  [PEOPLE.alex, 'my phone is about to die, can someone tell marcus ill be 20 min late', PEOPLE.manager],
  [PEOPLE.sofia, 'se me acaba la pila, avisenle a mi jefa que no voy a poder ir hoy', PEOPLE.otherManager]
] as const) {
  t.test(`"${text}" reaches the manager`, async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, from, text)
    const [raised] = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.equal(raised?.reason, 'attendance')
    t.equal((await textedTo(app, manager)).length, 1, 'the manager is texted it')
  })
}

t.test('"can you tell me how many sick days i have" is a question, answered', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'can you tell me how many sick days i have')
  t.same(await app.db.select().from(escalations), [])
})
