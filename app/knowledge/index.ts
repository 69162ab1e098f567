import { count } from 'drizzle-orm'
import { chunks } from '../../drizzle/schema.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import type { Retriever } from './types.ts'

// Filled in by the message-flow issue (full-text search) and the cloud-providers issue (vectors).
export function createRetriever (_config: Config, db: Db, _log: Logger): Retriever {
  return {
    name: 'postgres-fts',
    async search () {
      return []
    },
    async check () {
      const [row] = await db.select({ n: count() }).from(chunks)
      return { mode: 'postgres full-text search', detail: `${row?.n ?? 0} chunks` }
    }
  }
}
