// An emergency about the manager himself ("Marcus collapsed and isnt breathing", "Priya se desmayó en la oficina y no
// responde") pages someone who can answer, at once, not only the one who collapsed (a red team's probe).
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const [who, text, subject, next] of [
  ['alex', 'Marcus collapsed and isnt breathing', PEOPLE.manager, PEOPLE.seniorManager],
  ['alex', 'my manager just passed out in the office, hes not responding', PEOPLE.manager, PEOPLE.seniorManager],
  ['sofia', 'Priya se desmayó en la oficina y no responde', PEOPLE.otherManager, PEOPLE.seniorManager]
] as const) {
  t.test(`${who}: "${text}"`, async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, PEOPLE[who], text)) ?? ''
    t.comment(reply)
    const toSubject = await textedTo(app, subject, 'manager')
    const toNext = await textedTo(app, next, 'manager')
    const toHr = await textedTo(app, PEOPLE.hr, 'manager')
    t.comment(JSON.stringify({ toSubject, toNext, toHr }))
    t.ok(toNext.length + toHr.length > 0, 'someone other than the unconscious manager is paged at once')
    t.notMatch(
      reply,
      /passed this to (Marcus|Priya)|Le pasé esto a Priya/,
      'the employee is not told the unconscious manager has it'
    )
  })
}
