// GET /insights: what the handbook did not answer, grouped and masked; pages, outcomes, escalation
// times and FAQs; HR and ops see everyone, a manager only the people below them.
import t from 'tap'
import { groupQuestions } from '../app/insights/group-questions.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { build, DATABASE_KINDS } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const insights = async (app: App, headers: Record<string, string>, query = '') =>
  app.inject({ method: 'GET', url: `/insights${query}`, headers })
const hr = bearer(token({ role: 'hr', sub: '1' }))

for (const kind of DATABASE_KINDS) {
  t.test(`declined and disputed questions grouped with counts, masked; the rest counted (${kind})`, async (t) => {
    let now = new Date('2026-11-01T09:00:00Z')
    const app = await build(t, { kind, seed: true, now: () => now })
    await deliverSms(app, PEOPLE.alex, 'do we get a bonus at the end of the year') // asked long ago
    now = new Date('2026-11-20T09:00:00Z')
    await deliverSms(app, PEOPLE.alex, 'is there a gym discount')
    await deliverSms(app, PEOPLE.jordan, 'do we get a discount at the gym?')
    await deliverSms(app, PEOPLE.sofia, 'gym discount for staff? text me at 312-555-0144')
    await deliverSms(app, PEOPLE.sam, 'can i bring my dog to work')
    await deliverSms(app, PEOPLE.jordan, 'when is payday?')
    await deliverSms(app, PEOPLE.jordan, 'WRONG')
    await deliverSms(app, PEOPLE.alex, 'how much PTO do I get?')
    await deliverSms(app, PEOPLE.sam, 'I cut my hand on the slicer')
    now = new Date('2026-11-20T10:00:00Z')

    const res = await insights(app, hr, '?days=7')
    t.equal(res.statusCode, 200)
    const body = res.json()
    t.match(body.window, { days: 7, location: null })
    const [gym, ...others] = body.unanswered
    t.match(gym, { count: 3, lastAsked: '2026-11-20T09:00:00.000Z' })
    t.ok(gym.examples.some((e: string) => /gym discount for staff\? text me at/.test(e)))
    t.notMatch(JSON.stringify(body), /312-555-0144|3125550144/, 'no phone number in the insights')
    t.ok(
      others.some((g: { examples: string[] }) => g.examples.includes('can i bring my dog to work')),
      'another question, another group'
    )
    t.ok(
      others.some((g: { examples: string[] }) => g.examples.includes('when is payday?')),
      'a disputed answer counts as unanswered'
    )
    t.notOk(JSON.stringify(body.unanswered).includes('bonus'), 'outside the window')
    t.ok(
      body.topics.some((p: { title: string }) => /Paid time off/.test(p.title)),
      'the pages asked about'
    )
    t.match(Object.fromEntries(body.outcomes.map((o: { mode: string; count: number }) => [o.mode, o.count])), {
      no_answer: 4,
      escalated: 1,
      feedback_negative: 1
    })
    t.match(body.escalations, [
      { priority: 'urgent', count: 1, open: 1 },
      { priority: 'normal', count: 1 }
    ])
    t.match(body.faqs, { suggested: 0, approved: 0, rejected: 0, answersFromFaq: 0 })

    const riverside = (await insights(app, hr, '?location=Riverside')).json()
    t.equal(riverside.unanswered[0].count, 1, 'only Riverside’s people')
    t.equal(riverside.window.location, 'Riverside')
  })
}

for (const kind of DATABASE_KINDS) {
  t.test(`nobody sees a question about themselves; managers see no HR-sensitive one (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    await deliverSms(app, PEOPLE.alex, 'who do I report Marcus to for sexual comments?')
    await deliverSms(app, PEOPLE.jordan, 'is my manager allowed to read my medical file?')
    await deliverSms(app, PEOPLE.sam, 'can Ms Whitfield see my medical file?')
    await deliverSms(app, PEOPLE.sofia, 'is there a gym discount')
    const examples = async (who: Record<string, string>) =>
      (await insights(app, who))
        .json()
        .unanswered.flatMap((g: { examples: string[] }) => g.examples)
        .join(' | ')
    const everything = await examples(bearer(token()))
    for (const question of ['report Marcus', 'my manager', 'Ms Whitfield', 'gym']) t.match(everything, question)
    const marcus = await examples(bearer(token({ role: 'manager', sub: '2' })))
    t.notMatch(marcus, /Marcus|sexual|my manager/, 'Marcus: nothing about him from his team of two')
    t.match(await examples(bearer(token({ role: 'manager', sub: '4' }))), /my manager/, 'Grace: about Marcus, not her')
    const dana = await examples(hr)
    t.notMatch(dana, /Whitfield/, 'Dana: not the question naming her')
    t.match(dana, /report Marcus/, 'but the HR question about Marcus')
  })
}

t.test('a manager sees only the people below them; roles and bad queries are clear errors', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'is there a gym discount')
  await deliverSms(app, PEOPLE.sofia, 'can i bring my dog to work')
  const seen = async (sub: string) =>
    (await insights(app, bearer(token({ role: 'manager', sub }))))
      .json()
      .unanswered.flatMap((g: { examples: string[] }) => g.examples)
  t.same(await seen('2'), ['is there a gym discount'], 'Marcus: Alex, not Sofia')
  t.same(await seen('3'), ['can i bring my dog to work'], 'Priya: Sofia, not Alex')
  t.same((await seen('4')).sort(), ['can i bring my dog to work', 'is there a gym discount'], 'Grace: both teams')
  t.equal((await insights(app, {})).statusCode, 401)
  t.equal((await insights(app, bearer(token()))).statusCode, 200, 'ops')
  t.equal((await insights(app, hr, '?days=0')).statusCode, 400)
  t.equal((await insights(app, hr, '?days=many')).statusCode, 400)
})

t.test('grouping questions by the words they share', async (t) => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 9, minutes))
  const groups = groupQuestions([
    { text: 'is there a gym discount', at: at(1) },
    { text: 'any discount at the gym?', at: at(2) },
    { text: 'can I park in the staff garage', at: at(3) },
    { text: 'where is staff parking? garage full', at: at(4) },
    { text: 'do we get a christmas bonus', at: at(5) }
  ])
  t.same(
    groups.map((g) => g.count),
    [2, 2, 1]
  )
  t.same(groups[0]!.examples, ['where is staff parking? garage full', 'can I park in the staff garage'], 'newest first')
  t.same(groupQuestions([]), [])
})
