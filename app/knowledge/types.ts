import type { Dependency } from '../lib/health.ts'

export interface RetrievedChunk {
  chunkId: number
  documentId: number
  /** Path relative to the folder given to `ingest`. */
  source: string
  title: string
  heading: string
  content: string
  score: number
}

export interface SearchOptions {
  limit?: number
  /** The employee's location; documents scoped to other locations are left out. */
  location?: string | null
  signal?: AbortSignal
}

export interface Retriever extends Dependency {
  search: (query: string, options?: SearchOptions) => Promise<RetrievedChunk[]>
}
