// A message that tells the sender's situation before it asks ("just started in the print shop, how long is
// my probation period"): the situation's words can bury the question, so when what the whole message finds
// does not answer it, the question alone is searched and answered. A question that points back ("how do i
// set that up") is never tried alone, nor one that names nothing of its own ("who do i ask").
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { questionsIn } from '../app/conversation/questions-in.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const PRINT_SHOP = `# Print shop

Only trained staff run the print shop cutter. Wear safety glasses in the print shop at all times. Keep the
print shop floor clear of paper scraps.
`
const NEW_EMPLOYEES = `# New employees

## Introductory period

The first ninety (90) calendar days of your employment are considered introductory. During this time your
supervisor reviews your work.

## Badges

New employees get a badge on their first day. Driving for deliveries needs a company vehicle permit.
`

async function withHandbook(
  t: Test,
  files: Record<string, string> = { 'print-shop.md': PRINT_SHOP, 'new-employees.md': NEW_EMPLOYEES }
) {
  const app = await build(t, { seed: true })
  const dir = await mkdtemp(join(tmpdir(), 'sms-situation-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  await ingestPaths(app.db, [dir])
  return app
}

t.test('the situation told first does not bury the question', async (t) => {
  const app = await withHandbook(t)
  const text = replyText(
    await deliverSms(app, PEOPLE.alex, 'hey just started in the print shop, how long is my probation period')
  )
  t.match(text, /ninety \(90\) calendar days/)
})

t.test('a question that points back is not answered alone', async (t) => {
  const app = await withHandbook(t)
  const text = replyText(
    await deliverSms(app, PEOPLE.alex, 'can i work in the print shop at night? how do i set that up')
  )
  t.notMatch(text, /vehicle permit|badge/)
})

const LEAVE = `# Time off

## Requesting time off

Request time off in the scheduling app at least two weeks ahead. Your manager approves requests in order.

## Bereavement leave

When a family member dies, you get up to three paid days of bereavement leave. Tell your manager which days.
`

t.test('news told before a question is what the question asks about', async (t) => {
  const app = await withHandbook(t, { 'time-off.md': LEAVE })
  // The manager hears of it, and "can i get time off" is answered as asked after a death, not in general.
  const text = replyText(await deliverSms(app, PEOPLE.alex, 'my grandma passed away, can i get time off'))
  t.match(text, /passed this to/)
  t.match(text, /three paid days of bereavement leave/)
  t.notMatch(text, /two weeks ahead/)
})

t.test('a person asked for as a question: the person is brought in and the handbook answers beside', async (t) => {
  const app = await withHandbook(t, {
    'wellbeing.md':
      '# Wellbeing\n\n## Employee assistance\n\nThe employee assistance program offers free, confidential counseling. Call 1-800-555-0177 any time.\n'
  })
  const text = replyText(
    await deliverSms(app, PEOPLE.alex, 'is there someone i can talk to about stress, like counseling')
  )
  t.match(text, /passed this to/)
  t.match(text, /counseling/)
  t.match(text, /1-800-555-01\d\d/)
})

const HOLIDAYS = `# Holidays

## Observed holidays

We close on New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving and Christmas. Usually, if
a holiday falls on a Saturday, we observe it on the Friday before.

## New parent leave

New parents get twelve weeks of paid leave. Give the team as much notice as you can before a day off for it.
`

t.test('a question taken from a longer message is read with the rest of it', async (t) => {
  const app = await withHandbook(t, { 'holidays.md': HOLIDAYS })
  // "do we get a day off?" alone is any day off; after "holiday lands on a saturday" it is that holiday's.
  const text = replyText(await deliverSms(app, PEOPLE.alex, 'holiday lands on a saturday, do we get a day off?'))
  t.match(text, /Friday before/)
  t.notMatch(text, /twelve weeks/)
})

t.test('a question that names nothing of its own is not answered alone', async (t) => {
  const app = await withHandbook(t, { 'time-off.md': LEAVE })
  // "who do i ask" alone is any request's approver; after "im out of gloves" it is a supply run out, which
  // the handbook does not answer: the manager has it at once.
  const text = replyText(await deliverSms(app, PEOPLE.alex, 'im out of gloves, who do i ask'))
  t.notMatch(text, /approves requests/)
  t.match(text, /passed this to/)
})

const LOANS = `# Loans

## 3.3.3 Grant of Loan

The company may grant loans to employees for personal reasons, such as:

- Medical assistance
- Marriage
- Accident

Loans are granted at the discretion of the management.
`

t.test('a part of the message that tells is no answer when it lacks what the message asks for', async (t) => {
  const app = await withHandbook(t, { 'loans.md': LOANS })
  // "How much" is asked: the line that lists marriage among the reasons for a loan gives no amount.
  const text = replyText(
    await deliverSms(app, PEOPLE.alex, 'getting married need a loan from company, how much can i get')
  )
  t.notMatch(text, /Marriage/)
  t.match(text, /could not find that/)
})

t.test('a joke run on into a question with no stop between: the question is answered', async (t) => {
  // The sample handbook (seeded): breaks are in "Breaks, schedules and shift swaps".
  const app = await build(t, { seed: true })
  const text = replyText(
    await deliverSms(app, PEOPLE.alex, 'this lunch rush is killing me lol how long is my break supposed to be')
  )
  t.match(text, /30 minute meal break/)
  // Told with no laughter, the telling is the topic: never the question alone ("my brother passed").
  t.same(questionsIn('this lunch rush is killing me lol how long is my break supposed to be'), [
    'how long is my break supposed to be'
  ])
  t.same(questionsIn('my brother passed how many days off do i get'), [])
})

t.test('a question told with news after a comma is answered ("i need a bandaid for a papercut")', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(
    await deliverSms(app, PEOPLE.alex, 'where are the first aid kits, i need a bandaid for a papercut')
  )
  t.match(reply, /break room/)
})
