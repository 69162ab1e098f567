// In a small shop the one manager may carry ops' on-call phone (ESCALATION_FALLBACK_PHONE). A complaint about him, with
// HR not taking texts, reaches nobody rather than that phone: not its alert, not the sweep's, not what is added to it.
import t from 'tap'
import { importDirectoryCsv } from '../app/people/directory-import.ts'
import { textedTo } from './fixtures/outbox.ts'
import { clock, sweepFor } from './fixtures/sweep-clock.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const CSV = `phone,name,role,manager_phone,location,language
+13125550100,Dana Whitfield,hr,,Downtown,en
+13125550101,Marcus Lee,manager,,Downtown,en
+13125550142,Alex Rivera,employee,+13125550101,Downtown,en
`

t.test('a complaint about whoever holds the on-call phone never reaches that phone', async (t) => {
  const c = clock()
  const app = await build(t, { env: { ESCALATION_FALLBACK_PHONE: '+13125550101' }, now: c.now })
  await importDirectoryCsv(app.db, CSV, 'US')
  await deliverSms(app, '+13125550100', 'STOP', { path: '/escalate/reply' })
  const first = replyText(await deliverSms(app, '+13125550142', 'Marcus keeps grabbing my butt when we close together'))
  t.match(first, /saved/, 'the sender is told it is kept')
  await deliverSms(app, '+13125550142', 'he did it again tonight and said nobody would believe me')
  await sweepFor(app, c)
  t.same(await textedTo(app, '+13125550101'), [], 'Marcus’s phone gets nothing of the complaint about him')
})

t.test('a call-out with nobody to take it still reaches the on-call phone', async (t) => {
  const app = await build(t, { env: { ESCALATION_FALLBACK_PHONE: '+13125550199' } })
  await importDirectoryCsv(app.db, CSV, 'US')
  for (const phone of ['+13125550100', '+13125550101'])
    await deliverSms(app, phone, 'STOP', { path: '/escalate/reply' })
  await deliverSms(app, '+13125550142', 'sick with a fever, cant come in today')
  t.equal((await textedTo(app, '+13125550199')).length, 1, 'ops has it')
})
