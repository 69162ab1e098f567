// A complaint about "my manager" made while that manager is deactivated (on leave, suspended) still keeps him away
// once he is back: his own later requests for a person never reach him.
import { and, asc, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const MARCUS = 2

t.test(
  'a complaint about "my manager" made while he was deactivated still keeps him away once he is back',
  async (t) => {
    const app = await build(t, { seed: true })
    const ops = bearer(token())
    t.equal((await app.inject({ method: 'POST', url: `/people/${MARCUS}/deactivate`, headers: ops })).statusCode, 200)
    t.match(
      replyText(await deliverSms(app, PEOPLE.alex, 'my manager keeps grabbing me and making comments about my body')),
      /Dana/,
      'HR has the complaint'
    )
    const [complaint] = await app.db.select().from(escalations)
    t.equal(complaint!.reason, 'hr_sensitive')
    t.ok(complaint!.excludedPersonIds?.includes(MARCUS), 'Marcus, the manager it is about, is kept away')

    t.equal((await app.inject({ method: 'POST', url: `/people/${MARCUS}/reactivate`, headers: ops })).statusCode, 200)
    const reply = replyText(await deliverSms(app, PEOPLE.alex, 'can someone call me about my schedule'))
    t.notMatch(reply, /Marcus/, 'while the complaint about him is open, a request for a person goes past him')
    const toMarcus = await app.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, PEOPLE.manager)))
      .orderBy(asc(messages.id))
    t.same(
      toMarcus.map((m) => m.body),
      [],
      'Marcus is texted nothing'
    )
  }
)

// And the same texts with Marcus active all along keep him away.
t.test('with Marcus active all along, the same request goes past him', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'my manager keeps grabbing me and making comments about my body')
  const reply = replyText(await deliverSms(app, PEOPLE.alex, 'can someone call me about my schedule'))
  t.notMatch(reply, /Marcus/)
})
