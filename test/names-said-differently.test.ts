// A complaint reaches nobody it is about however the sender names them: a name misspelt ("dayna" for Dana), clipped
// ("marc", "la pri"), a title's letters ("the DM"), or told in a later text ("it was marcus"). Alex's manager is
// Marcus, Marcus's is Grace; Sofia's is Priya; Dana is HR.
import { asc, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, people } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { clock, sweepFor } from './fixtures/sweep-clock.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const say = async (app: App, from: string, text: string) => replyText(await deliverSms(app, from, text))

const NEVER_TOLD: Array<{ from: string; texts: string[]; subject: string; why: string }> = [
  {
    from: PEOPLE.alex,
    texts: ['dayna keeps staring at my chest every time i go in the office'],
    subject: PEOPLE.hr,
    why: 'a short name misspelt'
  },
  {
    from: PEOPLE.alex,
    texts: ['marc took the tip jar money again tonight and said its for the store'],
    subject: PEOPLE.manager,
    why: 'a name clipped'
  },
  {
    from: PEOPLE.sofia,
    texts: ['la pri nos cerro el baño y dice que solo en el break podemos ir'],
    subject: PEOPLE.otherManager,
    why: 'a nickname after the article'
  },
  {
    from: PEOPLE.alex,
    texts: ['the DM keeps texting me asking me to come over after close'],
    subject: PEOPLE.seniorManager,
    why: "the manager's manager by the letters of the title"
  },
  {
    from: PEOPLE.alex,
    texts: [
      'can someone call me today',
      'its about what happened at close with mr lee, i dont want to work alone with him again'
    ],
    subject: PEOPLE.manager,
    why: 'a later text that fears "him", the one person it names'
  }
]

for (const { from, texts, subject, why } of NEVER_TOLD) {
  t.test(`${why}: "${texts.at(-1)}" never reaches whom it is about`, async (t) => {
    const c = clock()
    const app = await build(t, { seed: true, now: c.now })
    const before: string[] = []
    for (const [i, text] of texts.entries()) {
      if (i === texts.length - 1) before.push(...(await textedTo(app, subject)))
      await say(app, from, text)
    }
    await sweepFor(app, c, 10)
    const after = await textedTo(app, subject)
    t.same(after.slice(before.length), [], 'texted nothing about it, not even by the sweep')
  })
}

t.test('once a later text says who it was, the manager who held the request cannot act on it', async (t) => {
  const app = await build(t, { seed: true })
  await say(app, PEOPLE.alex, 'i need to talk to someone about something that happened at close last night')
  await say(app, PEOPLE.alex, 'it was marcus')
  await deliverSms(app, PEOPLE.manager, 'E1 come find me before your shift and we will talk about it', {
    path: '/escalate/reply'
  })
  const relayed = (await textedTo(app, PEOPLE.alex)).filter((b) => b.startsWith('Marcus Lee:'))
  t.same(relayed, [], "Marcus's answer is not relayed")
  const [first, second] = await app.db.select().from(escalations).orderBy(asc(escalations.id))
  t.equal(first!.status, 'closed', 'the request he held is taken from him')
  t.ok(first!.excludedPersonIds?.includes(2))
  t.ok(second!.excludedPersonIds?.includes(2), 'and kept off what carries it on')
  t.match(second!.originalText, /happened at close[\s\S]*it was marcus/, 'with the words of both texts')
})

t.test('a manager who screams in the face and slams a fist is a complaint for HR', async (t) => {
  const app = await build(t, { seed: true })
  await say(app, PEOPLE.alex, 'marcus slammed his fist on the counter and screamed in my face in front of customers')
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised?.reason, 'hr_sensitive')
  t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')
})

t.test("a question about a manager by a clipped name stays out of that manager's insights", async (t) => {
  const app = await build(t, { seed: true })
  const text = 'can marc make me stay late to count his drawer without clocking in?'
  await say(app, PEOPLE.alex, text)
  const [marcus] = await app.db.select().from(people).where(eq(people.phone, PEOPLE.manager))
  const res = await app.inject({
    method: 'GET',
    url: '/insights?days=7',
    headers: bearer(token({ role: 'manager', sub: String(marcus!.id) }))
  })
  t.equal(res.statusCode, 200)
  const shown = res.json().unanswered.flatMap((g: { examples: string[] }) => g.examples)
  t.notOk(shown.includes(text))
})
