// `npm run bench:cold`: cold start as a user feels it. Each run is a fresh Node process that imports
// the built Lambda bundle and answers its first API Gateway (HTTP API) event: a signed SMS webhook.
// The same is measured for a bare Fastify + @fastify/aws-lambda bundle answering the same event.
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
  // The baseline is a default Fastify, so it keeps Fastify's own schema compilers.
  await build({ ...buildOptions('bench/baseline/bare-lambda.ts', 'dist-bench/baseline'), splitting: false, alias: {} })

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
  // Alternated, run by run, so a slower minute of this shared machine weighs on both alike.
  const ours: number[] = []
  const baseline: number[] = []
  for (let i = 0; i < RUNS; i++) {
    ours.push(await coldStart('dist/api/index.mjs', env, i))
    baseline.push(await coldStart('dist-bench/baseline/index.mjs', env, i))
  }
  const sizes = {
    ours: await bundleBytes('dist/api/index.mjs'),
    baseline: await bundleBytes('dist-bench/baseline/index.mjs')
  }
  const paired = ours.map((ms, i) => ms / baseline[i]!)
  const result = {
    runs: RUNS,
    bundleKB: { ours: Math.round(sizes.ours / 1024), baseline: Math.round(sizes.baseline / 1024) },
    firstResponseMs: {
      ours: { p50: median(ours), p90: percentile(ours, 90) },
      baseline: { p50: median(baseline), p90: percentile(baseline, 90) }
    },
    ratio: round2(median(ours) / median(baseline)),
    // Each run of ours is paired with the baseline's run beside it, so a slow minute of the machine
    // weighs on both sides of a ratio: the spread says how far apart two figures must be to differ.
    pairedRatio: {
      p25: round2(percentile(paired, 25)),
      p50: round2(median(paired)),
      p75: round2(percentile(paired, 75))
    }
  }
  console.log(`cold start, ${RUNS} fresh processes each (process start to first response, in the process):`)
  console.log(
    `  ours      ${result.bundleKB.ours} KB entry   p50 ${result.firstResponseMs.ours.p50} ms   p90 ${result.firstResponseMs.ours.p90} ms`
  )
  console.log(
    `  baseline  ${result.bundleKB.baseline} KB   p50 ${result.firstResponseMs.baseline.p50} ms   p90 ${result.firstResponseMs.baseline.p90} ms`
  )
  console.log(`  ratio (p50) ${result.ratio}`)
  const { p25, p50, p75 } = result.pairedRatio
  console.log(`  ratio run by run: median ${p50}, middle half ${p25}-${p75}`)
  if (jsonFlag()) console.log(JSON.stringify(result))
} finally {
  await drop()
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

async function bundleBytes(path: string): Promise<number> {
  return (await stat(path)).size
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
