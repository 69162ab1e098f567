import { count } from 'drizzle-orm'
import { chunks } from '../../drizzle/schema.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { openAiClientFactory } from '../openai/client.ts'
import { createOpenAiEmbedder } from './embeddings.ts'
import { createHybridRetriever } from './hybrid-retriever.ts'
import { searchFullText } from './full-text-search.ts'
import { synonymsCache } from './company-terms.ts'
import type { Retriever } from './types.ts'
import { createPgvectorStore } from './pgvector-store.ts'
import { createPineconeStore } from './pinecone-store.ts'

/** Full-text search alone without embeddings; with OPENAI_API_KEY, hybrid with pgvector or Pinecone. */
export function createRetriever(config: Config, db: Db, log: Logger): Retriever {
  if (!config.OPENAI_API_KEY) return createFullTextRetriever(db)
  const synonyms = synonymsCache(db)
  const embedder = createOpenAiEmbedder(config, openAiClientFactory(config))
  const store =
    config.VECTOR_STORE === 'pinecone' ? createPineconeStore(config, db) : createPgvectorStore(db, embedder.model)
  return createHybridRetriever(db, embedder, store, log, { vectorTimeoutMs: config.VECTOR_TIMEOUT_MS, synonyms })
}

export function createFullTextRetriever(db: Db): Retriever {
  const synonyms = synonymsCache(db)
  return {
    name: 'postgres-fts',
    search: async (query, options) => searchFullText(db, query, { ...options, synonyms: await synonyms() }),
    async check() {
      const [row] = await db.select({ n: count() }).from(chunks)
      return {
        mode: 'postgres full-text search with trigram spelling correction (OPENAI_API_KEY not set: no embeddings)',
        detail: `${row?.n ?? 0} chunks`
      }
    }
  }
}
