import type { Dependency } from '../lib/health.ts'
import type { QueryTerm } from './query-terms.ts'

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
  /** The question's terms as the search read them (the same for every chunk of one search). */
  terms?: QueryTerm[]
}

export interface SearchOptions {
  limit?: number
  /**
   * Also read every chunk of the question's rarest terms, wherever a common word of it fills the first
   * pass: for what a model reads, which judges each passage itself (see migration 0020).
   */
  wide?: boolean
  /** The employee's location; documents scoped to other locations are left out. */
  location?: string | null
  signal?: AbortSignal
  /** Told when part of the search failed and was left out (for example the vector store). */
  onFallback?: (reason: string) => void
}

export interface SyncSummary {
  embedded: number
  deleted: number
  /** Why nothing was embedded: there is nowhere to keep vectors (full-text search only). */
  unavailable?: string
}

export interface Retriever extends Dependency {
  search: (query: string, options?: SearchOptions) => Promise<RetrievedChunk[]>
  /** Brings the vector store up to date with the chunks (after ingestion); absent for full-text only. */
  sync?: () => Promise<SyncSummary>
}

/**
 * Whether a retrieved chunk may answer the question: it holds enough of the question's weight (a
 * share, so the same threshold holds for a 40-page and a 250-page handbook), or it is close enough in
 * meaning. The answer writer decides whether it actually does.
 */
export function isRelevant(chunk: RetrievedChunk, minCoverage: number, minSimilarity = 1): boolean {
  return (chunk.coverage ?? 0) >= minCoverage || (chunk.similarity ?? 0) >= minSimilarity
}

/** Whether the chunk comes from a whole handbook given as one Word or PDF file (every section one document). */
export function inWholeHandbookFile(chunk: RetrievedChunk): boolean {
  return /\.(pdf|docx)$/i.test(chunk.source)
}
