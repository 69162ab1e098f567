// `npm run bench:cold`: cold start as a user feels it. Each run is a fresh Node process that imports
// the built Lambda bundle and answers its first API Gateway (HTTP API) event: a signed SMS webhook.
// The same is measured for a bare Fastify + @fastify/aws-lambda bundle answering the same event, and
// for that bundle with the database work such a webhook does (bench/baseline/bare-db-lambda.ts).
// Needs PostgreSQL (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test): a scratch database
// is created and dropped.
import { stat } from 'node:fs/promises'
import { build } from 'esbuild'
import { openDatabase } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { loadDatabaseConfig } from '../app/config.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { buildAll, buildOptions } from '../scripts/build.ts'
import { jsonFlag, median, percentile, runNode, scratchDatabase } from './lib.ts'

const RUNS = Number(process.env.RUNS ?? 15)
// COLD_PROFILE=<dir>: our runs write V8 CPU profiles there (node --cpu-prof), to see where the time goes.
const PROFILE = process.env.COLD_PROFILE
const BASE_URL = 'https://abc123.execute-api.us-east-1.amazonaws.com'
const TOKEN = 'bench-auth-token-0123456789'

// Ours, the issue's yardstick (`baseline`), and that bundle with the connection and two statements any
// webhook of this kind runs (`withDatabase`), to tell our code's cost from the database's.
const BUNDLES = [
  { name: 'ours', dir: 'dist/api' },
  { name: 'baseline', entry: 'bench/baseline/bare-lambda.ts', dir: 'dist-bench/baseline' },
  { name: 'withDatabase', entry: 'bench/baseline/bare-db-lambda.ts', dir: 'dist-bench/baseline-db' }
] as const

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const { url, drop } = await scratchDatabase(adminUrl, 'sms_bench_cold')
try {
  const database = await openDatabase(loadDatabaseConfig({ DATABASE_URL: url }))
  await runMigrations(database)
  await upsertPeople(database.db, [
    { phone: '+13125550142', name: 'Alex Rivera', role: 'employee', managerPhone: null, location: null, language: 'en' }
  ])
  await database.close()

  await buildAll('dist')
  // The baselines are a default Fastify, so they keep Fastify's own schema compilers.
  for (const b of BUNDLES)
    if ('entry' in b) await build({ ...buildOptions(b.entry, b.dir), splitting: false, alias: {} })

  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: url,
    DATABASE_POOL_MAX: '1',
    PUBLIC_BASE_URL: BASE_URL,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_EMPLOYEE_NUMBER: '+15005550006',
    TWILIO_MANAGER_NUMBER: '+15005550007',
    JWT_SECRET: 'bench-jwt-secret-0123456789abcdef-0123'
  }
  // Alternated, run by run, so a slower minute of this shared machine weighs on all alike.
  const times = BUNDLES.map(() => [] as number[])
  for (let i = 0; i < RUNS; i++)
    for (const [k, b] of BUNDLES.entries()) times[k]!.push(await coldStart(`${b.dir}/index.mjs`, env, i))

  const [ours, baseline, withDatabase] = times as [number[], number[], number[]]
  const bundles: Record<string, { entryKB: number; p50: number; p90: number }> = {}
  for (const [k, b] of BUNDLES.entries()) {
    const { size } = await stat(`${b.dir}/index.mjs`)
    bundles[b.name] = { entryKB: Math.round(size / 1024), p50: median(times[k]!), p90: percentile(times[k]!, 90) }
  }
  const result = {
    runs: RUNS,
    bundles,
    ratio: round2(median(ours) / median(baseline)),
    // Each run of ours over the baseline's run beside it, so a slow minute of the machine weighs on
    // both sides of a ratio: the spread says how far apart two figures must be to differ.
    pairedRatio: pairedRatio(ours, baseline),
    pairedRatioWithDatabase: pairedRatio(ours, withDatabase)
  }
  console.log(`cold start, ${RUNS} fresh processes each (process start to first response, in the process):`)
  for (const [name, b] of Object.entries(bundles))
    console.log(`  ${name.padEnd(13)} ${String(b.entryKB).padStart(5)} KB entry   p50 ${b.p50} ms   p90 ${b.p90} ms`)
  console.log(`  ratio (p50) ${result.ratio}`)
  const run = (r: Paired) => `median ${r.p50}, middle half ${r.p25}-${r.p75}`
  console.log(`  ratio run by run: ${run(result.pairedRatio)}`)
  console.log(`  over the baseline with the database work: ${run(result.pairedRatioWithDatabase)}`)
  if (jsonFlag()) console.log(JSON.stringify(result))
} finally {
  await drop()
}

interface Paired {
  p25: number
  p50: number
  p75: number
}

function pairedRatio(ours: number[], other: number[]): Paired {
  const ratios = ours.map((ms, i) => ms / other[i]!)
  return { p25: round2(percentile(ratios, 25)), p50: round2(median(ratios)), p75: round2(percentile(ratios, 75)) }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** A fresh process that imports the bundle and answers one signed webhook event: ms to its response. */
async function coldStart(bundle: string, env: Record<string, string | undefined>, i: number): Promise<number> {
  const params = {
    MessageSid: `SM${String(i).padStart(32, '0')}`,
    AccountSid: `AC${'0'.repeat(32)}`,
    From: '+13125550142',
    To: '+15005550006',
    Body: 'hello',
    NumMedia: '0'
  }
  const event = {
    version: '2.0',
    routeKey: 'ANY /{proxy+}',
    rawPath: '/message',
    rawQueryString: '',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioRequest(TOKEN, `${BASE_URL}/message`, params),
      host: 'abc123.execute-api.us-east-1.amazonaws.com'
    },
    requestContext: {
      http: {
        method: 'POST',
        path: '/message',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'TwilioProxy/1.1'
      },
      requestId: `r${i}`,
      stage: '$default'
    },
    pathParameters: { proxy: 'message' },
    body: Buffer.from(new URLSearchParams(params).toString()).toString('base64'),
    isBase64Encoded: true
  }
  const script = `
    const { handler } = await import(${JSON.stringify(new URL(`../${bundle}`, import.meta.url).href)})
    const res = await handler(${JSON.stringify(event)}, { awsRequestId: 'x', getRemainingTimeInMillis: () => 15000 })
    const elapsed = performance.now()
    if (res.statusCode !== 200) { console.error(res.statusCode, res.body); process.exit(1) }
    console.log(elapsed.toFixed(1))
    process.exit(0)`
  const profile = PROFILE && bundle.startsWith('dist/') ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : []
  const run = await runNode([...profile, '--input-type=module', '-e', script], { env })
  if (run.code !== 0) throw new Error(`cold start run failed:\n${run.stderr}`)
  const out = run.stdout.trim().split('\n').at(-1)!
  return Number(out)
}
