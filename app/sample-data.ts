// `npm run dev` on an empty database loads the sample directory and handbook, so `npm run sms` gets a
// real answer on the first try.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { count } from 'drizzle-orm'
import { documents, people } from '../drizzle/schema.ts'
import type { Db } from './db/database.ts'
import { ingestPaths } from './knowledge/ingest.ts'
import type { Retriever } from './knowledge/types.ts'
import type { Logger } from './lib/logger.ts'
import { upsertPeople } from './people/directory.ts'
import { parseDirectoryCsv } from './people/directory-csv.ts'

const SAMPLE = new URL('../sample/', import.meta.url)

export async function seedSampleDataIfEmpty(
  db: Db,
  defaultCountry: string,
  log: Logger,
  retriever?: Retriever
): Promise<void> {
  const [{ n: peopleCount }] = (await db.select({ n: count() }).from(people)) as [{ n: number }]
  if (peopleCount === 0) {
    const { rows } = parseDirectoryCsv(await readFile(new URL('people.csv', SAMPLE), 'utf8'), defaultCountry)
    await upsertPeople(db, rows)
    log.info({ people: rows.length }, 'seeded the sample directory (sample/people.csv)')
  }
  const [{ n: documentCount }] = (await db.select({ n: count() }).from(documents)) as [{ n: number }]
  if (documentCount === 0) {
    const summary = await ingestPaths(db, [fileURLToPath(new URL('handbook', SAMPLE))])
    log.info({ documents: summary.added, chunks: summary.chunks }, 'seeded the sample handbook (sample/handbook)')
    const synced = retriever?.sync ? await retriever.sync() : undefined
    if (synced?.unavailable) log.info({ search: 'full-text only' }, synced.unavailable)
    else if (synced) log.info(synced, 'embedded the sample handbook')
  }
}
