// A manager whose only report complained about him learns nothing from insights: HR matters and matters kept from
// him are not in his escalation counts or outcomes (a red team's probe: one "high" escalation more had said who).
import t from 'tap'
import { importDirectoryCsv } from '../app/people/directory-import.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test("a complaint about Marcus shows in his own insights as his only report's HR escalation", async (t) => {
  const app = await build(t, { seed: true })
  // Jordan moves to Riverside: Marcus manages Alex alone.
  await importDirectoryCsv(
    app.db,
    'phone,name,role,manager_phone,location,language\n+13125550143,Jordan Kim,employee,+13125550102,Riverside,en\n',
    'US'
  )
  const marcus = bearer(token({ role: 'manager', sub: '2' }))
  const before = (await app.inject({ method: 'GET', url: '/insights?days=7', headers: marcus })).json()
  t.same(before.escalations, [], 'nothing before')
  t.comment(
    replyText(
      await deliverSms(
        app,
        PEOPLE.alex,
        'Marcus keeps touching my waist and making comments about my body, I want it to stop'
      )
    )
  )
  const after = (await app.inject({ method: 'GET', url: '/insights?days=7', headers: marcus })).json()
  t.comment(JSON.stringify({ escalations: after.escalations, outcomes: after.outcomes }))
  t.notOk(
    after.escalations.some((e: { priority: string }) => e.priority === 'high'),
    'Marcus does not see that his one report raised an HR matter'
  )
})
