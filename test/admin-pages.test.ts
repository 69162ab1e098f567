// The admin pages enforce the API's own rules: a manager sees only escalations on his ladder and
// never one about himself (404 as on /escalate), every page that shows an escalation is recorded,
// answers are relayed as an SMS answer is, gaps answered once answer the next employee, and the
// handbook, FAQ and people pages act through the data API's functions.
import { desc, eq } from 'drizzle-orm'
import t from 'tap'
import { adminViews, escalations, messages, people } from '../drizzle/schema.ts'
import { get, pageText, postFiles, postForm, signIn } from './fixtures/admin.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>
const ask = async (app: App, phone: string, text: string) => replyText(await deliverSms(app, phone, text))!

async function idOf(app: App, phone: string): Promise<number> {
  const [row] = await app.db.select({ id: people.id }).from(people).where(eq(people.phone, phone))
  return row!.id
}

t.test("a manager sees his people's escalations, not another manager's nor a complaint about himself", async (t) => {
  const app = await build(t, { seed: true })
  await ask(app, PEOPLE.alex, 'my paycheck is short this week') // Alex → Marcus
  await ask(app, PEOPLE.sofia, 'my paycheck is short this week') // Sofia → Priya
  await ask(app, PEOPLE.jordan, 'my manager Marcus keeps making comments about my body') // about Marcus
  const all = await app.db.select().from(escalations).orderBy(escalations.id)
  t.equal(all.length, 3)
  const [mine, priyas, complaint] = all

  const marcus = await signIn(app, PEOPLE.manager)
  const board = await get(app, marcus, '/admin/escalations')
  t.equal(board.statusCode, 200)
  const text = pageText(board.body)
  t.match(text, mine!.code)
  t.match(text, 'Alex Rivera')
  t.notMatch(text, 'Sofia', "not Priya's report")
  t.notMatch(text, 'Jordan', 'not the complaint about him')
  t.equal((await get(app, marcus, `/admin/escalations/${priyas!.id}`)).statusCode, 404)
  t.equal((await get(app, marcus, `/admin/escalations/${complaint!.id}`)).statusCode, 404)
  const answerOther = await postForm(app, marcus, `/admin/escalations/${complaint!.id}/resolve`, { action: 'close' })
  t.equal(answerOther.statusCode, 404, 'nor close it')
  t.equal((await get(app, marcus, `/admin/escalations/${mine!.id}`)).statusCode, 200)
  for (const page of ['/admin/people', '/admin/handbook', '/admin/faqs', '/admin/health'])
    t.equal((await get(app, marcus, page)).statusCode, 403, `${page} is not a manager's`)
  t.notMatch(pageText((await get(app, marcus, '/admin/gaps')).body), 'Publish as FAQ', 'managers do not publish')

  const views = await app.db.select().from(adminViews).orderBy(adminViews.id)
  t.same(
    views.map((v) => [v.page, v.escalationIds]),
    [
      ['escalations', [mine!.id]],
      ['escalations', [mine!.id]],
      ['escalation', [mine!.id]]
    ],
    'who saw which escalation, page by page (sign-in lands on the list)'
  )

  const hr = await signIn(app, PEOPLE.hr)
  t.match(pageText((await get(app, hr, '/admin/escalations')).body), complaint!.code, 'HR sees the complaint')
})

t.test('an answer from the page is relayed to the employee as an SMS answer is', async (t) => {
  const app = await build(t, { seed: true })
  await ask(app, PEOPLE.alex, 'my paycheck is short this week')
  const [raised] = await app.db.select().from(escalations)
  const hr = await signIn(app, PEOPLE.hr)
  const thread = pageText((await get(app, hr, `/admin/escalations/${raised!.id}`)).body)
  t.match(thread, 'my paycheck is short this week')
  const res = await postForm(app, hr, `/admin/escalations/${raised!.id}/resolve`, {
    action: 'answer',
    answer: 'Payroll will add the missing hours on Friday.'
  })
  t.equal(res.statusCode, 303)
  const [sent] = await app.db
    .select()
    .from(messages)
    .where(eq(messages.toPhone, PEOPLE.alex))
    .orderBy(desc(messages.id))
    .limit(1)
  t.match(sent!.body, /Payroll will add the missing hours on Friday\./)
  t.match(sent!.body, /Dana Whitfield/, 'signed by who answered')
  const [after] = await app.db.select().from(escalations)
  t.equal(after!.status, 'closed')
})

t.test('a gap answered once answers the next employee; shown text is escaped', async (t) => {
  const app = await build(t, { seed: true })
  t.match(await ask(app, PEOPLE.alex, 'is there a gym discount <script>alert(1)</script>'), /could not find that/)
  const hr = await signIn(app, PEOPLE.hr)
  const gaps = await get(app, hr, '/admin/gaps')
  t.notMatch(gaps.body, '<script>', 'employee text is escaped')
  t.match(pageText(gaps.body), 'is there a gym discount')
  const words = /name="words" value="([^"]+)"/.exec(gaps.body)![1]!
  const answered = await postForm(app, hr, '/admin/gaps/answer', {
    words,
    question: 'Is there a gym discount?',
    answer: 'Yes: 20% off at FitLife with your badge.',
    locations: 'Downtown'
  })
  t.equal(answered.statusCode, 303)
  t.notMatch(pageText((await get(app, hr, '/admin/gaps')).body), 'gym discount', 'no longer a gap')
  t.match(await ask(app, PEOPLE.jordan, 'do we get a gym discount?'), /20% off at FitLife/, 'Downtown gets it')
  t.match(await ask(app, PEOPLE.sam, 'do we get a gym discount?'), /could not find that/, 'Riverside does not')
})

t.test('the handbook page uploads, tries a question with its passage, and removes', async (t) => {
  const app = await build(t, { seed: true })
  const hr = await signIn(app, PEOPLE.hr)
  const upload = await postFiles(app, hr, '/admin/handbook/upload', 'files', [
    { name: 'parking.md', content: '# Parking\n\n## Staff parking\n\nStaff park free in the rear lot on Elm Street.\n' }
  ])
  t.equal(upload.statusCode, 200)
  t.match(pageText(upload.body), '1 files: 1 added')
  t.match(pageText(upload.body), 'Staff parking')
  const tried = await postForm(app, hr, '/admin/handbook/try', { question: 'where do staff park?', location: '' })
  const text = pageText(tried.body)
  t.match(text, /The employee would receive .*rear lot on Elm Street/)
  t.match(text, /From these passages Parking › Parking > Staff parking \(parking\.md\)/)
  // What an employee would get, read as their texts are: an emergency or a complaint is not answered.
  const emergency = pageText(
    (await postForm(app, hr, '/admin/handbook/try', { question: 'I cut my hand on the slicer, lots of blood' })).body
  )
  t.match(emergency, /read as an emergency.*call 911/)
  const complaint = pageText(
    (await postForm(app, hr, '/admin/handbook/try', { question: 'my supervisor keeps touching me and i hate it' })).body
  )
  t.match(complaint, /passed to HR/)
  t.equal((await app.db.select().from(escalations)).length, 0, 'nothing raised by a try')
  const forged = await postFiles(app, { ...hr, csrf: 'x'.repeat(43) }, '/admin/handbook/upload', 'files', [
    { name: 'evil.md', content: '# Evil\n\ntext\n' }
  ])
  t.equal(forged.statusCode, 403, 'an upload without the token is refused before any file is read')
  const id = /action="handbook\/(\d+)\/remove"[^>]*>(?:(?!<\/form>).)*Remove Parking/s.exec(upload.body)?.[1]
  t.ok(id)
  t.equal((await postForm(app, hr, `/admin/handbook/${id}/remove`, {})).statusCode, 303)
  t.notMatch(pageText((await get(app, hr, '/admin/handbook')).body), 'parking.md')
  const synonyms = await postForm(app, hr, '/admin/handbook/synonyms', { synonyms: 'car park: parking, lot' })
  t.equal(synonyms.statusCode, 303)
  t.match((await get(app, hr, '/admin/handbook')).body, 'car park: parking, lot')
  const many = Array.from({ length: 2500 }, (_, i) => `term${i}: word${i}, other word${i}`).join('\n')
  t.ok(many.length > 64 * 1024, 'more than the API body limit')
  t.equal((await postForm(app, hr, '/admin/handbook/synonyms', { synonyms: many })).statusCode, 303, 'a long list')
  const bad = await postForm(app, hr, '/admin/handbook/synonyms', { synonyms: 'no colon here' })
  t.equal(bad.statusCode, 400)
  t.match(pageText(bad.body), 'Line 1')
})

t.test('the people page searches without the query in the URL, imports, and deactivates', async (t) => {
  const app = await build(t, { seed: true })
  const hr = await signIn(app, PEOPLE.hr)
  const found = await postForm(app, hr, '/admin/people/search', { q: 'riverside' })
  const text = pageText(found.body)
  t.match(text, 'Sofia Martinez')
  t.notMatch(text, 'Alex Rivera')
  t.notMatch(found.body, PEOPLE.sofia, 'phones are shown by their last digits only')
  const csv =
    'phone,name,role,manager_phone,location,language\n+13125550177,Robin Park,employee,+13125550101,Downtown,en\nbad,row,employee,,,en\n'
  const imported = await postFiles(app, hr, '/admin/people/import', 'csv', [{ name: 'people.csv', content: csv }])
  t.match(pageText(imported.body), /1 added, 0 updated, 1 skipped.*Line 3/)
  const sam = await idOf(app, PEOPLE.sam)
  t.equal((await postForm(app, hr, `/admin/people/${sam}/deactivate`, {})).statusCode, 303)
  t.match(await ask(app, PEOPLE.sam, 'how much PTO do I get?'), /not registered/)
  t.match(pageText((await get(app, hr, '/admin/people?done=deactivated')).body), /Sam Taylor employee DEACTIVATED/)
})

t.test('a suggested FAQ is approved with an edit', async (t) => {
  const app = await build(t, { seed: true })
  await ask(app, PEOPLE.alex, 'is there a gym discount')
  await ask(app, PEOPLE.alex, 'YES')
  const [e] = await app.db.select().from(escalations)
  await deliverSms(app, PEOPLE.manager, `${e!.code} 20% off at FitLife`, { path: '/escalate/reply' })
  const hr = await signIn(app, PEOPLE.hr)
  const page = await get(app, hr, '/admin/faqs')
  t.match(pageText(page.body), 'is there a gym discount')
  const id = /action="faqs\/(\d+)\/approve"/.exec(page.body)![1]
  const approved = await postForm(app, hr, `/admin/faqs/${id}/approve`, {
    question: 'is there a gym discount',
    answer: '20% off at FitLife: show your badge.',
    allLocations: 'yes'
  })
  t.equal(approved.statusCode, 303)
  t.match(await ask(app, PEOPLE.sam, 'is there a gym discount'), /show your badge/, 'edited, every location')
  t.notMatch(pageText((await get(app, hr, '/admin/faqs')).body), 'gym discount', 'no longer waiting')
})
