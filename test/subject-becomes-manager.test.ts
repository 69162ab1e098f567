// Alex complains about coworker Jordan; a directory import then makes Jordan Alex's manager while it is open. Jordan is
// never texted it or Alex's follow-up, sees it through no token or board, and Alex's later pay problem goes past him
// (a red team's probe that held).
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { importDirectoryCsv } from '../app/people/directory-import.ts'
import { get, pageText, signIn } from './fixtures/admin.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test("the subject promoted to the complainant's manager while the complaint is open", async (t) => {
  let now = new Date('2026-11-20T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  t.comment(
    replyText(await deliverSms(app, PEOPLE.alex, 'Jordan keeps grabbing my butt in the walk in and laughing about it'))
  )
  await importDirectoryCsv(
    app.db,
    [
      'phone,name,role,manager_phone,location,language',
      '+13125550143,Jordan Kim,manager,+13125550101,Downtown,en',
      '+13125550142,Alex Rivera,employee,+13125550143,Downtown,en'
    ].join('\n'),
    'US'
  )
  t.comment(replyText(await deliverSms(app, PEOPLE.alex, 'he did it again this morning in front of everyone')))
  for (let i = 0; i < 4; i++) {
    now = new Date(now.getTime() + 2 * 60 * 60 * 1000)
    await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  }
  t.comment(replyText(await deliverSms(app, PEOPLE.alex, 'my check is short 5 hours this week')))
  const rows = await app.db.select().from(escalations)
  t.comment(
    JSON.stringify(rows.map((e) => [e.code, e.reason, e.assigneeId, e.excludedPersonIds, e.previousAssigneeIds]))
  )
  const toJordan = (await textedTo(app, PEOPLE.jordan)).join(' | ')
  t.notMatch(toJordan, /butt|again|check is short/, 'Jordan is texted none of it')
  const jordanId = rows[0]!.excludedPersonIds!.find((id) => id !== 2)
  const list = (
    await app.inject({
      method: 'GET',
      url: '/escalate',
      headers: bearer(token({ role: 'manager', sub: String(jordanId) }))
    })
  ).json()
  t.notMatch(JSON.stringify(list), /butt|again|check is short/, 'nor through a manager token')
  const page = pageText((await get(app, await signIn(app, PEOPLE.jordan), '/admin/escalations')).body)
  t.notMatch(page, /butt|again/, 'nor on the admin board')
})
