// A knowledge base where one of the question's words is in thousands of chunks: the search's first
// pass reads the postings of its weightiest words only (migration 0010), and still finds the page.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import t from 'tap'
import { queryRows } from '../app/db/database.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { searchFullText } from '../app/knowledge/full-text-search.ts'
import { DATABASE_KINDS, postgresDatabase, testDatabase } from './helper.ts'

const STORES = 2400

for (const kind of DATABASE_KINDS) {
  t.test(`a word in thousands of chunks is not read for every search (${kind})`, async (t) => {
    // One connection, so the index statistics are the search's own.
    const { db } =
      kind === 'postgres' ? await postgresDatabase(t, { DATABASE_POOL_MAX: '1' }) : await testDatabase(t, kind)
    const dir = await mkdtemp(join(tmpdir(), 'sms-scale-'))
    t.teardown(() => rm(dir, { recursive: true, force: true }))
    // A page per store, each with its own opening hours: "shift" is in every one of them.
    for (let store = 1; store <= STORES; store++) {
      await writeFile(
        join(dir, `store-${store}.md`),
        `# Store ${store}\n\nThe morning shift at store ${store} opens at ${store % 12}:00 and the evening shift closes at 22:00.\n`
      )
    }
    await writeFile(
      join(dir, 'jury-duty.md'),
      '# Jury duty\n\nJury duty is paid leave: tell your manager before your next shift and bring the summons.\n'
    )
    const summary = await ingestPaths(db, [dir])
    t.ok(summary.chunks > STORES, `${summary.chunks} chunks`)

    const postingsRead = async () => {
      await queryRows(db, sql`select pg_stat_force_next_flush()`)
      const [row] = await queryRows<{ read: number }>(
        db,
        sql`select idx_tup_read::int as read from pg_stat_user_indexes where indexrelname = 'chunks_tsv_idx'`
      )
      return row!.read
    }
    await searchFullText(db, 'is jury duty a paid shift', { limit: 3 }) // plans and caches the statement
    const before = await postingsRead()
    const [found] = await searchFullText(db, 'is jury duty a paid shift', { limit: 3 })
    const read = (await postingsRead()) - before
    t.equal(found?.source, 'jury-duty.md', 'the page with the weightiest words is found')
    t.ok(read < 100, `the first pass read ${read} postings, not the ${STORES} chunks that hold "shift"`)

    // When the common word is all the question has, it is read: the search still answers.
    const [hours] = await searchFullText(db, 'when does the morning shift open at store 17', { limit: 1 })
    t.equal(hours?.source, 'store-17.md', 'a question of common words only is still answered')
  })
}
