// HR has two people, Dana and Tom. A complaint about Marcus goes to Dana; the employee then adds that
// Tom (HR) was there and laughed. Tom is now someone the complaint is about: he must not be able to
// read the thread through the API, nor get it when the sweep moves it on.
import { and, asc, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages, people } from '../drizzle/schema.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const TOM = '+13125550106'

const CASES: Array<[string, string, string]> = [
  [
    'en',
    'Marcus keeps grabbing my waist in the walk-in, I want it to stop',
    'Tom Becker was there when it happened and just laughed at me'
  ],
  [
    'es',
    'Marcus me sigue agarrando de la cintura en el congelador, quiero que pare',
    'Tom Becker estaba ahí cuando pasó y se rió de mí'
  ]
]

for (const [lang, complaint, more] of CASES) {
  t.test(`(${lang}) HR named in a follow-up neither sees nor gets the complaint`, async (t) => {
    const start = Date.parse('2026-11-20T09:00:00Z')
    let now = new Date(start)
    const app = await build(t, { seed: true, now: () => now })
    await upsertPeople(app.db, [
      { phone: TOM, name: 'Tom Becker', role: 'hr', managerPhone: null, location: 'Head office', language: 'en' }
    ])
    const [tom] = await app.db.select().from(people).where(eq(people.phone, TOM))
    t.match(replyText(await deliverSms(app, PEOPLE.alex, complaint)), /Dana|Tom/, 'HR has it')
    const [first] = await app.db.select().from(escalations)
    t.not(first!.assigneeId, tom!.id, 'HR person not named yet: the first alert may go to Dana')
    now = new Date(start + 60_000)
    t.comment(replyText(await deliverSms(app, PEOPLE.alex, more)))
    const all = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    const tomToken = bearer(token({ role: 'hr', sub: String(tom!.id) }))
    for (const e of all) {
      const thread = await app.inject({ method: 'GET', url: `/escalate/${e.id}`, headers: tomToken })
      const names = thread.statusCode === 200 && /Tom Becker/.test(thread.body)
      t.notOk(names, `Tom cannot read ${e.code}, whose thread names him (status ${thread.statusCode})`)
    }
    for (const minutes of [31, 62, 93, 124]) {
      now = new Date(start + minutes * 60_000)
      await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
    }
    const toTom = await app.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, TOM)))
    t.same(
      toTom.map((m) => m.body),
      [],
      'Tom is never texted the complaint that names him'
    )
  })
}
