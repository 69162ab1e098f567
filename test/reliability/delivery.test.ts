// Delivery under faults (issue 22, second attack review): a Lambda sweep killed in the middle of
// sending an urgent alert, on PGlite and PostgreSQL. The sweep runs through the real Lambda entry
// (lambda.ts) in a process of its own, Twilio (the imitation) holds its request, and the process is
// killed with SIGKILL, as a Lambda timeout ends it. The next sweep must deliver the alert exactly once:
// resent when Twilio never took it, recorded (not resent) when Twilio had taken it.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asc, eq } from 'drizzle-orm'
import t from 'tap'
import { escalations, messages } from '../../drizzle/schema.ts'
import { buildApp } from '../../app/app.ts'
import { type Database, openDatabase } from '../../app/db/database.ts'
import { runMigrations } from '../../app/db/migrate.ts'
import { PEOPLE, seedSampleDirectory } from '../fixtures/data.ts'
import { ROOT } from '../fixtures/processes.ts'
import { bearer, token } from '../fixtures/tokens.ts'
import { deliverSms, replyText } from '../fixtures/twilio.ts'
import { createPostgresDatabase, DATABASE_KINDS, type DatabaseKind, testConfig, testEnv } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'
import { AUTH_TOKEN } from '../imitations/twilio.ts'

/** Where the test's database lives, so that three processes in turn can open it. */
async function databaseSettings(
  t: { teardown: (fn: () => unknown) => void },
  kind: DatabaseKind
): Promise<Record<string, string | undefined>> {
  if (kind === 'postgres') {
    const { url, drop } = await createPostgresDatabase()
    t.teardown(drop)
    return { DATABASE_URL: url, PGLITE_DIR: undefined }
  }
  const dir = await mkdtemp(join(tmpdir(), 'sms-sweep-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return { PGLITE_DIR: dir }
}

/** Runs the Lambda's scheduled sweep in its own process; resolves when the process has started. */
function lambdaSweep(env: Record<string, string | undefined>) {
  const script = `
    const { handler } = await import('./lambda.ts')
    const { lambdaContext } = await import('./test/fixtures/api-gateway.ts')
    await handler({ task: 'escalation-sweep' }, lambdaContext)
    process.exit(0)`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (d) => {
    stderr += d
  })
  return { child, stderr: () => stderr }
}

async function until(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

for (const kind of DATABASE_KINDS) {
  for (const held of ['hang', 'accept-hang'] as const) {
    const twilioTook = held === 'accept-hang'
    t.test(
      `a Lambda sweep killed while Twilio ${twilioTook ? 'had taken' : 'had not taken'} the urgent alert: the next sweep delivers it once (${kind})`,
      async (t) => {
        const { twilio, env: twilioEnv } = await startImitations(t, 'twilio')
        const env = { ...testEnv(twilioEnv), ...(await databaseSettings(t, kind)) }
        const open = async (): Promise<Database> => openDatabase(testConfig(env))

        // The safety message: its first alert is refused (21211), so the escalation waits for the sweep.
        const database = await open()
        await runMigrations(database)
        await seedSampleDirectory(database.db)
        const first = await buildApp(testConfig(env), { database })
        twilio.script(21211)
        const reply = await deliverSms(
          first,
          PEOPLE.alex,
          'I cut my hand badly on the slicer, there is a lot of blood',
          {
            token: AUTH_TOKEN
          }
        )
        t.match(replyText(reply), /call 911/)
        await first.close()
        t.equal(twilio.accepted().length, 0, 'the first alert did not go')

        // The scheduled sweep claims the alert and sends it; Twilio holds the request; the Lambda dies.
        twilio.script(held)
        const sweep = lambdaSweep(env)
        await until('the sweep to send the alert', () => twilio.sent().length === 2)
        sweep.child.kill('SIGKILL')
        await once(sweep.child, 'exit')
        t.equal(twilio.accepted().length, twilioTook ? 1 : 0, twilioTook ? 'Twilio took it' : 'Twilio never took it')

        // A minute later (past the send's lease) the next sweep runs in a fresh process.
        const later = new Date(Date.now() + 60_000)
        const next = await buildApp(testConfig(env), { database: await open(), now: () => later })
        t.teardown(() => next.close())
        const [left] = await next.db.select().from(messages).where(eq(messages.toPhone, PEOPLE.manager))
        t.match(left, { status: 'sending' }, 'the dead sweep left the alert claimed')
        const swept = await next.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
        t.equal(swept.statusCode, 200, swept.body)
        t.match(swept.json(), { settled: 1 })
        await next.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })

        t.equal(twilio.accepted().length, 1, 'the manager has the alert exactly once')
        t.match(twilio.accepted()[0], { to: PEOPLE.manager, body: /^URGENT: Alex Rivera/ })
        const alerts = await next.db
          .select()
          .from(messages)
          .where(eq(messages.toPhone, PEOPLE.manager))
          .orderBy(asc(messages.id))
        t.match(alerts, [{ status: 'queued', twilioSid: twilio.accepted()[0]!.sid }], 'recorded with its sid')
        const lookups = twilio.requests.filter((r) => r.method === 'GET' && r.path.includes('/Messages.json'))
        t.ok(lookups.length >= 1, 'Twilio was asked before anything was sent again')
        t.ok((await next.db.select().from(escalations))[0]!.notifiedAt, 'the escalation counts as notified')
      }
    )
  }
}
