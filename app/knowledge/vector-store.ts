// Finding chunks by meaning: pgvector in the same database (pgvector-store.ts) or Pinecone
// (pinecone-store.ts). Both keep one vector per chunk text (keyed by content hash), so unchanged text
// is never embedded twice, and both resolve results to the chunks currently in the database, so a
// stale vector can never resurface old text.
import type { CheckInfo } from '../lib/health.ts'
import type { Embedder } from './embeddings.ts'
import type { RetrievedChunk, SyncSummary } from './types.ts'

export interface VectorStore {
  name: string
  nearest: (
    vector: number[],
    options: { limit: number; location?: string | null; signal?: AbortSignal }
  ) => Promise<RetrievedChunk[]>
  /** Whether vectors can be kept at all (pgvector may not be installed); false means full-text only. */
  available: () => Promise<boolean>
  sync: (embedder: Embedder) => Promise<SyncSummary>
  check: (signal: AbortSignal) => Promise<CheckInfo>
}

export class VectorStoreUnavailable extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'VectorStoreUnavailable'
  }
}

export interface ChunkRow {
  chunk_id: number
  document_id: number
  source: string
  title: string
  heading: string
  content: string
  content_hash: string
}

/** How many chunk texts are embedded (and upserted) per request. */
export const SYNC_BATCH = 96

export function toChunk(row: ChunkRow, similarity: number): RetrievedChunk {
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
