// `npm run bench [-- <corpus folder>] [--json] [--requests 300] [--levels 1,10,50]`: throughput and
// latency of POST /message on the real server with the local providers, the 18F handbook ingested and
// a directory of 300 people, against a bare Fastify server that parses the same form body and returns
// a fixed TwiML reply. Embedded PGlite by default; the PostgreSQL at DATABASE_URL when it is set (a
// scratch database there, dropped afterwards). Every request has its own MessageSid and signature;
// afterwards each answered request must have exactly one inbound message and one interaction.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { loadDatabaseConfig } from '../app/config.ts'
import { queryRows } from '../app/db/database.ts'
import { openMigratedDatabase } from '../app/db/migrate.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { generateDirectory } from './directory.ts'
import { scratchDatabase } from './lib.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    requests: { type: 'string', default: '300' },
    levels: { type: 'string', default: '1,10,50' }
  }
})
const corpus = resolve(positionals[0] ?? '../shared/corpus/18f-handbook')
// A fixed number of requests per run (not a duration), so every response is counted.
const amount = Number(values.requests)
const levels = values.levels.split(',').map(Number)
const TOKEN = 'bench-auth-token-0123456789'
const BASE_URL = 'https://bench.example.test'
const ROOT = new URL('..', import.meta.url).pathname

const questions = (
  await readFile(new URL('../../shared/eval/retrieval-dev.jsonl', import.meta.url), 'utf8').catch(
    () => '{"q":"how much leave do I get"}'
  )
)
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { q: string }).q)
const MESSAGES = [...questions, 'thanks!', 'hello', 'what is the dress code', 'how do i request time off']

const postgresUrl = process.env.DATABASE_URL
const scratch = postgresUrl ? await scratchDatabase(postgresUrl, 'sms_bench') : undefined
const pgliteDir = scratch ? undefined : join(await mkdtemp(join(tmpdir(), 'sms-bench-')), 'db')
const databaseEnv = scratch ? { DATABASE_URL: scratch.url, DATABASE_POOL_MAX: '10' } : { PGLITE_DIR: pgliteDir }

try {
  // Prepare the database: migrations, the handbook and the directory.
  const setup = await openMigratedDatabase(loadDatabaseConfig(databaseEnv))
  const ingestStarted = performance.now()
  const ingested = await ingestPaths(setup.db, [corpus])
  const ingestMs = Math.round(performance.now() - ingestStarted)
  const people = generateDirectory(300)
  await upsertPeople(setup.db, people)
  await setup.close()
  const employees = people.filter((p) => p.role === 'employee').map((p) => p.phone)
  log(
    `${scratch ? 'PostgreSQL' : 'embedded PGlite'}: ${ingested.added} documents, ${ingested.chunks} chunks ingested in ${ingestMs} ms; ${people.length} people`
  )

  const server = await startProcess(['--import', 'tsx', 'server.ts'], {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    PUBLIC_BASE_URL: BASE_URL,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_EMPLOYEE_NUMBER: '+15005550006',
    TWILIO_MANAGER_NUMBER: '+15005550007',
    JWT_SECRET: 'bench-jwt-secret-0123456789abcdef-0123',
    RATE_LIMIT_PER_HOUR: '1000000',
    ESCALATION_SWEEP_INTERVAL_S: '0',
    ...databaseEnv
  })
  const baseline = await startProcess(['--import', 'tsx', 'bench/baseline/bare-server.ts'], {})

  let counter = 0
  const results: Array<{ level: number; ours: Figures; baseline: Figures }> = []
  let answered = 0
  for (const level of levels) {
    const ours = await load(server.url, level, amount, () => counter++, employees)
    answered += ours.ok
    // The baseline is ~100 times faster: more requests, so its figures are not all startup.
    const bare = await load(baseline.url, level, amount * 20, () => counter++, employees)
    results.push({ level, ours, baseline: bare })
    log(
      `concurrency ${String(level).padStart(2)}: ours ${ours.rps} req/s p50 ${ours.p50} ms p99 ${ours.p99} ms (${ours.ok} ok, ${ours.failed} failed) | ` +
        `baseline ${bare.rps} req/s p50 ${bare.p50} ms p99 ${bare.p99} ms | throughput ratio ${(ours.rps / bare.rps).toFixed(3)}`
    )
  }
  await stop(server.child)
  await stop(baseline.child)

  // Every answered request: exactly one inbound message and one interaction, nothing lost or doubled.
  const check = await openMigratedDatabase(loadDatabaseConfig(databaseEnv))
  const [counts] = await queryRows<{
    inbound: number
    distinct_sids: number
    interactions: number
    unprocessed: number
  }>(
    check.db,
    sql`
    select (select count(*)::int from messages where direction = 'inbound') as inbound,
           (select count(distinct twilio_sid)::int from messages where direction = 'inbound') as distinct_sids,
           (select count(*)::int from interactions) as interactions,
           (select count(*)::int from messages where direction = 'inbound' and status <> 'processed') as unprocessed`
  )
  await check.close()
  const consistent =
    counts!.inbound === answered &&
    counts!.interactions === answered &&
    counts!.distinct_sids === answered &&
    counts!.unprocessed === 0
  log(
    `integrity: ${answered} answered requests -> ${counts!.inbound} inbound messages, ${counts!.interactions} interactions, ${counts!.unprocessed} unprocessed: ${consistent ? 'OK' : 'MISMATCH'}`
  )
  if (values.json) {
    console.log(
      JSON.stringify({
        database: scratch ? 'postgres' : 'pglite',
        chunks: ingested.chunks,
        people: people.length,
        requestsPerRun: amount,
        results,
        integrity: { answered, ...counts, consistent }
      })
    )
  }
  if (!consistent) process.exitCode = 1
} finally {
  await scratch?.drop()
  if (pgliteDir) await rm(join(pgliteDir, '..'), { recursive: true, force: true })
}

interface Figures {
  rps: number
  p50: number
  p99: number
  ok: number
  failed: number
}

async function load(
  url: string,
  connections: number,
  amount: number,
  next: () => number,
  senders: string[]
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    amount,
    requests: [
      {
        method: 'POST',
        path: '/message',
        setupRequest: (request) => {
          const n = next()
          const params = {
            MessageSid: `SM${n.toString(16).padStart(32, '0')}`,
            AccountSid: `AC${'0'.repeat(32)}`,
            From: senders[n % senders.length]!,
            To: '+15005550006',
            Body: MESSAGES[n % MESSAGES.length]!,
            NumMedia: '0',
            NumSegments: '1'
          }
          request.body = new URLSearchParams(params).toString()
          request.headers = {
            'content-type': 'application/x-www-form-urlencoded',
            'x-twilio-signature': signTwilioRequest(TOKEN, `${BASE_URL}/message`, params)
          }
          return request
        }
      }
    ]
  })
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts
  }
}

async function startProcess(
  args: string[],
  env: Record<string, string | undefined>
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const onData = (data: Buffer) => {
      output += data
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) resolveUrl(match[1]!)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (d) => {
      output += d
    })
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)))
  })
  // Keep draining its output so a full pipe never blocks it.
  child.stdout!.resume()
  return { child, url }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  child.kill('SIGTERM')
  await once(child, 'exit')
}

function log(line: string): void {
  console.log(line)
}
