import type { Dependency } from '../lib/health.ts'

export interface RetrievedChunk {
  chunkId: number
  documentId: number
  /** Path relative to the folder given to `ingest`. */
  source: string
  title: string
  heading: string
  content: string
  /** Ranking score: higher is better; comparable across queries and knowledge bases of any size. */
  score: number
  /** Share of the question's (weighted) words found in this chunk, from 0 to 1, when the retriever knows it. */
  coverage?: number
  /** Cosine similarity of the question and the chunk, when found by meaning (embeddings). */
  similarity?: number
}

export interface SearchOptions {
  limit?: number
  /** The employee's location; documents scoped to other locations are left out. */
  location?: string | null
  signal?: AbortSignal
  /** Told when part of the search failed and was left out (for example the vector store). */
  onFallback?: (reason: string) => void
}

export interface SyncSummary {
  embedded: number
  deleted: number
}

export interface Retriever extends Dependency {
  search: (query: string, options?: SearchOptions) => Promise<RetrievedChunk[]>
  /** Brings the vector store up to date with the chunks (after ingestion); absent for full-text only. */
  sync?: () => Promise<SyncSummary>
}

/**
 * Whether a retrieved chunk answers the question well enough to reply from it: a high score, or
 * every important word of the question found with a lower one (short questions in small handbooks),
 * or close enough in meaning.
 */
export function isRelevant(chunk: RetrievedChunk, minScore: number, minSimilarity = 1): boolean {
  return (
    chunk.score >= minScore ||
    ((chunk.coverage ?? 0) >= 0.9 && chunk.score >= minScore / 4) ||
    (chunk.similarity ?? 0) >= minSimilarity
  )
}
