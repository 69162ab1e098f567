// The vector path on a real PostgreSQL server with pgvector, as RDS runs it: the migrations create the
// embeddings table, ingestion embeds every passage once, search finds by meaning as well as by words
// and keeps restricted documents to their locations. CI runs it on the pgvector/pgvector image; a
// server without pgvector (this machine's) skips it, and test/providers/no-pgvector.test.ts covers that.
import { count } from 'drizzle-orm'
import postgres from 'postgres'
import t from 'tap'
import { chunks } from '../../drizzle/schema.ts'
import { queryRows } from '../../app/db/database.ts'
import { ingestFiles, ingestPaths } from '../../app/knowledge/ingest.ts'
import { SAMPLE_HANDBOOK } from '../fixtures/data.ts'
import { build, postgresDatabase } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'
import { sql } from 'drizzle-orm'

async function skipReason(): Promise<string | false> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) return 'TEST_DATABASE_URL is not set'
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  try {
    const [row] = await admin`select exists (select 1 from pg_available_extensions where name = 'vector') as ok`
    return row?.ok ? false : 'the TEST_DATABASE_URL server has no pgvector (CI runs this on pgvector/pgvector)'
  } finally {
    await admin.end()
  }
}
const skip = await skipReason()

t.test(
  'pgvector on PostgreSQL: embeddings stored once, search by meaning, /validate says hybrid',
  { skip },
  async (t) => {
    const { openai, env } = await startImitations(t, 'openai')
    const database = await postgresDatabase(t)
    const [table] = await queryRows<{ exists: boolean }>(
      database.db,
      sql`select to_regclass('chunk_embeddings') is not null as exists`
    )
    t.equal(table?.exists, true, 'the migrations made the embeddings table')
    const app = await build(t, { database, env })
    await ingestPaths(app.db, [SAMPLE_HANDBOOK])
    const first = await app.retriever.sync!()
    const [{ n }] = (await app.db.select({ n: count() }).from(chunks)) as [{ n: number }]
    t.equal(first.embedded, n, 'every passage embedded')
    t.same(await app.retriever.sync!(), { embedded: 0, deleted: 0 }, 'never twice')
    const [stored] = await queryRows<{ n: number }>(app.db, sql`select count(*)::int as n from chunk_embeddings`)
    t.equal(stored?.n, n, 'in pgvector')
    t.ok(openai.embeddingRequests().length >= 1)

    const results = await app.retriever.search('do i get paid when i work thanksgiving', { limit: 3 })
    t.equal(results[0]!.source, 'time-off.md')
    t.ok(
      results.some((r) => typeof r.similarity === 'number'),
      'found by meaning too'
    )
    const validate = (await app.inject({ method: 'GET', url: '/validate' })).json()
    t.match(validate.checks.retriever, { ok: true, mode: /hybrid: PostgreSQL full-text \+ pgvector/ })
  }
)

t.test('pgvector on PostgreSQL: restricted documents stay with their locations', { skip }, async (t) => {
  const { env } = await startImitations(t, 'openai')
  const database = await postgresDatabase(t)
  const app = await build(t, { database, env })
  await ingestFiles(app.db, [
    {
      source: 'parking.md',
      bytes: Buffer.from('---\ntitle: Parking\nlocations: [Riverside]\n---\nStaff park in the back lot.\n')
    }
  ])
  await app.retriever.sync!()
  const sources = async (location: string | null) =>
    (await app.retriever.search('where does staff park', { location })).map((r) => r.source)
  t.same(await sources('Riverside'), ['parking.md'])
  t.same(await sources('Downtown'), [])
  t.same(await sources(null), [], 'no location: only documents for everyone')
})
