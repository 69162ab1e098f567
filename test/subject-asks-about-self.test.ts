// After Alex complains about Marcus, Marcus asks about it on both numbers: nothing he gets back names Alex, the
// complaint or its code, and nothing of his is relayed to Alex (a red team's probe).
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test('the subject asking after complaints learns nothing and reaches nobody', async (t) => {
  const app = await build(t, { seed: true })
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'Marcus keeps making comments about my body')), /Dana/)
  const replies: string[] = []
  for (const body of ['any complaints about me?', 'STATUS', "what's open", 'did anyone report me to HR?'])
    replies.push(`employee# ${body} -> ${replyText(await deliverSms(app, PEOPLE.manager, body))}`)
  for (const body of [
    'STATUS',
    "what's open",
    'any complaints about me?',
    'E1',
    'ACK E1',
    'E1 that is a lie',
    'CLOSE E1',
    'ACK',
    'CLOSE'
  ])
    replies.push(
      `manager# ${body} -> ${replyText(await deliverSms(app, PEOPLE.manager, body, { path: '/escalate/reply' }))}`
    )
  for (const r of replies) t.comment(r)
  const all = [...replies, ...(await textedTo(app, PEOPLE.manager))].join('\n')
  t.notMatch(all, /Alex|Rivera|comments about my body|HR concern/, 'nothing Marcus gets names Alex or the complaint')
  t.notMatch(all, /E1 \(|E1 is already|E1 acknowledged|closed\./, 'nothing tells E1 exists')
  const toAlex = await textedTo(app, PEOPLE.alex, 'employee')
  t.notOk(
    toAlex.some((m) => m.startsWith('Marcus')),
    'nothing of Marcus’s reaches Alex'
  )
})
