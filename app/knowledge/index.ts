import { count } from 'drizzle-orm'
import { chunks } from '../../drizzle/schema.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { searchKnowledge } from './postgres-retriever.ts'
import type { Retriever } from './types.ts'

export function createRetriever (_config: Config, db: Db, _log: Logger): Retriever {
  return createPostgresRetriever(db)
}

export function createPostgresRetriever (db: Db): Retriever {
  return {
    name: 'postgres-fts',
    search: (query, options) => searchKnowledge(db, query, options),
    async check () {
      const [row] = await db.select({ n: count() }).from(chunks)
      return { mode: 'postgres full-text search with trigram spelling correction', detail: `${row?.n ?? 0} chunks` }
    }
  }
}
