// A coworker a complaint names (an employee when it is raised) and the directory re-imported while it is open,
// now in HR or above the sender: the complaint never reaches or is seen by him, by the sweep passing it up the
// ladder, the API or the manager number.
import { and, asc, eq } from 'drizzle-orm'
import t, { type Test } from 'tap'
import { escalations, messages } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const textedTo = async (app: App, phone: string) =>
  (
    await app.db
      .select()
      .from(messages)
      .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, phone)))
      .orderBy(asc(messages.id))
  ).map((m) => m.body ?? '')

// Jordan Kim (id 6) moves to HR at head office; everything else as in sample/people.csv.
async function reimport(t: Test, app: App, csv: string) {
  const imported = await app.inject({
    method: 'POST',
    url: '/people/import',
    headers: { ...bearer(token()), 'content-type': 'text/csv' },
    payload: csv
  })
  t.equal(imported.statusCode, 200, 'the directory is re-imported')
}

// HR does not acknowledge: the sweep reminds, then passes it up the ladder, every half hour for two hours.
async function sweepUnanswered(app: App, setNow: (at: Date) => void) {
  for (const minutes of [31, 62, 93, 124]) {
    setNow(new Date(Date.parse('2026-11-20T09:00:00Z') + minutes * 60_000))
    await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  }
}

const REIMPORT = `phone,name,role,manager_phone,location,language
+13125550100,Dana Whitfield,hr,,Head office,en
+13125550101,Marcus Lee,manager,+13125550105,Downtown,en
+13125550102,Priya Shah,manager,+13125550105,Riverside,en
+13125550105,Grace Okafor,manager,,Head office,en
+13125550142,Alex Rivera,employee,+13125550101,Downtown,en
+13125550143,Jordan Kim,hr,,Head office,en
+13125550144,Sofia Martinez,employee,+13125550102,Riverside,es
+13125550145,Sam Taylor,employee,+13125550102,Riverside,en
`

t.test('a coworker named in an open complaint, moved to HR by a re-import, never gets it', async (t) => {
  let now = new Date('2026-11-20T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  const ack = replyText(
    await deliverSms(app, PEOPLE.alex, 'Jordan Kim keeps grabbing me in the stockroom and says nobody will believe me')
  )
  t.match(ack, /Dana/, 'HR has the complaint')
  const [complaint] = await app.db.select().from(escalations)
  t.equal(complaint!.reason, 'hr_sensitive')

  await reimport(t, app, REIMPORT)

  // Jordan, now HR, asks the API with his own token: the complaint about him must not be there.
  const jordanToken = bearer(token({ role: 'hr', sub: '6' }))
  const list = await app.inject({ method: 'GET', url: '/escalate', headers: jordanToken })
  t.equal(list.statusCode, 200)
  t.notMatch(JSON.stringify(list.json()), /grabbing/, 'GET /escalate does not show Jordan the complaint about him')
  const show = await app.inject({ method: 'GET', url: `/escalate/${complaint!.id}`, headers: jordanToken })
  t.equal(show.statusCode, 404, 'GET /escalate/:id is a 404 for him')

  // Dana does not acknowledge; the sweep reminds her, then passes it on.
  await sweepUnanswered(app, (at) => {
    now = at
  })
  const texts = await textedTo(app, PEOPLE.jordan)
  t.notMatch(texts.join('\n'), /grabbing|E1/, 'the sweep never texts Jordan the complaint about him')
  const [after] = await app.db.select().from(escalations)
  t.notOk([after!.assigneeId, ...(after!.previousAssigneeIds ?? [])].includes(6), 'never assigned to Jordan')

  // Nor can he answer or close it from the manager number.
  const closed = replyText(
    await deliverSms(app, PEOPLE.jordan, `CLOSE ${complaint!.code}`, { path: '/escalate/reply' })
  )
  t.match(closed, /There is no escalation/, 'nor can he close it by SMS')
})

// The same with Jordan promoted to manager, above Marcus: HR matters go up the sender's managers after HR.
const PROMOTED = `phone,name,role,manager_phone,location,language
+13125550100,Dana Whitfield,hr,,Head office,en
+13125550101,Marcus Lee,manager,+13125550143,Downtown,en
+13125550102,Priya Shah,manager,+13125550105,Riverside,en
+13125550105,Grace Okafor,manager,,Head office,en
+13125550142,Alex Rivera,employee,+13125550101,Downtown,en
+13125550143,Jordan Kim,manager,+13125550105,Downtown,en
+13125550144,Sofia Martinez,employee,+13125550102,Riverside,es
+13125550145,Sam Taylor,employee,+13125550102,Riverside,en
`

t.test('a coworker named in an open complaint, promoted above the sender by a re-import, never gets it', async (t) => {
  let now = new Date('2026-11-20T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  await deliverSms(app, PEOPLE.alex, 'Jordan Kim keeps grabbing me in the stockroom and says nobody will believe me')
  const [complaint] = await app.db.select().from(escalations)
  t.equal(complaint!.reason, 'hr_sensitive')
  await reimport(t, app, PROMOTED)
  await sweepUnanswered(app, (at) => {
    now = at
  })
  t.notMatch((await textedTo(app, PEOPLE.jordan)).join('\n'), /grabbing|E1/, 'the sweep never texts Jordan')
  const list = await app.inject({
    method: 'GET',
    url: '/escalate',
    headers: bearer(token({ role: 'manager', sub: '6' }))
  })
  t.notMatch(JSON.stringify(list.json()), /grabbing/, 'GET /escalate never shows Jordan the complaint about him')
})
