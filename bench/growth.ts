// `npm run bench:growth [-- <corpus folder>] [--json]`: how ingestion time, retrieval latency and
// database size grow with the knowledge base: the corpus at 1x, 4x and 16x (copies under different
// paths). Embedded PGlite by default; a scratch database on DATABASE_URL when it is set.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import { loadDatabaseConfig } from '../app/config.ts'
import { type Database, queryRows } from '../app/db/database.ts'
import { openMigratedDatabase } from '../app/db/migrate.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { searchFullText } from '../app/knowledge/full-text-search.ts'
import { median, percentile, scratchDatabase } from './lib.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, factors: { type: 'string', default: '1,4,16' } }
})
const corpus = resolve(positionals[0] ?? '../shared/corpus/18f-handbook')
const questions = (await readFile(new URL('../../shared/eval/retrieval-dev.jsonl', import.meta.url), 'utf8'))
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { q: string }).q)
const work = await mkdtemp(join(tmpdir(), 'sms-growth-'))
const results = []
try {
  for (const factor of values.factors.split(',').map(Number)) {
    const folder = join(work, `x${factor}`)
    for (let copy = 1; copy <= factor; copy++) await cp(corpus, join(folder, `copy-${copy}`), { recursive: true })
    const scratch = process.env.DATABASE_URL ? await scratchDatabase(process.env.DATABASE_URL, 'sms_growth') : undefined
    const database: Database = await openMigratedDatabase(
      loadDatabaseConfig(scratch ? { DATABASE_URL: scratch.url } : { PGLITE_DIR: join(work, `db-${factor}`) })
    )
    try {
      const started = performance.now()
      const summary = await ingestPaths(database.db, [folder])
      const ingestS = Math.round((performance.now() - started) / 100) / 10
      // One pass first, not counted: right after ingestion the first reads also set every row's
      // visibility hints, and each connection prepares the statement.
      for (const q of questions) await searchFullText(database.db, q, { limit: 5 })
      const latencies: number[] = []
      for (let round = 0; round < 3; round++) {
        for (const q of questions) {
          const t = performance.now()
          await searchFullText(database.db, q, { limit: 5 })
          latencies.push(performance.now() - t)
        }
      }
      const [size] = await queryRows<{ bytes: string }>(
        database.db,
        sql`select pg_database_size(current_database()) as bytes`
      )
      const row = {
        factor,
        files: summary.files,
        chunks: summary.chunks,
        ingestS,
        searchMs: {
          p50: Math.round(median(latencies) * 10) / 10,
          p90: Math.round(percentile(latencies, 90) * 10) / 10
        },
        databaseMB: Math.round((Number(size!.bytes) / 1024 / 1024) * 10) / 10
      }
      results.push(row)
      console.log(
        `${String(factor).padStart(2)}x: ${row.files} files, ${row.chunks} chunks, ingested in ${row.ingestS} s; search p50 ${row.searchMs.p50} ms, p90 ${row.searchMs.p90} ms; database ${row.databaseMB} MB`
      )
    } finally {
      await database.close()
      await scratch?.drop()
    }
  }
  if (values.json) console.log(JSON.stringify({ database: process.env.DATABASE_URL ? 'postgres' : 'pglite', results }))
} finally {
  await rm(work, { recursive: true, force: true })
}
