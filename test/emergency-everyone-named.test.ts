// In a small company (one manager, one HR person, no on-call phone), an armed robbery told with the names of those
// held ("he has Marcus and Dana in the back office") still reaches them: everyone it names kept away, an emergency
// reaches someone all the same (a red team's probe).
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages } from '../drizzle/schema.ts'
import { importDirectoryCsv } from '../app/people/directory-import.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const CSV = `phone,name,role,manager_phone,location,language
+13125550100,Dana Whitfield,hr,,Downtown,en
+13125550101,Marcus Lee,manager,,Downtown,en
+13125550142,Alex Rivera,employee,+13125550101,Downtown,en
+13125550143,Jordan Kim,employee,+13125550101,Downtown,en
`
for (const text of [
  'someone is robbing the store with a gun, he has Marcus and Dana in the back office',
  'un hombre con pistola tiene a Marcus y a Dana encerrados en la oficina'
]) {
  t.test(`Alex: "${text}"`, async (t) => {
    const app = await build(t, { env: { ESCALATION_FALLBACK_PHONE: undefined } })
    await importDirectoryCsv(app.db, CSV, 'US')
    const reply = replyText(await deliverSms(app, '+13125550142', text)) ?? ''
    t.comment(reply)
    const [e] = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.comment(
      JSON.stringify({
        reason: e?.reason,
        priority: e?.priority,
        assignee: e?.assigneeId,
        excluded: e?.excludedPersonIds
      })
    )
    const paged = (await app.db.select().from(messages)).filter(
      (m) => m.direction === 'outbound' && m.channel === 'manager'
    )
    t.ok(paged.length > 0, 'someone in the company is texted about the emergency')
  })
}

t.test('with an on-call phone, the on-call phone has it, not those it names', async (t) => {
  const ON_CALL = '+13125550199'
  const app = await build(t, { env: { ESCALATION_FALLBACK_PHONE: ON_CALL } })
  await importDirectoryCsv(app.db, CSV, 'US')
  await deliverSms(app, '+13125550142', 'my manager Marcus just pulled a knife on me and Dana is with him')
  const paged = (await app.db.select().from(messages)).filter(
    (m) => m.direction === 'outbound' && m.channel === 'manager'
  )
  t.ok(
    paged.some((m) => m.toPhone === ON_CALL),
    'the on-call phone is texted'
  )
  t.notOk(
    paged.some((m) => m.toPhone === '+13125550101'),
    'Marcus, who pulled the knife, is not'
  )
})

// Reached only through the one it names (the manager has stopped texts, no on-call phone), the sender is not told the
// collapsed person has it, as if help were coming: only the 911 line and that nobody else could be reached.
for (const [from, text] of [
  ['+13125550142', 'Dana collapsed in the office and isnt breathing'],
  ['+13125550143', 'Dana se desmayó en la oficina y no respira']
] as const) {
  t.test(`"${text}", the manager not taking texts`, async (t) => {
    const app = await build(t, { env: { ESCALATION_FALLBACK_PHONE: undefined } })
    await importDirectoryCsv(app.db, CSV, 'US')
    await deliverSms(app, '+13125550101', 'STOP', { path: '/escalate/reply' })
    const reply = replyText(await deliverSms(app, from, text)) ?? ''
    t.match(reply, /911/, 'the 911 line')
    t.notMatch(reply, /Dana/, 'not told Dana has it')
  })
}
