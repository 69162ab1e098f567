// A manager's answer to a question the handbook did not answer becomes a suggested FAQ; once HR
// approves it, the next employee who asks gets it at once (cited as FAQ); rejected ones stay out.
import { count, desc, eq } from 'drizzle-orm'
import t from 'tap'
import { documents, escalations, interactions } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const hr = bearer(token({ role: 'hr', sub: '1' }))
const ask = async (app: App, phone: string, text: string) => replyText(await deliverSms(app, phone, text))!
const fromManager = (app: App, phone: string, body: string) => deliverSms(app, phone, body, { path: '/escalate/reply' })
const faqs = async (app: App, status?: string) =>
  (await app.inject({ method: 'GET', url: `/faq${status ? `?status=${status}` : ''}`, headers: hr })).json().faqs
const review = (app: App, id: number, action: 'approve' | 'reject', payload: object = {}) =>
  app.inject({ method: 'POST', url: `/faq/${id}/${action}`, headers: hr, payload })

/** Alex asks what the handbook does not say, sends it on with YES, and Marcus answers it. */
async function answeredByManager(app: App, question: string, answer: string): Promise<void> {
  t.match(await ask(app, PEOPLE.alex, question), /could not find that/)
  await ask(app, PEOPLE.alex, 'YES')
  const [escalation] = await app.db.select().from(escalations).orderBy(escalations.id).limit(1)
  await fromManager(app, PEOPLE.manager, `${escalation!.code} ${answer}`)
}

for (const kind of DATABASE_KINDS) {
  t.test(
    `a manager's answer becomes a suggested FAQ, answers once approved, and not once rejected (${kind})`,
    async (t) => {
      const app = await build(t, { kind, seed: true })
      await answeredByManager(app, 'is there a gym discount', 'Yes: 20% off at FitLife, show your badge at the desk.')

      const [suggested] = await faqs(app, 'suggested')
      t.match(suggested, {
        status: 'suggested',
        question: 'is there a gym discount',
        answer: 'Yes: 20% off at FitLife, show your badge at the desk.',
        location: 'Downtown',
        answeredBy: { name: 'Marcus Lee' },
        source: null
      })
      t.match(
        await ask(app, PEOPLE.jordan, 'do we get a gym discount?'),
        /could not find that/,
        'a suggestion never answers'
      )

      const approved = await review(app, suggested.id, 'approve')
      t.equal(approved.statusCode, 200)
      t.match(approved.json(), { status: 'approved', source: `faq:${suggested.id}` })
      const reply = await ask(app, PEOPLE.jordan, 'do we get a gym discount?')
      t.match(reply, /20% off at FitLife/, 'the next employee gets the manager’s answer')
      t.match(reply, /\(Source: FAQ\)$/)
      const [last] = await app.db.select().from(interactions).orderBy(desc(interactions.id)).limit(1)
      t.equal(last!.sources[0]!.source, `faq:${suggested.id}`, 'recorded as answered from the FAQ')
      t.match(
        await ask(app, PEOPLE.sofia, 'is there a gym discount'),
        /could not find|no encontr/i,
        'another location: not yet'
      )

      const documentsBefore = (await app.db.select({ n: count() }).from(documents))[0]!.n
      t.match(
        (await review(app, suggested.id, 'approve')).json(),
        { status: 'approved' },
        'approving again is idempotent'
      )
      t.equal((await app.db.select({ n: count() }).from(documents))[0]!.n, documentsBefore)
      t.match((await review(app, suggested.id, 'approve', { allLocations: true })).json(), { location: null })
      t.notMatch(await ask(app, PEOPLE.sam, 'is there a gym discount'), /could not find/, 'every location once widened')

      t.match((await review(app, suggested.id, 'reject')).json(), { status: 'rejected', source: null })
      t.match(
        await ask(app, PEOPLE.jordan, 'any gym discount for staff?'),
        /could not find that/,
        'rejected: out again'
      )
      t.equal(
        (
          await app.db
            .select({ n: count() })
            .from(documents)
            .where(eq(documents.source, `faq:${suggested.id}`))
        )[0]!.n,
        0
      )
    }
  )
}

t.test('HR edits the question and answer when approving', async (t) => {
  const app = await build(t, { seed: true })
  await answeredByManager(app, 'can i bring my dog to work', 'no dogs sorry, only service animals')
  const [suggested] = await faqs(app)
  const edited = await review(app, suggested.id, 'approve', {
    question: 'Can I bring my dog to work?',
    answer: 'Only service animals are allowed in the store.'
  })
  t.match(edited.json(), {
    question: 'Can I bring my dog to work?',
    answer: 'Only service animals are allowed in the store.'
  })
  t.match(await ask(app, PEOPLE.jordan, 'can i bring my dog in'), /^Only service animals are allowed in the store\./)
})

t.test('only HR and ops review FAQs; bad ids and bodies are clear errors', async (t) => {
  const app = await build(t, { seed: true })
  const manager = bearer(token({ role: 'manager', sub: '2' }))
  t.equal((await app.inject({ method: 'GET', url: '/faq', headers: manager })).statusCode, 403)
  t.equal((await app.inject({ method: 'POST', url: '/faq/1/approve', headers: manager, payload: {} })).statusCode, 403)
  t.equal((await app.inject({ method: 'GET', url: '/faq' })).statusCode, 401)
  t.equal((await app.inject({ method: 'GET', url: '/faq', headers: bearer(token()) })).statusCode, 200)
  t.equal((await review(app, 99, 'approve')).statusCode, 404)
  t.equal((await app.inject({ method: 'GET', url: '/faq?status=maybe', headers: hr })).statusCode, 400)
  t.equal((await review(app, 1, 'approve', { answer: '' })).statusCode, 400)
})

t.test('a disputed answer and a question asked of a person are suggested too; a report is not', async (t) => {
  const app = await build(t, { seed: true })
  await ask(app, PEOPLE.alex, 'when is payday?')
  await ask(app, PEOPLE.alex, 'WRONG')
  await ask(app, PEOPLE.jordan, 'my paycheck is short this week')
  const codes = (await app.db.select().from(escalations).orderBy(escalations.id)).map((e) => e.code)
  for (const code of codes) await fromManager(app, PEOPLE.manager, `${code} Payday is every other Friday.`)
  const suggested = await faqs(app, 'suggested')
  t.same(
    suggested.map((f: { question: string }) => f.question),
    ['when is payday?'],
    'the disputed question, not the report'
  )
})
