import type { Index, RecordMetadata } from '@pinecone-database/pinecone'
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import { chunks, documents, vectorSync } from '../../drizzle/schema.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import { embeddingText } from './embeddings.ts'
import { SYNC_BATCH, toChunk, type VectorStore } from './vector-store.ts'

/** Pinecone, addressed by its data-plane host (no control-plane lookup on a cold start). */
export function createPineconeStore(
  config: Pick<Config, 'PINECONE_API_KEY' | 'PINECONE_INDEX_HOST' | 'PINECONE_NAMESPACE'>,
  db: Db,
  timeoutMs = 3000
): VectorStore {
  const STORE = 'pinecone'
  let index: Promise<Index<RecordMetadata>> | undefined
  const open = () => {
    index ??= import('@pinecone-database/pinecone').then(({ Pinecone }) => {
      const pinecone = new Pinecone({
        apiKey: config.PINECONE_API_KEY!,
        // The SDK retries 5xx three times with backoff by default; once is all the webhook can afford.
        maxRetries: 1,
        // The SDK has no per-call timeout; every request gets one here.
        fetchApi: (url: string | URL | Request, init?: RequestInit) =>
          fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) })
      })
      return pinecone.index({ host: config.PINECONE_INDEX_HOST!, namespace: config.PINECONE_NAMESPACE })
    })
    return index
  }

  return {
    name: STORE,
    available: async () => true,
    async nearest(vector, { limit, location }) {
      // Restricted means restricted: an employee with no location sees only documents for everyone.
      const filter = location
        ? { $or: [{ all_locations: { $eq: true } }, { locations: { $in: [location] } }] }
        : { all_locations: { $eq: true } }
      const response = await (await open()).query({ vector, topK: limit, includeMetadata: true, filter })
      const similarity = new Map(response.matches.map((m) => [m.id, m.score ?? 0]))
      if (similarity.size === 0) return []
      const rows = await db
        .select({
          chunk_id: chunks.id,
          document_id: chunks.documentId,
          source: documents.source,
          title: chunks.title,
          heading: chunks.heading,
          content: chunks.content,
          content_hash: chunks.contentHash
        })
        .from(chunks)
        .innerJoin(documents, eq(documents.id, chunks.documentId))
        .where(
          and(
            inArray(chunks.contentHash, [...similarity.keys()]),
            // The directory, not Pinecone's copy of the metadata, has the last word on who may see a document.
            sql`(cardinality(${documents.locations}) = 0 or ${location ?? null}::text = any(${documents.locations}))`
          )
        )
      return rows.map((r) => toChunk(r, similarity.get(r.content_hash)!)).sort((a, b) => b.similarity! - a.similarity!)
    },
    async sync(embedder) {
      const pinecone = await open()
      const current = await db
        .select({
          contentHash: chunks.contentHash,
          title: chunks.title,
          heading: chunks.heading,
          content: chunks.content,
          documentId: chunks.documentId,
          source: documents.source,
          locations: documents.locations
        })
        .from(chunks)
        .innerJoin(documents, eq(documents.id, chunks.documentId))
      const synced = new Set(
        (
          await db
            .select({ hash: vectorSync.contentHash })
            .from(vectorSync)
            .where(and(eq(vectorSync.store, STORE), eq(vectorSync.model, embedder.model)))
        ).map((r) => r.hash)
      )
      const unique = [...new Map(current.map((c) => [c.contentHash, c])).values()]
      const missing = unique.filter((c) => !synced.has(c.contentHash))
      for (let i = 0; i < missing.length; i += SYNC_BATCH) {
        const batch = missing.slice(i, i + SYNC_BATCH)
        const vectors = await embedder.embed(batch.map(embeddingText))
        await pinecone.upsert({
          records: batch.map((c, j) => ({
            id: c.contentHash,
            values: vectors[j]!,
            metadata: {
              document_id: c.documentId,
              source: c.source,
              title: c.title,
              heading: c.heading,
              text: c.content.slice(0, 2000),
              locations: c.locations,
              all_locations: c.locations.length === 0
            }
          }))
        })
        await db
          .insert(vectorSync)
          .values(batch.map((c) => ({ store: STORE, contentHash: c.contentHash, model: embedder.model })))
          .onConflictDoNothing()
      }
      const gone = (
        await db
          .select({ hash: vectorSync.contentHash })
          .from(vectorSync)
          .where(
            and(
              eq(vectorSync.store, STORE),
              current.length > 0
                ? notInArray(
                    vectorSync.contentHash,
                    unique.map((c) => c.contentHash)
                  )
                : undefined
            )
          )
      ).map((r) => r.hash)
      for (let i = 0; i < gone.length; i += 1000) {
        const ids = gone.slice(i, i + 1000)
        await pinecone.deleteMany({ ids })
        await db.delete(vectorSync).where(and(eq(vectorSync.store, STORE), inArray(vectorSync.contentHash, ids)))
      }
      return { embedded: missing.length, deleted: gone.length }
    },
    async check() {
      const stats = await (await open()).describeIndexStats()
      return {
        mode: 'hybrid: PostgreSQL full-text + Pinecone',
        detail: `${stats.totalRecordCount ?? 0} vectors, dimension ${stats.dimension}`
      }
    }
  }
}
