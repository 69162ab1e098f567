// `npm run insights` and `npm run faq` on a database the app wrote: the same figures and reviews as
// the API, for HR and ops at a terminal.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../app/app.ts'
import { fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { escalations } from '../drizzle/schema.ts'
import { runCli } from './fixtures/cli.ts'
import { PEOPLE, seedSampleDirectory, seedSampleHandbook } from './fixtures/data.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { testConfig } from './helper.ts'

t.test('insights and FAQ review from the command line', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sms-review-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const env = { PGLITE_DIR: join(dir, 'db'), LOG_LEVEL: 'silent' }

  // The app answers (and declines) a few messages, then lets go of the embedded database.
  const database = await fromPglite(await openPglite(env.PGLITE_DIR))
  await runMigrations(database)
  await seedSampleDirectory(database.db)
  await seedSampleHandbook(database.db)
  const app = await buildApp(testConfig(env), { database })
  await deliverSms(app, PEOPLE.alex, 'is there a gym discount')
  await deliverSms(app, PEOPLE.jordan, 'do we get a discount at the gym? call 312-555-0143')
  await deliverSms(app, PEOPLE.sam, '=HYPERLINK("http://evil.example","can i bring my dog")')
  await deliverSms(app, PEOPLE.alex, 'YES')
  const [raised] = await app.db.select().from(escalations)
  await deliverSms(app, PEOPLE.manager, `${raised!.code} Yes, 20% off at FitLife.`, { path: '/escalate/reply' })
  await app.close()
  await database.close()

  const text = await runCli('insights', ['--days', '7'], env)
  t.equal(text.code, 0, text.stderr)
  t.match(
    text.stdout,
    /Not answered \(declined or marked WRONG\), grouped:\n\s+2x\s+"do we get a discount at the gym\? call/
  )
  t.notMatch(text.stdout, /312-555-0143|3125550143/, 'masked')
  t.match(text.stdout, /FAQs: 1 suggested, 0 approved, 0 rejected/)
  const json = JSON.parse((await runCli('insights', ['--json'], env)).stdout)
  t.equal(json.unanswered[0].count, 2)
  const csvFile = join(dir, 'insights.csv')
  t.equal((await runCli('insights', ['--csv', csvFile], env)).code, 0)
  const csv = await readFile(csvFile, 'utf8')
  t.match(csv, /^section,item,count,detail\n/)
  t.match(csv, /unanswered,"?'=HYPERLINK/, 'a formula is neutralised')
  t.match((await runCli('insights', ['--days', 'soon'], env)).stderr, /--days must be a whole number/)

  const listed = await runCli('faq', ['list', '--status', 'suggested'], env)
  t.match(
    listed.stdout,
    /#1 \[suggested\] Downtown, answered by Marcus Lee\n {2}Q: is there a gym discount\n {2}A: Yes, 20% off at FitLife\./
  )
  t.match(
    (await runCli('faq', ['approve', '1', '--all-locations'], env)).stdout,
    /#1 approved: answered from the knowledge base as "FAQ"/
  )
  t.match(JSON.parse((await runCli('faq', ['list', '--json'], env)).stdout), [
    { id: 1, status: 'approved', location: null }
  ])
  t.match((await runCli('faq', ['reject', '1'], env)).stdout, /#1 rejected/)
  const usage = await runCli('faq', ['approve'], env)
  t.equal(usage.code, 1)
  t.match(usage.stderr, /give the FAQ's id/)
})
