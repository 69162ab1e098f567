import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { runCli } from './fixtures/cli.ts'
import { SAMPLE_HANDBOOK } from './fixtures/data.ts'
import { startServer } from './fixtures/processes.ts'

async function tempDir(t: { teardown: (fn: () => unknown) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sms-cli-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

t.test('npm run classify: one text, or JSON lines in and out', async (t) => {
  const one = await runCli('classify', ['I', 'cut', 'my', 'hand', 'on', 'the', 'slicer'], {})
  t.equal(one.code, 0, one.stderr)
  t.match(JSON.parse(one.stdout), { label: 'safety', escalation: 'urgent', score: 1 })

  const many = await runCli(
    'classify',
    ['--jsonl'],
    {},
    '{"text":"running late, bus broke down"}\n{"text":"how much PTO do I get?"}\n'
  )
  t.equal(many.code, 0, many.stderr)
  const lines = many.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  t.match(lines, [
    { text: 'running late, bus broke down', label: 'attendance', escalation: 'normal' },
    { text: 'how much PTO do I get?', label: 'policy_question', escalation: 'none' }
  ])
  const bad = await runCli('classify', ['--jsonl'], {}, '{"q":"wrong key"}\n')
  t.equal(bad.code, 1)
  t.match(bad.stderr, /each line needs a "text" string/)
})

t.test('npm run ingest, then npm run search on the same embedded database', async (t) => {
  const dir = await tempDir(t)
  const env = { PGLITE_DIR: join(dir, 'db') }
  const ingest = await runCli('ingest', [SAMPLE_HANDBOOK], env)
  t.equal(ingest.code, 0, ingest.stderr)
  t.match(
    ingest.stdout,
    /8 files in \d+ ms: 8 added, 0 updated, 0 unchanged, 0 removed, 0 skipped, 0 failed; \d+ chunks written/
  )
  // Files in formats that are not read are named with what to do, not passed over.
  const others = join(dir, 'others')
  await mkdir(others)
  await writeFile(join(others, 'handbook-2019.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
  await writeFile(join(others, 'pay-rates.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  const again = await runCli('ingest', [SAMPLE_HANDBOOK, others], env)
  t.equal(again.code, 0, again.stderr)
  t.match(again.stdout, /10 files in \d+ ms: 0 added, 0 updated, 8 unchanged, .* 2 not read \(format not supported\)/)
  t.match(again.stderr, /not read handbook-2019\.doc: Word 97-2003 files are not read: save it as \.docx or PDF/)
  t.match(again.stderr, /not read pay-rates\.xlsx: spreadsheets are not read/)

  const search = await runCli('search', ['when', 'is', 'payday'], env)
  t.equal(search.code, 0, search.stderr)
  const results = JSON.parse(search.stdout)
  t.match(results[0], { source: 'pay.md', title: 'Pay and paychecks', heading: 'Payday' })
  t.type(results[0].score, 'number')

  const jsonl = await runCli(
    'search',
    ['--jsonl', '--limit', '2'],
    env,
    '{"q":"how do i swap shifts"}\n{"q":"shoes"}\n'
  )
  const lines = jsonl.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  t.equal(lines.length, 2)
  t.equal(lines[0].results[0].source, 'breaks-and-schedules.md')
  t.ok(lines.every((l: { results: unknown[] }) => l.results.length <= 2))

  t.match((await runCli('ingest', [], env)).stderr, /give at least one file or folder/)
  t.match((await runCli('search', ['x', '--limit', 'lots'], env)).stderr, /--limit must be a whole number/)
})

t.test('LOG_FORMAT=pretty: readable lines from pino-pretty, without secrets or numbers', async (t) => {
  const dir = await tempDir(t)
  const server = await startServer({
    NODE_ENV: 'development',
    PGLITE_DIR: join(dir, 'db'),
    PUBLIC_BASE_URL: 'http://localhost:3000',
    LOG_FORMAT: 'pretty'
  })
  t.teardown(() => server.stop('SIGKILL'))
  const sms = await runCli('sms', ['--server', server.url, 'when is payday'], { NODE_ENV: 'development' })
  t.equal(sms.code, 0, sms.stderr)
  await new Promise((resolve) => setTimeout(resolve, 300))
  const output = server.output()
  t.match(output, /INFO.*Server listening at http:\/\/127\.0\.0\.1:\d+/)
  t.match(output, /INFO.*inbound sms handled/)
  t.notMatch(output, /^\{"level"/m, 'no JSON lines')
  t.notMatch(output, /\+13125550142|when is payday/, 'no number or message text')
  t.equal(await server.stop('SIGTERM'), 0)
})

t.test(
  'npm run dev seeds the sample data, npm run sms gets a real answer, and the database is locked to one process',
  async (t) => {
    const dir = await tempDir(t)
    // PORT=0 picks a free port; the URL Twilio (and so the CLI) signs stays the dev default.
    const env = { NODE_ENV: 'development', PGLITE_DIR: join(dir, 'db'), PUBLIC_BASE_URL: 'http://localhost:3000' }
    const server = await startServer(env)
    t.teardown(() => server.stop('SIGKILL'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    t.match(
      server.output(),
      /employee number -> http:\/\/localhost:3000\/message#rc=2&rp=ct,rt,5xx&rt=12000, manager number -> http:\/\/localhost:3000\/escalate\/reply#rc=2&rp=ct,rt,5xx&rt=12000/,
      "the webhook URLs to paste, with Twilio's retry policy"
    )
    t.match(
      server.output(),
      /Twilio cannot reach: for a real phone run `ngrok http \d+`/,
      'the ngrok hint while it is localhost'
    )
    t.match(server.output(), /^\{"level":30/m, 'JSON lines when the output is not a terminal')
    // The CLI signs for PUBLIC_BASE_URL (http://localhost:3000 in dev) but posts to the server's real port.
    const sms = await runCli('sms', ['--server', server.url, 'how much PTO do I get?'], { NODE_ENV: 'development' })
    t.equal(sms.code, 0, sms.stderr)
    // The answer may run over lines: the best one, then lines the answer model adds.
    t.match(sms.stdout, /4 hours of paid time off[\s\S]*\(Source: Paid time off \(PTO\)\)/)

    const unknown = await runCli('sms', ['--server', server.url, '--from', '+13125550199', 'hi'], {
      NODE_ENV: 'development'
    })
    t.match(unknown.stdout, /not registered/)

    const locked = await runCli('search', ['payday'], { PGLITE_DIR: join(dir, 'db') })
    t.equal(locked.code, 1)
    t.match(locked.stderr, /in use by process \d+ \(is `npm run dev` running\?\)/)
    t.equal(await server.stop('SIGTERM'), 0)
    const after = await runCli('search', ['payday'], { PGLITE_DIR: join(dir, 'db') })
    t.equal(after.code, 0, 'unlocked once the server stopped')
  }
)
