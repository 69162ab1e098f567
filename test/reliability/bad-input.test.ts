// Bad input: each gets a clear error or a safe reply, and nothing already stored is lost or corrupted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { count } from 'drizzle-orm'
import type { InjectOptions } from 'fastify'
import t from 'tap'
import { chunks, documents, interactions, messages, people } from '../../drizzle/schema.ts'
import { countSegments } from '../../app/sms/segments.ts'
import { ingestPaths } from '../../app/knowledge/ingest.ts'
import { parseDirectoryCsv } from '../../app/people/directory-csv.ts'
import { PEOPLE, SAMPLE_HANDBOOK } from '../fixtures/data.ts'
import { makePdf } from '../fixtures/pdf.ts'
import { bearer, token } from '../fixtures/tokens.ts'
import { replyText, deliverSms } from '../fixtures/twilio.ts'
import { build } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'

type App = Awaited<ReturnType<typeof build>>

async function snapshot(app: App) {
  const n = async (table: typeof people | typeof messages | typeof documents | typeof chunks | typeof interactions) =>
    (await app.db.select({ n: count() }).from(table))[0]!.n
  return {
    people: await n(people),
    messages: await n(messages),
    interactions: await n(interactions),
    documents: await n(documents),
    chunks: await n(chunks)
  }
}

t.test('webhook bodies: empty, huge, UCS-2, emoji, extension characters, control characters and NUL', async (t) => {
  const { openai, env } = await startImitations(t, 'openai')
  const app = await build(t, { seed: true, env })
  const cases: Array<[string, string, RegExp]> = [
    ['empty', '', /only read text/],
    ['whitespace', ' \n\t ', /only read text/],
    ['1,600 UCS-2 characters', '休暇について教えてください。'.repeat(115).slice(0, 1600), /.+/],
    ['1,600 emoji-laden characters', `how much PTO ${'🎉'.repeat(790)}`, /.+/],
    ['GSM extension characters', 'how much PTO {do} [I] get ~ € | ^ \\', /paid time off/],
    ['control characters and NUL', 'how much\u0000 PTO\u0001 do I\u001b get?', /paid time off/],
    ['only emoji', '👍', /./]
  ]
  for (const [name, body, expected] of cases) {
    const res = await deliverSms(app, PEOPLE.alex, body)
    t.equal(res.statusCode, 200, `${name}: 200`)
    const reply = replyText(res)
    t.match(reply ?? '', expected, `${name}: a useful reply`)
    if (reply) t.ok(countSegments(reply).segments <= 3, `${name}: reply within SMS_MAX_SEGMENTS`)
  }
  const modelInputs = openai
    .chatRequests()
    .map(
      (r) =>
        JSON.parse(
          (r.json as { messages: Array<{ content: string }> }).messages[1]!.content.replace(
            /^<untrusted_data>\n|\n<\/untrusted_data>$/g,
            ''
          )
        ).employee_message as string
    )
  t.ok(
    modelInputs.every((m) => m.length <= 600),
    'what reaches the model is capped at 600 characters'
  )
  const stored = (await app.db.select().from(messages)).filter((m) => m.direction === 'inbound')
  t.ok(
    stored.some((m) => m.body.length === 1600),
    'the full text is stored'
  )
  t.notOk(
    stored.some((m) => /\u0000/.test(m.body)),
    'no NUL stored'
  )
})

t.test('malformed requests get clear 4xx errors and store nothing', async (t) => {
  const app = await build(t, { seed: true })
  const before = await snapshot(app)
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const attempts: Array<[string, InjectOptions, number]> = [
    ['malformed form body', { method: 'POST', url: '/message', headers: form, payload: '%E0%A4%A&&=&Body=%%%' }, 403],
    [
      'JSON to the webhook',
      { method: 'POST', url: '/message', headers: { 'content-type': 'application/json' }, payload: '{"Body":"hi"}' },
      415
    ],
    [
      'unknown content type',
      { method: 'POST', url: '/message', headers: { 'content-type': 'text/csv' }, payload: 'a,b' },
      415
    ],
    ['no content type', { method: 'POST', url: '/message', payload: 'Body=hi' }, 415],
    [
      'body over the limit',
      { method: 'POST', url: '/message', headers: form, payload: `Body=${'x'.repeat(70 * 1024)}` },
      413
    ],
    [
      '__proto__ in JSON',
      {
        method: 'POST',
        url: '/escalate',
        headers: { ...bearer(token()), 'content-type': 'application/json' },
        payload: '{"__proto__":{"isAdmin":true},"phone":"+13125550142","reason":"payroll","text":"x"}'
      },
      400
    ],
    [
      'constructor.prototype in JSON',
      {
        method: 'POST',
        url: '/escalate',
        headers: { ...bearer(token()), 'content-type': 'application/json' },
        payload: '{"constructor":{"prototype":{"isAdmin":true}},"phone":"+13125550142","reason":"payroll","text":"x"}'
      },
      400
    ],
    [
      'broken JSON',
      {
        method: 'POST',
        url: '/escalate',
        headers: { ...bearer(token()), 'content-type': 'application/json' },
        payload: '{"phone":'
      },
      400
    ],
    [
      'odd phone number',
      {
        method: 'POST',
        url: '/escalate',
        headers: bearer(token()),
        payload: { phone: '+1 (312) 555-01ab', reason: 'payroll', text: 'x' }
      },
      400
    ],
    ['unknown route', { method: 'GET', url: '/wp-admin' }, 404]
  ]
  for (const [name, request, status] of attempts) {
    const res = await app.inject(request)
    t.equal(res.statusCode, status, name)
    t.match(res.json(), { error: /.+/, message: /.+/ }, `${name}: a clear error body`)
  }
  t.same(await snapshot(app), before, 'nothing stored, nothing lost')
})

t.test('phone numbers in odd formats and CSV files with broken rows', async (t) => {
  const { rows, errors } = parseDirectoryCsv(
    [
      'phone,name,role,manager_phone,location,language',
      '312.555.0142,Dots,employee,,,en',
      '(312) 555-0143,Parens,employee,,,en',
      '001 312 555 0144,International prefix,employee,,,en',
      '+1 312 555 0145 ext. 12,Extension,employee,,,en',
      '3125550146,Digits only,employee,,,en',
      '555-CALL-NOW,Letters,employee,,,en',
      '+44 20 7183 8750,London,employee,,,en',
      ',No phone,employee,,,en',
      '"+13125550147,Unterminated quote,employee',
      '+13125550148,Too,many,columns,here,en,extra,extra'
    ].join('\n'),
    'US'
  )
  t.ok(rows.length >= 5, `${rows.length} good rows kept`)
  t.ok(
    rows.every((r) => /^\+[1-9]\d{6,14}$/.test(r.phone)),
    'every kept phone is E.164'
  )
  t.ok(errors.length >= 1, 'broken rows are reported')
  t.ok(
    errors.every((e) => e.line >= 0 && e.message.length > 0),
    'each with its line and a reason'
  )
})

t.test('a binary or truncated corpus file is refused and the stored knowledge stays intact', async (t) => {
  const app = await build(t, { seed: true })
  const before = await snapshot(app)
  const dir = await mkdtemp(join(tmpdir(), 'sms-bad-corpus-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await writeFile(join(dir, 'time-off.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]))
  await writeFile(join(dir, 'truncated.pdf'), makePdf(['Holiday schedule']).subarray(0, 120))
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]))
  const summary = await ingestPaths(app.db, [dir])
  t.same(summary.failed.map((f) => f.source).sort(), ['latin1.txt', 'time-off.md', 'truncated.pdf'])
  t.same(await snapshot(app), before, 'nothing added, nothing removed')
  const again = await ingestPaths(app.db, [SAMPLE_HANDBOOK])
  t.equal(again.unchanged, 8, 'the handbook that was there is untouched')
})
