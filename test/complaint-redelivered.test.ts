// Twilio redelivers the same MessageSid (a retry, or two copies at once): a complaint alerts HR once, HR's answer is
// relayed once, and nothing reaches the subject (a red team's probe).
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, messageSid, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test('the same MessageSid, delivered together and again later, texts once', async (t) => {
  const app = await build(t, { seed: true })
  const complaintSid = messageSid()
  const complaint = 'Marcus keeps making comments about my body'
  const first = await Promise.all([1, 2, 3].map(() => deliverSms(app, PEOPLE.alex, complaint, { sid: complaintSid })))
  for (const r of first) t.comment(`${r.statusCode} ${replyText(r)}`)
  await deliverSms(app, PEOPLE.alex, complaint, { sid: complaintSid })
  t.equal((await textedTo(app, PEOPLE.hr, 'manager')).length, 1, 'Dana is alerted once')
  t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is texted nothing')

  const answerSid = messageSid()
  const answer = 'E1 I am sorry this happened. I will call you today.'
  const answers = await Promise.all(
    [1, 2, 3].map(() => deliverSms(app, PEOPLE.hr, answer, { sid: answerSid, path: '/escalate/reply' }))
  )
  for (const r of answers) t.comment(`${r.statusCode} ${replyText(r)}`)
  await deliverSms(app, PEOPLE.hr, answer, { sid: answerSid, path: '/escalate/reply' })
  const toAlex = (await textedTo(app, PEOPLE.alex, 'employee')).filter((m) => m.startsWith('Dana Whitfield:'))
  t.equal(toAlex.length, 1, 'Alex gets the answer once')
  t.same(await textedTo(app, PEOPLE.manager), [], 'Marcus is still texted nothing')
})
