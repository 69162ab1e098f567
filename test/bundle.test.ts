// The built Lambda bundles, run the way Lambda runs them: a fresh Node process, outside the project
// (so nothing can come from node_modules), answering real event shapes.
import { createServer } from 'node:http'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import postgres from 'postgres'
import t from 'tap'
import { runNode } from './fixtures/processes.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { buildAll } from '../scripts/build.ts'
import { httpApiEvent } from './fixtures/api-gateway.ts'
import { makePdf } from './fixtures/pdf.ts'
import { bearer, TEST_JWT_SECRET, token } from './fixtures/tokens.ts'
import { multipart } from './fixtures/uploads.ts'
import { createPostgresDatabase, testEnv } from './helper.ts'
import { startImitations } from './imitations/index.ts'

const usePostgres = {
  skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL not set (the bundle has no embedded database)'
}
const BASE = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod'

let dist: string
t.before(async () => {
  dist = join(await mkdtemp(join(tmpdir(), 'sms-bundle-')), 'dist')
  await buildAll(dist)
})
t.teardown(() => rm(join(dist, '..'), { recursive: true, force: true }))

/** Imports a bundle in a fresh process, calls its handler with each event, returns the results and stdout. */
function invoke(
  bundle: string,
  events: unknown[],
  env: Record<string, string | undefined>
): Promise<{ results: unknown[]; stdout: string; stderr: string; code: number | null }> {
  const script = `
    const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)})
    const results = []
    for (const event of ${JSON.stringify(events)}) results.push(await handler(event, { awsRequestId: 'lambda-req-1', logStreamName: 'stream', getRemainingTimeInMillis: () => 15000 }))
    process.stdout.write('\\nRESULTS ' + JSON.stringify(results) + '\\n')
    process.exit(0)`
  return runNode(['--input-type=module', '-e', script], { cwd: tmpdir(), env }).then(({ code, stdout, stderr }) => {
    const line = stdout.split('\n').find((l) => l.startsWith('RESULTS '))
    return { results: line ? JSON.parse(line.slice(8)) : [], stdout, stderr, code }
  })
}

t.test(
  'the bundle: one minified ESM entry with source maps, heavy SDKs in lazy chunks, pdf.js beside it',
  async (t) => {
    const entry = await stat(join(dist, 'api/index.mjs'))
    t.ok(entry.size < 1.5 * 1024 * 1024, `entry is ${Math.round(entry.size / 1024)} KB`)
    await stat(join(dist, 'api/index.mjs.map'))
    const chunks = await readdir(join(dist, 'api/chunks'))
    t.ok(chunks.length > 0)
    const { readFile } = await import('node:fs/promises')
    const source = await readFile(join(dist, 'api/index.mjs'), 'utf8')
    t.match(
      source,
      /^import\{createRequire as __createRequire\}from"node:module"|^import \{ createRequire as __createRequire \}/,
      'the createRequire banner'
    )
    t.notMatch(
      source,
      /twilio-node\/|X-Pinecone-Api-Version|OpenAI-Organization|X-Amzn-SageMaker-Custom-Attributes/i,
      'no provider SDK in the entry file'
    )
    t.notMatch(source, /pglite\.wasm|pdf\.worker/, 'no PGlite, and pdf.js not in the entry')
    await stat(join(dist, 'api/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'))
    await stat(join(dist, 'migrate/migrations/meta/_journal.json'))
    // npm ci applies patches/postgres+3.4.9.patch (postinstall); the bundle must carry it.
    const maps = await Promise.all(
      chunks.filter((c) => c.endsWith('.map')).map((c) => readFile(join(dist, 'api/chunks', c), 'utf8'))
    )
    t.ok(
      maps.some((map) => map.includes('postgres/src/connection.js') && map.includes('Patched: drop the bytes')),
      'the patched postgres.js driver is bundled'
    )
  }
)

t.test(
  'a fresh process answers an HTTP API event: webhook, /validate, logs with request ids, EMF metrics',
  usePostgres,
  async (t) => {
    const { url, drop } = await createPostgresDatabase()
    t.teardown(drop)
    // Migrations as the deploy applies them: through the migration function's own bundle.
    const migrated = await invoke(
      join(dist, 'migrate/index.mjs'),
      [
        {
          RequestType: 'Create',
          ResponseURL: 'http://127.0.0.1:9/none',
          StackId: 's',
          RequestId: 'r',
          LogicalResourceId: 'DatabaseMigrations'
        }
      ],
      { DATABASE_URL: url }
    )
    t.match(migrated.stdout, /"status":"SUCCESS","reason":"\d+ of \d+ migrations applied"/)
    const sql = postgres(url, { max: 1, onnotice: () => {} })
    t.teardown(() => sql.end())
    await sql`insert into people (phone, name, manager_phone) values ('+13125550142', 'Alex Rivera', '+13125550101'), ('+13125550101', 'Marcus Lee', null)`
    await sql`update people set role = 'manager' where phone = '+13125550101'`

    const params = {
      MessageSid: `SM${'7'.repeat(32)}`,
      AccountSid: `AC${'0'.repeat(32)}`,
      From: '+13125550142',
      To: '+15005550006',
      Body: 'I cut my hand on the slicer',
      NumMedia: '0'
    }
    const webhook = httpApiEvent({
      method: 'POST',
      path: '/message',
      stage: 'prod',
      body: new URLSearchParams(params).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilioRequest('test-auth-token-123', `${BASE}/message`, params)
      }
    })
    const env = {
      ...testEnv({
        DATABASE_URL: url,
        PGLITE_DIR: undefined,
        PUBLIC_BASE_URL: BASE,
        METRICS: 'stdout',
        LOG_LEVEL: 'info'
      }),
      NODE_ENV: 'production'
    }
    const run = await invoke(
      join(dist, 'api/index.mjs'),
      [
        webhook,
        httpApiEvent({ method: 'GET', path: '/validate', stage: 'prod' }),
        { task: 'escalation-sweep' },
        httpApiEvent({ method: 'GET', path: '/admin/sign-in', stage: 'prod' })
      ],
      env
    )
    t.equal(run.code, 0, run.stderr)
    const [reply, validate, sweep, admin] = run.results as [
      { statusCode: number; body: string; headers: Record<string, string> },
      { statusCode: number; body: string },
      Record<string, number>,
      { statusCode: number; body: string; headers: Record<string, string> }
    ]
    t.equal(reply.statusCode, 200)
    t.match(reply.headers['content-type'], /text\/xml/)
    t.match(reply.body, /<Response><Message>If anyone is hurt or in danger, call 911 now\./)
    t.equal(validate.statusCode, 200, validate.body)
    t.match(sweep, { reminded: 0, moved: 0, overdueUrgent: 0 })
    t.equal(admin.statusCode, 200, 'the admin page is served by the same function')
    t.match(admin.body, '<base href="/prod/admin/">', 'under the stage')

    const lines = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    const logs = lines.filter((l) => 'level' in l)
    const handled = logs.find((l) => l.msg === 'inbound sms handled')!
    t.match(
      handled,
      { awsRequestId: 'lambda-req-1', reqId: 'JKJaXmPLvHcESHA=', from: '***0142' },
      'request id, Lambda request id, masked phone'
    )
    t.notMatch(
      run.stdout,
      /\+13125550142|test-auth-token-123|cut my hand/,
      'no full phone numbers, secrets or message text in the logs'
    )

    const emf = lines.filter((l) => '_aws' in l)
    t.ok(emf.length >= 4, `${emf.length} EMF records`)
    for (const record of emf) {
      const aws = record._aws as {
        Timestamp: number
        CloudWatchMetrics: Array<{
          Namespace: string
          Dimensions: string[][]
          Metrics: Array<{ Name: string; Unit: string }>
        }>
      }
      t.type(aws.Timestamp, 'number')
      for (const directive of aws.CloudWatchMetrics) {
        t.equal(directive.Namespace, 'FrontlineSmsAssistant')
        for (const set of directive.Dimensions)
          for (const key of set) t.type(record[key], 'string', `dimension ${key} has a value`)
        for (const metric of directive.Metrics)
          t.type(record[metric.Name], 'number', `metric ${metric.Name} has a value`)
      }
    }
    const names = emf.flatMap((r) =>
      (r._aws as { CloudWatchMetrics: Array<{ Metrics: Array<{ Name: string }> }> }).CloudWatchMetrics.flatMap((d) =>
        d.Metrics.map((m) => m.Name)
      )
    )
    for (const name of ['ColdStart', 'Messages', 'HandlerLatency', 'Escalations', 'UnacknowledgedUrgentEscalations'])
      t.ok(names.includes(name), `${name} emitted`)
  }
)

t.test(
  'a fresh process reads its secrets from Secrets Manager and ingests an uploaded PDF with the pdf.js it ships',
  usePostgres,
  async (t) => {
    const { url, drop } = await createPostgresDatabase()
    t.teardown(drop)
    const { secretsManager, env: aws } = await startImitations(t, 'secretsManager')
    // A database of your own: its URL is in the app secret, read by both functions at run time.
    const arn = secretsManager.put('frontline-sms/app', {
      DATABASE_URL: url,
      TWILIO_AUTH_TOKEN: 'token-from-the-secret',
      JWT_SECRET: TEST_JWT_SECRET
    })
    const created = {
      RequestType: 'Create',
      ResponseURL: 'http://127.0.0.1:9/none',
      StackId: 's',
      RequestId: 'r',
      LogicalResourceId: 'DatabaseMigrations'
    }
    const migrated = await invoke(join(dist, 'migrate/index.mjs'), [created], {
      ...aws,
      APP_SECRET_ARN: arn,
      APP_SECRET_FIELDS: 'DATABASE_URL'
    })
    t.match(migrated.stdout, /"status":"SUCCESS","reason":"\d+ of \d+ migrations applied"/, migrated.stderr)

    const pdf = makePdf(['Bereavement leave', 'You get 3 paid days of bereavement leave.'])
    const { body, contentType } = await multipart([{ name: 'bereavement.pdf', content: pdf }])
    const upload = httpApiEvent({
      method: 'POST',
      path: '/documents',
      stage: 'prod',
      body,
      headers: { ...bearer(token({ role: 'ops' })), 'content-type': contentType }
    })
    const env = {
      ...aws,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      APP_SECRET_ARN: arn,
      API_GATEWAY_BASE_URLS: 'https://*.execute-api.us-east-1.amazonaws.com/prod',
      TWILIO_EMPLOYEE_NUMBER: '+15005550006',
      TWILIO_MANAGER_NUMBER: '+15005550007'
    }
    const run = await invoke(join(dist, 'api/index.mjs'), [upload], env)
    t.equal(run.code, 0, run.stderr)
    const [res] = run.results as [{ statusCode: number; body: string }]
    t.equal(res.statusCode, 200, res.body)
    t.match(JSON.parse(res.body), { added: 1, failed: [] }, 'pdf.js read the PDF in a process outside the project')
    t.ok(secretsManager.reads(arn) >= 2, 'both functions read the secret')
  }
)

t.test('the migration function answers CloudFormation, including on failure', async (t) => {
  const received: string[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => {
      body += d
    })
    req.on('end', () => {
      received.push(body)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const { port } = server.address() as { port: number }
  const event = {
    RequestType: 'Create',
    ResponseURL: `http://127.0.0.1:${port}/cfn`,
    StackId: 'stack',
    RequestId: 'req',
    LogicalResourceId: 'DatabaseMigrations'
  }
  // A database that refuses connections: the deploy must fail with a reason, not hang.
  await invoke(join(dist, 'migrate/index.mjs'), [event], {
    DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    DATABASE_CONNECT_TIMEOUT_S: '2'
  })
  t.match(JSON.parse(received[0]!), {
    Status: 'FAILED',
    Reason: /migration failed/,
    StackId: 'stack',
    RequestId: 'req',
    LogicalResourceId: 'DatabaseMigrations',
    PhysicalResourceId: 'database-migrations'
  })
  // A setting that does not validate: reported too, not thrown before the answer.
  await invoke(join(dist, 'migrate/index.mjs'), [event], { DATABASE_URL: 'mysql://nobody@127.0.0.1/none' })
  t.match(JSON.parse(received[1]!), { Status: 'FAILED', Reason: /migration failed: [\s\S]*DATABASE_URL/ })
  await invoke(
    join(dist, 'migrate/index.mjs'),
    [{ ...event, RequestType: 'Delete', PhysicalResourceId: 'database-migrations' }],
    {}
  )
  t.match(JSON.parse(received[2]!), { Status: 'SUCCESS' }, 'deleting the stack never touches the database')

  // A failed update rolls back: CloudFormation sends an Update with the old version as the new one.
  const version = (n: number) => `arn:aws:lambda:us-east-1:123456789012:function:migrate:${n}`
  const update = (now: number, before: number) => ({
    ...event,
    RequestType: 'Update',
    PhysicalResourceId: 'database-migrations',
    ResourceProperties: { FunctionVersion: version(now) },
    OldResourceProperties: { FunctionVersion: version(before) }
  })
  const unreachable = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATABASE_CONNECT_TIMEOUT_S: '2' }
  await invoke(join(dist, 'migrate/index.mjs'), [update(6, 7)], unreachable)
  t.match(
    JSON.parse(received[3]!),
    { Status: 'SUCCESS', Reason: /version 6 does not move forward from 7 \(a rollback\)/ },
    'a rollback never re-runs the migration that failed (UPDATE_ROLLBACK_FAILED otherwise)'
  )
  await invoke(join(dist, 'migrate/index.mjs'), [update(8, 7)], unreachable)
  t.match(JSON.parse(received[4]!), { Status: 'FAILED', Reason: /migration failed/ }, 'a new version does migrate')
})
