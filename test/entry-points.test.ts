import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import t from 'tap'
import { runNode, startServer } from './fixtures/processes.ts'
import { createPostgresDatabase, postgresDatabase, testEnv } from './helper.ts'
import { bearer, token } from './fixtures/tokens.ts'

const usePostgres = { skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL not set' }

t.test('server.ts migrates the embedded database, serves /validate and exits cleanly on SIGTERM', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sms-pglite-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const server = await startServer(testEnv({ PGLITE_DIR: dir }))
  t.teardown(() => server.stop('SIGKILL'))
  const res = await fetch(`${server.url}/validate`, { headers: bearer(token()) })
  t.equal(res.status, 200)
  t.equal(((await res.json()) as { checks: { db: { mode: string } } }).checks.db.mode, 'embedded PGlite')
  // An open PGlite keeps the process alive, so a clean exit shows the database was closed.
  t.equal(await server.stop('SIGTERM'), 0, 'exit code 0')
  t.match(server.output(), /shutting down/)
})

t.test('server.ts on PostgreSQL closes its pool on SIGTERM', usePostgres, async (t) => {
  const { url, drop } = await createPostgresDatabase()
  t.teardown(drop)
  const server = await startServer(testEnv({ DATABASE_URL: url, PGLITE_DIR: undefined }))
  t.teardown(() => server.stop('SIGKILL'))
  t.equal((await fetch(`${server.url}/validate`)).status, 200)

  const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1 })
  t.teardown(() => admin.end())
  const dbName = new URL(url).pathname.slice(1)
  const connections = async () =>
    (await admin`select count(*)::int as n from pg_stat_activity where datname = ${dbName}`)[0]!.n as number
  t.ok((await connections()) > 0, 'the server holds connections while running')
  t.equal(await server.stop('SIGTERM'), 0)
  t.equal(await connections(), 0, 'every connection was closed')
})

t.test('server.ts refuses to start with a clear message when the config is bad', async (t) => {
  const { code, stderr } = await runNode(['--import', 'tsx', 'server.ts'], { env: { NODE_ENV: 'production' } })
  t.equal(code, 1)
  t.match(stderr, /TWILIO_AUTH_TOKEN: is required/)
  t.match(stderr, /PUBLIC_BASE_URL: is required/)
  t.notMatch(stderr, /at .*\.ts:\d+/, 'no stack trace')
})

t.test('lambda.ts loads in a fresh process and answers an HTTP API event', usePostgres, async (t) => {
  const database = await postgresDatabase(t)
  const script = `
    const { handler } = await import('./lambda.ts')
    const { httpApiEvent, lambdaContext } = await import('./test/fixtures/api-gateway.ts')
    const headers = { authorization: 'Bearer ${token()}' }
    const res = await handler(httpApiEvent({ method: 'GET', path: '/validate', headers }), lambdaContext)
    process.stdout.write(JSON.stringify(res))
    process.exit(0)`
  const { code, stdout, stderr } = await runNode(['--import', 'tsx', '--input-type=module', '-e', script], {
    env: testEnv({ DATABASE_URL: database.url, PGLITE_DIR: undefined })
  })
  t.equal(code, 0, stderr)
  const res = JSON.parse(stdout)
  t.equal(res.statusCode, 200)
  t.equal(JSON.parse(res.body).checks.db.mode, 'PostgreSQL')
})
