// `npm run bench [-- <corpus folder>] [--json] [--duration 10] [--levels 1,10,50] [--profile dir]`: throughput, latency
// and cost per message of POST /message on the real server with the local providers, the 18F handbook
// ingested and a directory of 300 people, against a bare Fastify server that parses the same form body
// and returns a fixed TwiML reply. Both are driven the same way: a warm-up, then a fixed duration per
// concurrency level, so a fast server is measured at its speed and not by how long a fixed batch took.
// Embedded PGlite by default; the PostgreSQL at DATABASE_URL when it is set (a scratch database there,
// dropped afterwards; DATABASE_PREPARE=false measures it as deployed behind RDS Proxy). Every request
// has its own MessageSid, sender and signature, and the questions are the answer and retrieval sets'
// (hundreds of distinct texts); afterwards each answered request must have exactly one inbound message
// and one interaction.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { loadDatabaseConfig } from '../app/config.ts'
import { type Database, queryRows } from '../app/db/database.ts'
import { openMigratedDatabase } from '../app/db/migrate.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { generateDirectory } from './directory.ts'
import { postgresCpuMs, processCpuMs, scratchDatabase, startProcess, stop } from './lib.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    levels: { type: 'string', default: '1,10,50' },
    // A folder for the server's V8 CPU profile (node --cpu-prof), written when it stops.
    profile: { type: 'string' }
  }
})
const corpus = resolve(positionals[0] ?? '../shared/corpus/18f-handbook')
const durationS = Number(values.duration)
const warmupS = Number(values.warmup)
const levels = values.levels.split(',').map(Number)
const TOKEN = 'bench-auth-token-0123456789'
const BASE_URL = 'https://bench.example.test'

// Many distinct questions (every answer and retrieval set), so nothing is answered from repetition.
const QUESTION_FILES = [
  '../shared/eval/retrieval-dev.jsonl',
  '../shared/eval/answers-dev.jsonl',
  'test/fixtures/retrieval-extra.jsonl',
  'eval/retrieval-holdout.jsonl',
  'eval/answers-sample.jsonl',
  'eval/answers-copper-pot.jsonl',
  'eval/answers-northline.jsonl',
  'eval/answers-bright-basket.jsonl'
]
const questions: string[] = []
for (const file of QUESTION_FILES) {
  const text = await readFile(new URL(`../${file}`, import.meta.url), 'utf8').catch(() => '')
  for (const line of text.trim().split('\n').filter(Boolean)) questions.push((JSON.parse(line) as { q: string }).q)
}
const MESSAGES = [...new Set([...questions, 'thanks!', 'hello', 'ok got it'])]

const postgresUrl = process.env.DATABASE_URL
const scratch = postgresUrl ? await scratchDatabase(postgresUrl, 'sms_bench') : undefined
const pgliteDir = scratch ? undefined : join(await mkdtemp(join(tmpdir(), 'sms-bench-')), 'db')
// DATABASE_PREPARE=false measures the server as deployed behind RDS Proxy (no prepared statements).
const databaseEnv = scratch
  ? { DATABASE_URL: scratch.url, DATABASE_POOL_MAX: '10', DATABASE_PREPARE: process.env.DATABASE_PREPARE ?? 'true' }
  : { PGLITE_DIR: pgliteDir }

try {
  const setup = await openMigratedDatabase(loadDatabaseConfig(databaseEnv))
  const ingestStarted = performance.now()
  const ingested = await ingestPaths(setup.db, [corpus])
  const ingestMs = Math.round(performance.now() - ingestStarted)
  const people = generateDirectory(300)
  await upsertPeople(setup.db, people)
  // PGlite is single-process: the server opens it, so the bench's own connection closes first.
  if (!scratch) await setup.close()
  const employees = people.filter((p) => p.role === 'employee').map((p) => p.phone)
  console.log(
    `${scratch ? 'PostgreSQL' : 'embedded PGlite'}: ${ingested.added} documents, ${ingested.chunks} chunks ingested in ${ingestMs} ms; ${people.length} people; ${MESSAGES.length} distinct messages`
  )

  const profileArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : []
  const server = await startProcess([...profileArgs, '--import', 'tsx', 'server.ts'], {
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
  const next = () => counter++
  const results: Array<{ level: number; ours: Figures; baseline: Figures; cost?: Cost }> = []
  let answered = 0
  // Warm both up (JIT, connections, the first run of each query) before anything is measured.
  answered += (await load(server.url, 10, warmupS, next, employees)).ok
  await load(baseline.url, 10, warmupS, next, employees)
  for (const level of levels) {
    const before = await usage(server.child.pid!, scratch ? setup : undefined)
    const ours = await load(server.url, level, durationS, next, employees)
    const cost = perMessage(before, await usage(server.child.pid!, scratch ? setup : undefined), ours.ok)
    answered += ours.ok
    const bare = await load(baseline.url, level, durationS, next, employees)
    results.push({ level, ours, baseline: bare, cost })
    console.log(
      `concurrency ${String(level).padStart(2)}: ours ${ours.rps} req/s p50 ${ours.p50} ms p99 ${ours.p99} ms (${ours.ok} ok, ${ours.failed} failed) | ` +
        `baseline ${bare.rps} req/s p50 ${bare.p50} ms p99 ${bare.p99} ms | ratio ${(ours.rps / bare.rps).toFixed(4)}`
    )
    console.log(
      `                per message: server CPU ${cost.serverCpuMs} ms` +
        (cost.postgresCpuMs === null ? '' : `, PostgreSQL CPU ${cost.postgresCpuMs} ms`) +
        (cost.transactions === null ? '' : `, ${cost.transactions} database statements`)
    )
  }
  await stop(server.child)
  await stop(baseline.child)
  if (scratch) await setup.close()
  // Requests still in flight when a run's time was up are processed too (the server finishes them
  // before it stops): at most one per connection.
  const integrity = await checkIntegrity(
    databaseEnv,
    answered,
    levels.reduce((a, b) => a + b, 10)
  )
  console.log(
    `integrity: ${answered} answered requests (and those in flight at the end of a run) -> ${integrity.inbound} inbound messages, ${integrity.interactions} interactions, ${integrity.unprocessed} unprocessed: ${integrity.consistent ? 'OK' : 'MISMATCH'}`
  )
  if (values.json)
    console.log(
      JSON.stringify({
        database: scratch ? 'postgres' : 'pglite',
        chunks: ingested.chunks,
        people: people.length,
        durationS,
        results,
        integrity
      })
    )
  if (!integrity.consistent) process.exitCode = 1
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

interface Usage {
  serverCpuMs: number | null
  postgresCpuMs: number | null
  transactions: number | null
}
interface Cost {
  serverCpuMs: number | null
  postgresCpuMs: number | null
  /** Statements the database ran per message (each outside a transaction is one round trip or more). */
  transactions: number | null
}

async function usage(pid: number, database: Database | undefined): Promise<Usage> {
  let transactions: number | null = null
  if (database) {
    // Statistics reach pg_stat_database when a backend reports them (at most once a second when busy).
    await new Promise((r) => setTimeout(r, 1100))
    const [row] = await queryRows<{ n: string }>(
      database.db,
      sql`select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`
    )
    transactions = Number(row?.n ?? 0)
  }
  return {
    serverCpuMs: await processCpuMs(pid),
    postgresCpuMs: database ? await postgresCpuMs() : null,
    transactions
  }
}

function perMessage(before: Usage, after: Usage, messages: number): Cost {
  const each = (a: number | null, b: number | null, extra = 0) =>
    a === null || b === null || messages === 0 ? null : Math.round(((b - a - extra) / messages) * 100) / 100
  // The bench's own statistics query is one statement of the count.
  return {
    serverCpuMs: each(before.serverCpuMs, after.serverCpuMs),
    postgresCpuMs: each(before.postgresCpuMs, after.postgresCpuMs),
    transactions: each(before.transactions, after.transactions, 1)
  }
}

async function checkIntegrity(env: Record<string, string | undefined>, answered: number, inFlight: number) {
  const check = await openMigratedDatabase(loadDatabaseConfig(env))
  try {
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
    const c = counts!
    const consistent =
      c.inbound >= answered &&
      c.inbound <= answered + inFlight &&
      c.interactions === c.inbound &&
      c.distinct_sids === c.inbound &&
      c.unprocessed === 0
    return { answered, ...c, consistent }
  } finally {
    await check.close()
  }
}

async function load(
  url: string,
  connections: number,
  duration: number,
  next: () => number,
  senders: string[]
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration,
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
    rps: Math.round((result.requests.total / duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts
  }
}
