// Finding chunks by meaning: pgvector in the same database, or Pinecone. Both keep one vector per
// chunk text (keyed by content hash), so unchanged text is never embedded twice, and both resolve
// results to the chunks currently in the database, so a stale vector can never resurface old text.
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { Index, RecordMetadata } from '@pinecone-database/pinecone'
import { chunks, documents, vectorSync } from '../../drizzle/schema.ts'
import type { Config } from '../config.ts'
import { type Db, queryRows } from '../db/database.ts'
import type { CheckInfo } from '../lib/health.ts'
import { type Embedder, embeddingText } from './embeddings.ts'
import type { RetrievedChunk, SyncSummary } from './types.ts'

export interface VectorStore {
  name: string
  nearest: (
    vector: number[],
    options: { limit: number; location?: string | null; signal?: AbortSignal }
  ) => Promise<RetrievedChunk[]>
  sync: (embedder: Embedder) => Promise<SyncSummary>
  check: (signal: AbortSignal) => Promise<CheckInfo>
}

export class VectorStoreUnavailable extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'VectorStoreUnavailable'
  }
}

interface ChunkRow {
  chunk_id: number
  document_id: number
  source: string
  title: string
  heading: string
  content: string
  content_hash: string
}

const SYNC_BATCH = 96

/** pgvector: the `chunk_embeddings` table the vector migration creates where the extension exists. */
export function createPgvectorStore(db: Db, model: string): VectorStore {
  let available: Promise<boolean> | undefined
  const isAvailable = () => {
    available ??= queryRows<{ present: boolean }>(
      db,
      sql`select to_regclass('public.chunk_embeddings') is not null as present`
    ).then((r) => Boolean(r[0]?.present))
    return available
  }
  const requireTable = async () => {
    if (!(await isAvailable()))
      throw new VectorStoreUnavailable('pgvector is not installed in this database (full-text search only)')
  }

  return {
    name: 'pgvector',
    async nearest(vector, { limit, location }) {
      await requireTable()
      const literal = toVectorLiteral(vector)
      const rows = await queryRows<ChunkRow & { similarity: number }>(
        db,
        sql`
        select c.id as chunk_id, c.document_id, d.source, c.title, c.heading, c.content, c.content_hash,
               1 - (e.embedding <=> ${literal}::vector) as similarity
        from chunk_embeddings e
        join chunks c on c.content_hash = e.content_hash
        join documents d on d.id = c.document_id
        where e.model = ${model}
          and (cardinality(d.locations) = 0 or ${location ?? null}::text is null or ${location ?? null}::text = any(d.locations))
        order by e.embedding <=> ${literal}::vector
        limit ${limit}`
      )
      return rows.map((r) => toChunk(r, Number(r.similarity)))
    },
    async sync(embedder) {
      await requireTable()
      const missing = await queryRows<ChunkRow>(
        db,
        sql`
        select distinct on (c.content_hash) c.content_hash, c.title, c.heading, c.content
        from chunks c
        where not exists (select 1 from chunk_embeddings e where e.content_hash = c.content_hash and e.model = ${embedder.model})`
      )
      for (let i = 0; i < missing.length; i += SYNC_BATCH) {
        const batch = missing.slice(i, i + SYNC_BATCH)
        const vectors = await embedder.embed(batch.map(embeddingText))
        await db.execute(sql`
          insert into chunk_embeddings (content_hash, model, embedding)
          values ${sql.join(
            batch.map((c, j) => sql`(${c.content_hash}, ${embedder.model}, ${toVectorLiteral(vectors[j]!)}::vector)`),
            sql`, `
          )}
          on conflict do nothing`)
      }
      // Vectors of text no chunk has any more.
      const deleted = await queryRows<{ n: number }>(
        db,
        sql`
        with gone as (
          delete from chunk_embeddings e
          where not exists (select 1 from chunks c where c.content_hash = e.content_hash)
          returning 1)
        select count(*)::int as n from gone`
      )
      return { embedded: missing.length, deleted: deleted[0]?.n ?? 0 }
    },
    async check() {
      if (!(await isAvailable())) return { mode: 'pgvector not installed: full-text search only' }
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from chunk_embeddings where model = ${model}`
      )
      return { mode: `hybrid: PostgreSQL full-text + pgvector (${model})`, detail: `${row?.n ?? 0} embeddings` }
    }
  }
}

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
    async nearest(vector, { limit, location }) {
      const filter = location
        ? { $or: [{ all_locations: { $eq: true } }, { locations: { $in: [location] } }] }
        : undefined
      const response = await (await open()).query({
        vector,
        topK: limit,
        includeMetadata: true,
        ...(filter ? { filter } : {})
      })
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
        .where(inArray(chunks.contentHash, [...similarity.keys()]))
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

function toChunk(row: ChunkRow, similarity: number): RetrievedChunk {
  return {
    chunkId: row.chunk_id,
    documentId: row.document_id,
    source: row.source,
    title: row.title,
    heading: row.heading,
    content: row.content,
    score: 0,
    similarity: Math.round(similarity * 10000) / 10000
  }
}

function toVectorLiteral(vector: number[]): string {
  return `[${vector.map((v) => (Number.isFinite(v) ? v : 0)).join(',')}]`
}
