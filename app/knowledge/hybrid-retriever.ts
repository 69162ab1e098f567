// Full-text search and search by meaning together, fused by reciprocal rank (RRF): a chunk ranked
// well by either, or fairly by both, comes first. If the embedding call or the vector store fails or
// is slow, the full-text results are used alone and the fallback is reported.
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { withTimeout } from '../lib/timeout.ts'
import type { Embedder } from './embeddings.ts'
import { diversify, searchFullText } from './full-text-search.ts'
import type { Synonyms } from './query-terms.ts'
import type { RetrievedChunk, Retriever } from './types.ts'
import { type VectorStore, VectorStoreUnavailable } from './vector-store.ts'

const RRF_K = 60
const CANDIDATES = 20

/** `vectorTimeoutMs`: embedding the question and querying the store take a few hundred ms; past it, words alone answer. */
export function createHybridRetriever(
  db: Db,
  embedder: Embedder,
  store: VectorStore,
  log: Logger,
  { vectorTimeoutMs, synonyms }: { vectorTimeoutMs: number; synonyms: () => Promise<Synonyms> }
): Retriever {
  let warned = false
  return {
    name: `hybrid-${store.name}`,
    async search(query, { limit = 5, location, signal, onFallback, wide } = {}) {
      const byMeaning = withTimeout('vector search', vectorTimeoutMs, async (inner) => {
        // No embedding is asked for when there is nowhere to look it up.
        if (!(await store.available())) throw new VectorStoreUnavailable(`${store.name} is not available`)
        const [vector] = await embedder.embed([query], anySignal(signal, inner))
        return store.nearest(vector!, { limit: CANDIDATES, location, signal: inner })
      }).catch((error: unknown) => {
        if (error instanceof VectorStoreUnavailable) {
          if (!warned) log.warn({ reason: error.message }, 'vector search unavailable')
          warned = true
        } else {
          log.warn({ err: error }, 'vector search failed; full-text results only')
        }
        onFallback?.(
          `vector:${error instanceof VectorStoreUnavailable ? 'unavailable' : (error as Error).name === 'TimeoutError' ? 'timeout' : 'error'}`
        )
        return [] as RetrievedChunk[]
      })
      const [byWords, vectors] = await Promise.all([
        synonyms().then((words) => searchFullText(db, query, { limit: CANDIDATES, location, synonyms: words, wide })),
        byMeaning
      ])
      return fuse(byWords, vectors, limit)
    },
    sync: () => store.sync(embedder),
    check: (signal) => store.check(signal)
  }
}

/** Reciprocal rank fusion of two ranked lists of chunks, best chunk of each page first. */
export function fuse(byWords: RetrievedChunk[], byMeaning: RetrievedChunk[], limit: number): RetrievedChunk[] {
  const merged = new Map<number, { chunk: RetrievedChunk; rrf: number }>()
  const add = (list: RetrievedChunk[]) =>
    list.forEach((chunk, rank) => {
      const entry = merged.get(chunk.chunkId)
      if (entry) {
        entry.rrf += 1 / (RRF_K + rank + 1)
        entry.chunk = {
          ...entry.chunk,
          ...chunk,
          score: Math.max(entry.chunk.score, chunk.score),
          coverage: entry.chunk.coverage ?? chunk.coverage,
          similarity: entry.chunk.similarity ?? chunk.similarity
        }
      } else {
        merged.set(chunk.chunkId, { chunk, rrf: 1 / (RRF_K + rank + 1) })
      }
    })
  add(byWords)
  add(byMeaning)
  const ranked = [...merged.values()].sort((a, b) => b.rrf - a.rrf)
  return diversify(ranked, limit, (r) => r.chunk.documentId).map((r) => r.chunk)
}

function anySignal(...signals: Array<AbortSignal | undefined>): AbortSignal {
  return AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined))
}
