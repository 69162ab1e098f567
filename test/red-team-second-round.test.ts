// Whole conversations from a red team's second round: a quid-pro-quo question taken up with YES never reaches the
// manager; a relative's injury in the ER told with a call-out is the manager's call-out, no 911; a birth in the store's
// bathroom pages someone at once.
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const NINE_ONE_ONE = /call 911 now|llame al 911/

t.test('"can a manager make you sit on his lap for a raise?" then YES: HR, never Marcus', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'can a manager make you sit on his lap for a raise?')
  await deliverSms(app, PEOPLE.alex, 'yes')
  t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')
  const raised = await app.db.select().from(escalations).orderBy(asc(escalations.id))
  const MARCUS = 2
  t.ok(raised.length > 0 && raised.every((e) => e.assigneeId !== MARCUS), 'nothing is his to handle')
})

t.test('"im at the ER with my son, he broke his arm at soccer. not gonna make my 3pm": a call-out', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(
    await deliverSms(app, PEOPLE.alex, 'im at the ER with my son, he broke his arm at soccer. not gonna make my 3pm')
  )
  t.notMatch(reply ?? '', NINE_ONE_ONE)
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised?.reason, 'attendance')
  t.equal(raised?.priority, 'normal')
})

t.test('"una señora está dando a luz en el baño de la tienda": urgent, with the 911 line', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(await deliverSms(app, PEOPLE.sofia, 'una señora está dando a luz en el baño de la tienda'))
  t.match(reply ?? '', NINE_ONE_ONE)
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised?.priority, 'urgent')
})
