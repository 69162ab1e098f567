// HR and ops load the directory and the handbook through the API, without database access: the CSV
// import with the CLI's report, the people listed and offboarded, and handbook files uploaded in every
// format the ingester reads, listed and removed. Then the assistant answers from what was loaded.
import { readFile } from 'node:fs/promises'
import { eq } from 'drizzle-orm'
import t from 'tap'
import { interactions, messages, people } from '../drizzle/schema.ts'
import { createLambdaHandler } from '../app/lambda/api-handler.ts'
import { SUPPORTED_EXTENSIONS } from '../app/knowledge/parsers/index.ts'
import { UPLOAD_LIMIT_BYTES } from '../app/lib/uploads.ts'
import { httpApiEvent, lambdaContext } from './fixtures/api-gateway.ts'
import { PEOPLE } from './fixtures/data.ts'
import { makePdf } from './fixtures/pdf.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { multipart, sampleDirectoryCsv } from './fixtures/uploads.ts'
import { build, DATABASE_KINDS } from './helper.ts'

const hr = bearer(token({ role: 'hr', sub: '1' }))
const ops = bearer(token({ role: 'ops' }))
const manager = bearer(token({ role: 'manager', sub: '2' }))
const PTO = new URL('../eval/handbooks/northline/06-pto.md', import.meta.url)

type App = Awaited<ReturnType<typeof build>>

function importCsv(app: App, csv: string, headers = hr) {
  return app.inject({
    method: 'POST',
    url: '/people/import',
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: csv
  })
}

async function upload(app: App, files: Array<{ name: string; content: string | Uint8Array }>, headers = hr) {
  const { body, contentType } = await multipart(files)
  return app.inject({
    method: 'POST',
    url: '/documents',
    headers: { ...headers, 'content-type': contentType },
    payload: body
  })
}

async function personId(app: App, phone: string): Promise<number> {
  const [row] = await app.db.select({ id: people.id }).from(people).where(eq(people.phone, phone))
  return row!.id
}

for (const kind of DATABASE_KINDS) {
  t.test(
    `${kind}: on a fresh database, the directory and a handbook file loaded through the API answer a question`,
    async (t) => {
      const app = await build(t, { kind })
      const before = await deliverSms(app, PEOPLE.alex, 'how many days ahead do i request pto')
      t.match(replyText(before), /not registered/, 'nobody is known yet')

      const imported = await importCsv(app, await sampleDirectoryCsv())
      t.equal(imported.statusCode, 200, imported.body)
      t.same(imported.json(), { added: 8, updated: 0, refused: [] })
      const uploaded = await upload(app, [{ name: '06-pto.md', content: await readFile(PTO) }])
      t.equal(uploaded.statusCode, 200, uploaded.body)
      t.match(uploaded.json(), { files: 1, added: 1, failed: [] })

      const answer = replyText(await deliverSms(app, PEOPLE.alex, 'how many days ahead do i request pto'))
      t.match(answer, /7 days/, `answered from the uploaded handbook: ${answer}`)
      const [row] = await app.db.select().from(interactions).orderBy(interactions.id)
      t.ok(row, 'the question is logged')
    }
  )
}

t.test('directory import: the same report as the CLI, for HR and ops only', async (t) => {
  const app = await build(t)
  const csv = [
    'phone,name,role,manager_phone,location,language',
    '(312) 555-0100,Dana Whitfield,hr,,Head office,en',
    'not-a-phone,Nobody,employee,,,en',
    '+13125550142,Alex Rivera,employee,+13125550100,Downtown,en',
    '+13125550143,Jordan Kim,boss,,Downtown,en'
  ].join('\n')
  const res = await importCsv(app, csv)
  t.equal(res.statusCode, 200)
  t.same(res.json(), {
    added: 2,
    updated: 0,
    refused: [
      { line: 3, reason: 'phone "not-a-phone" is not a valid number' },
      { line: 5, reason: 'role "boss" must be one of employee, manager, hr, ops' }
    ]
  })
  t.match((await importCsv(app, csv, ops)).json(), { added: 0, updated: 2 }, 'ops too; a second import updates')
  t.equal((await importCsv(app, csv, manager)).statusCode, 403, 'not a manager')
  t.equal((await importCsv(app, csv, {})).statusCode, 401)
  const json = await app.inject({ method: 'POST', url: '/people/import', headers: hr, payload: { phone: '+1' } })
  t.equal(json.statusCode, 415, 'the body is the CSV file')
  const tooBig = await importCsv(app, `phone,name\n${'+13125550142,A\n'.repeat(UPLOAD_LIMIT_BYTES / 15 + 10)}`)
  t.equal(tooBig.statusCode, 413)
})

t.test('people are listed, and offboarding stops their texts both ways at once, history kept', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.jordan, 'how much PTO do I get?')
  const jordan = await personId(app, PEOPLE.jordan)
  const listed = await app.inject({ method: 'GET', url: '/people', headers: ops })
  t.equal(listed.json().people.length, 8)

  const off = await app.inject({ method: 'POST', url: `/people/${jordan}/deactivate`, headers: hr })
  t.equal(off.statusCode, 200)
  t.match(off.json(), { id: jordan, phone: PEOPLE.jordan, deactivatedAt: /^\d{4}-/ })
  const again = await app.inject({ method: 'POST', url: `/people/${jordan}/deactivate`, headers: hr })
  t.equal(again.json().deactivatedAt, off.json().deactivatedAt, 'deactivating twice keeps the first date')
  t.same(
    (await app.inject({ method: 'GET', url: '/people?status=deactivated', headers: hr }))
      .json()
      .people.map((p: { id: number }) => p.id),
    [jordan]
  )
  t.equal((await app.inject({ method: 'GET', url: '/people?status=active', headers: hr })).json().people.length, 7)
  t.equal((await app.inject({ method: 'POST', url: '/people/9999/deactivate', headers: hr })).statusCode, 404)
  t.equal((await app.inject({ method: 'POST', url: `/people/${jordan}/deactivate`, headers: manager })).statusCode, 403)

  // Their text is taken as from someone not in the directory: no answer, no escalation.
  const unknown = await deliverSms(app, PEOPLE.jordan, 'my paycheck was short')
  const strangerReply = replyText(await deliverSms(app, PEOPLE.stranger, 'my paycheck was short'))
  t.equal(replyText(unknown), strangerReply, 'the reply a stranger gets')
  const history = await app.db.select().from(interactions).where(eq(interactions.personId, jordan))
  t.equal(history.length, 1, 'their history is kept')

  // Nothing is sent to them: an answer relayed to them is blocked.
  await app.inject({ method: 'POST', url: `/people/${jordan}/reactivate`, headers: hr })
  await deliverSms(app, PEOPLE.jordan, 'my paycheck was short')
  await app.inject({ method: 'POST', url: `/people/${jordan}/deactivate`, headers: hr })
  await deliverSms(app, PEOPLE.manager, 'E1 we will fix it Friday', { path: '/escalate/reply' })
  const [relay] = await app.db
    .select()
    .from(messages)
    .where(eq(messages.toPhone, PEOPLE.jordan))
    .orderBy(messages.id)
    .then((rows) => rows.filter((m) => m.direction === 'outbound').slice(-1))
  t.match(relay, { status: 'blocked', errorMessage: 'recipient deactivated' }, 'recorded, never sent')
})

t.test('an offboarded manager is passed over by escalations, and their open ones move on', async (t) => {
  const app = await build(t, { seed: true })
  // Alex's manager is Marcus (manager), whose manager is Grace (seniorManager).
  await deliverSms(app, PEOPLE.alex, 'my paycheck was short')
  const marcus = await personId(app, PEOPLE.manager)
  const grace = await personId(app, PEOPLE.seniorManager)
  await app.inject({ method: 'POST', url: `/people/${marcus}/deactivate`, headers: hr })

  const sweep = await app.inject({ method: 'POST', url: '/escalate/sweep', headers: ops })
  t.match(sweep.json(), { moved: 1 }, 'the escalation Marcus held moves on at the next sweep')
  const open = (await app.inject({ method: 'GET', url: '/escalate', headers: ops })).json()
  t.equal(open.escalations[0].assignee.id, grace, 'to the manager above him')

  await deliverSms(app, PEOPLE.jordan, 'can I talk to a real person about my schedule')
  const latest = (await app.inject({ method: 'GET', url: '/escalate', headers: ops })).json().escalations
  t.equal(latest.at(-1).assignee.id, grace, 'a new escalation skips him too')
  const reply = await deliverSms(app, PEOPLE.manager, 'E1 done', { path: '/escalate/reply' })
  t.notMatch(replyText(reply), /Sent to/, "his texts are no one's manager's any more")
})

t.test(
  'handbook files: every format the ingester reads, unsupported ones refused by name, listed, removed',
  async (t) => {
    const app = await build(t, { seed: true })
    const files = [
      {
        name: 'holiday-notice.pdf',
        content: makePdf(['Holiday schedule', 'The store closes at 6 pm on December 24.'])
      },
      { name: 'lockers.txt', content: 'Lockers\n\nLockers are emptied every Sunday night; take your things home.' },
      { name: 'parking.html', content: '<h1>Parking</h1><p>Staff park in the north lot, level 2.</p>' },
      { name: 'uniform.md', content: '# Uniform\n\nAprons are washed by the store every Tuesday.' }
    ]
    t.ok(files.every((f) => SUPPORTED_EXTENSIONS.has(f.name.slice(f.name.lastIndexOf('.')))))
    const res = await upload(app, files)
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { files: 4, added: 4, failed: [], skipped: [] })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'when are lockers emptied')), /Sunday/)
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'what time does the store close on december 24')), /6 pm/)

    t.match((await upload(app, files.slice(3))).json(), { unchanged: 1 }, 'the same file again changes nothing')
    const edited = [{ name: 'uniform.md', content: '# Uniform\n\nAprons are washed by the store every Thursday.' }]
    t.match((await upload(app, edited)).json(), { updated: 1 }, 'a new version replaces the old')

    const refused = await upload(app, [
      files[1]!,
      { name: 'photo.jpg', content: 'JFIF' },
      { name: 'rota.numbers', content: 'x' }
    ])
    t.equal(refused.statusCode, 415)
    t.match(refused.json().message, /photo\.jpg, rota\.numbers/)
    t.equal((await upload(app, [])).statusCode, 400, 'no file')
    const big = await upload(app, [{ name: 'big.txt', content: 'a'.repeat(UPLOAD_LIMIT_BYTES + 1) }])
    t.equal(big.statusCode, 413, 'over 4 MiB')
    t.equal((await upload(app, files, manager)).statusCode, 403)

    const list = (await app.inject({ method: 'GET', url: '/documents', headers: hr })).json().documents as Array<{
      id: number
      source: string
      chunks: number
    }>
    const lockers = list.find((d) => d.source === 'lockers.txt')!
    t.ok(lockers.chunks > 0)
    t.ok(
      list.some((d) => d.source === 'pay.md'),
      'the ingested handbook is listed too'
    )
    const removed = await app.inject({ method: 'DELETE', url: `/documents/${lockers.id}`, headers: ops })
    t.equal(removed.statusCode, 204)
    t.notOk(
      (await app.inject({ method: 'GET', url: '/documents', headers: hr }))
        .json()
        .documents.some((d: { source: string }) => d.source === 'lockers.txt')
    )
    t.notMatch(
      replyText(await deliverSms(app, PEOPLE.alex, 'when are lockers emptied')),
      /Sunday/,
      'no longer answered'
    )
    t.equal((await app.inject({ method: 'DELETE', url: `/documents/${lockers.id}`, headers: ops })).statusCode, 404)
  }
)

t.test('an upload through the Lambda (HTTP API, base64 body) is read whole', async (t) => {
  const app = await build(t, { seed: true, ready: false })
  const handler = createLambdaHandler(app) as unknown as (
    e: unknown,
    c: unknown
  ) => Promise<{ statusCode: number; body: string }>
  await app.ready()
  const pdf = makePdf(['Bereavement leave', 'You get 3 paid days of bereavement leave.'])
  const { body, contentType } = await multipart([{ name: 'bereavement.pdf', content: pdf }])
  const res = await handler(
    httpApiEvent({
      method: 'POST',
      path: '/documents',
      stage: 'prod',
      body,
      headers: { ...hr, 'content-type': contentType }
    }),
    lambdaContext
  )
  t.equal(res.statusCode, 200, res.body)
  t.match(JSON.parse(res.body), { added: 1, chunks: 1 })
})
