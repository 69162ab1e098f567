// `npm run bench:insights [-- --interactions 100000] [--json]`: how long GET /insights's query takes
// on a busy company's history: a directory of 300, interactions spread over 60 days (a fifth of them
// declined, with questions drawn from a few hundred texts), escalations and disputes. PostgreSQL at
// DATABASE_URL (a scratch database, dropped afterwards), else embedded PGlite.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { loadDatabaseConfig, loadConfig } from '../app/config.ts'
import { queryRows } from '../app/db/database.ts'
import { openMigratedDatabase } from '../app/db/migrate.ts'
import { loadInsights } from '../app/insights/insights.ts'
import { textArray } from '../app/knowledge/full-text-query.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { generateDirectory } from './directory.ts'
import { median, percentile, scratchDatabase } from './lib.ts'

const { values } = parseArgs({
  options: { interactions: { type: 'string', default: '100000' }, json: { type: 'boolean', default: false } }
})
const total = Number(values.interactions)
const texts = (await readFile(new URL('../eval/answers-copper-pot.jsonl', import.meta.url), 'utf8'))
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { q: string }).q)

const scratch = process.env.DATABASE_URL
  ? await scratchDatabase(process.env.DATABASE_URL, 'sms_bench_insights')
  : undefined
// Seeding takes longer than a request may.
const env = {
  DATABASE_STATEMENT_TIMEOUT_MS: '600000',
  ...(scratch ? { DATABASE_URL: scratch.url } : { PGLITE_DIR: 'memory://' })
}
const database = await openMigratedDatabase(loadDatabaseConfig(env))
try {
  await upsertPeople(database.db, generateDirectory(300))
  const started = performance.now()
  // Messages and their interactions in one statement each, spread over the last 60 days.
  await database.db.execute(sql`
    with employees as (
      select id, phone, (row_number() over (order by id) - 1)::int as n from people where role = 'employee'
    )
    insert into messages (twilio_sid, direction, channel, from_phone, to_phone, body, status, person_id, created_at, updated_at)
    select 'SM' || lpad(to_hex(g), 32, '0'), 'inbound', 'employee', p.phone, '+15005550006',
           (${textArray(texts)})[1 + g % ${texts.length}], 'processed', p.id,
           now() - (g % 86400) * interval '1 minute', now()
    from generate_series(1, ${total}) g
    join employees p on p.n = g % (select count(*) from employees)`)
  await database.db.execute(sql`
    insert into interactions (message_id, person_id, question, answer, answer_mode, sources, created_at)
    select m.id, m.person_id, m.body, null,
           case when m.id % 5 = 0 then 'no_answer' when m.id % 17 = 0 then 'escalated' when m.id % 11 = 0 then 'smalltalk' else 'extractive' end,
           case when m.id % 5 = 0 then '[]'::jsonb else jsonb_build_array(jsonb_build_object('chunkId', 1, 'source', 'page-' || (m.id % 40) || '.md', 'title', 'Page ' || (m.id % 40), 'heading', '', 'score', 1)) end,
           m.created_at
    from messages m`)
  await database.db.execute(sql`
    insert into escalations (employee_id, reason, priority, status, original_text, created_at, acknowledged_at, seconds_to_answer, updated_at)
    select i.person_id, 'payroll', (array['urgent','high','normal'])[1 + i.id % 3], (array['open','answered','closed'])[1 + i.id % 3],
           i.question, i.created_at, i.created_at + interval '7 minutes', 600 + i.id % 3000, now()
    from interactions i where i.answer_mode = 'escalated'`)
  await database.db.execute(sql`
    insert into feedback (interaction_id, person_id, kind, text, created_at)
    select i.id, i.person_id, 'disputed', 'WRONG', i.created_at from interactions i where i.id % 97 = 0`)
  await database.db.execute(sql`analyze`)
  const seeded = Math.round((performance.now() - started) / 1000)

  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_BASE_URL: 'https://x.test',
    TWILIO_AUTH_TOKEN: 'bench-auth-token',
    JWT_SECRET: 'x'.repeat(32),
    ...env
  })
  // The manager with the most people below them.
  const [busiest] = await queryRows<{ id: number }>(
    database.db,
    sql`select m.id from people m join people p on p.manager_phone = m.phone
        where m.role = 'manager' group by m.id order by count(*) desc limit 1`
  )
  const result: Record<string, { p50: number; p90: number }> = {}
  for (const [label, actor, days] of [
    ['HR, 7 days', { role: 'hr' as const }, 7],
    ['HR, 30 days', { role: 'hr' as const }, 30],
    ['a manager, 30 days', { role: 'manager' as const, personId: Number(busiest?.id) }, 30]
  ] as const) {
    const times: number[] = []
    for (let run = 0; run < 12; run++) {
      const t = performance.now()
      await loadInsights(database.db, config, actor, { days }, new Date())
      if (run >= 2) times.push(performance.now() - t)
    }
    result[label] = { p50: Math.round(median(times)), p90: Math.round(percentile(times, 90)) }
    console.log(`${label.padEnd(20)} p50 ${result[label]!.p50} ms  p90 ${result[label]!.p90} ms`)
  }
  console.log(`(${total} interactions over 60 days on ${scratch ? 'PostgreSQL' : 'PGlite'}, seeded in ${seeded} s)`)
  if (values.json)
    console.log(JSON.stringify({ interactions: total, database: scratch ? 'postgres' : 'pglite', result }))
} finally {
  await database.close()
  await scratch?.drop()
}
