import { sql } from 'drizzle-orm'
import t from 'tap'
import { openDatabase, queryRows } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { createPostgresDatabase, testConfig } from './helper.ts'

const EXPECTED_TABLES = [
  'admin_codes',
  'admin_sessions',
  'admin_views',
  'chunks',
  'documents',
  'escalations',
  'faqs',
  'feedback',
  'gap_resolutions',
  'interactions',
  'knowledge_lexemes',
  'knowledge_synonyms',
  'knowledge_terms',
  'messages',
  'people',
  'rate_limits',
  'vector_sync'
]

async function tablesOf(db: Parameters<typeof queryRows>[0]): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    db,
    sql`
    select table_name from information_schema.tables where table_schema = 'public' order by table_name`
  )
  return rows.map((r) => r.table_name)
}

t.test('migrations apply on PGlite, with pgvector, and a second run is a no-op', async (t) => {
  const database = await openDatabase(testConfig({ PGLITE_DIR: 'memory://' }))
  t.teardown(() => database.close())
  const first = await runMigrations(database)
  t.equal(first.applied, first.total)
  t.ok(first.total >= 3)
  const second = await runMigrations(database)
  t.equal(second.applied, 0)
  const tables = await tablesOf(database.db)
  t.same(tables, [...EXPECTED_TABLES, 'chunk_embeddings'].sort(), 'PGlite has pgvector, so the embeddings table exists')
  const [ext] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from pg_extension where extname in ('vector', 'pg_trgm')`
  )
  t.equal(ext?.n, 2)
})

t.test(
  'migrations apply on PostgreSQL without pgvector',
  { skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL not set' },
  async (t) => {
    const { url, drop } = await createPostgresDatabase()
    const database = await openDatabase(testConfig({ DATABASE_URL: url }))
    t.teardown(async () => {
      await database.close()
      await drop()
    })
    const result = await runMigrations(database)
    t.equal(result.applied, result.total)
    const tables = await tablesOf(database.db)
    for (const table of EXPECTED_TABLES) t.ok(tables.includes(table), `${table} exists`)
    const [vector] = await queryRows<{ available: boolean }>(
      database.db,
      sql`
    select exists (select 1 from pg_available_extensions where name = 'vector') as available`
    )
    t.equal(
      tables.includes('chunk_embeddings'),
      vector?.available,
      'the embeddings table exists exactly where pgvector does'
    )
  }
)

t.test(
  'two migration runs at once: each migration is applied exactly once',
  { skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL not set' },
  async (t) => {
    const { url, drop } = await createPostgresDatabase()
    const a = await openDatabase(testConfig({ DATABASE_URL: url }))
    const b = await openDatabase(testConfig({ DATABASE_URL: url }))
    t.teardown(async () => {
      await a.close()
      await b.close()
      await drop()
    })
    const results = await Promise.all([runMigrations(a), runMigrations(b)])
    const applied = results.map((r) => r.applied).sort()
    t.same(applied, [0, results[0]!.total], 'one run applied everything, the other nothing')
    const [row] = await queryRows<{ n: number; distinct_hashes: number }>(
      a.db,
      sql`
    select count(*)::int as n, count(distinct hash)::int as distinct_hashes from drizzle.__drizzle_migrations`
    )
    t.equal(row?.n, results[0]!.total)
    t.equal(row?.distinct_hashes, results[0]!.total)
  }
)
