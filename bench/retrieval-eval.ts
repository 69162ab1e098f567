// Retrieval: hit@1/3/5 and MRR (by page) for {"q", "expect": [pages]} lines, ours against plain BM25
// (MiniSearch) over the same chunks.
import { basename, resolve } from 'node:path'
import { fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { searchFullText } from '../app/knowledge/full-text-search.ts'
import { synonymsCache } from '../app/knowledge/company-terms.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { readCases } from './answer-eval.ts'
import { bm25Index } from './bm25.ts'

export interface Ranking {
  hit1: number
  hit3: number
  hit5: number
  mrr: number
  n: number
}

export interface RetrievalReport {
  pages: number
  chunks: number
  sets: Record<string, { ours: Ranking; bm25: Ranking; msPerQuery: number }>
}

export async function evaluateRetrieval(corpus: string[], files: string[]): Promise<RetrievalReport> {
  const database = await fromPglite(await openPglite('memory://'))
  try {
    await runMigrations(database)
    const ingested = await ingestPaths(
      database.db,
      corpus.map((p) => resolve(p))
    )
    // The company's synonyms.txt, when the corpus has one, as the app reads it.
    const synonyms = synonymsCache(database.db)
    const bm25 = await bm25Index(database.db)
    const sets: RetrievalReport['sets'] = {}
    for (const file of files) {
      const questions = await readCases<{ q: string; expect: string[] }>(file)
      const ours: number[] = []
      const started = performance.now()
      for (const { q, expect } of questions) {
        const found = await searchFullText(database.db, q, { limit: 10, synonyms: await synonyms() })
        ours.push(rankOf([...new Set(found.map((r) => r.source))], expect))
      }
      const msPerQuery = Math.round(((performance.now() - started) / questions.length) * 10) / 10
      const baseline = questions.map(({ q, expect }) =>
        rankOf([...new Set(bm25.search(q).map((r) => r.source as string))], expect)
      )
      sets[basename(file)] = { ours: summarise(ours), bm25: summarise(baseline), msPerQuery }
    }
    return { pages: ingested.added, chunks: bm25.documentCount, sets }
  } finally {
    await database.close()
  }
}

function rankOf(pages: string[], expect: string[]): number {
  const index = pages.findIndex((p) => expect.includes(p))
  return index < 0 ? Number.POSITIVE_INFINITY : index + 1
}

function summarise(ranks: number[]): Ranking {
  const n = ranks.length
  const share = (k: number) => round(ranks.filter((r) => r <= k).length / n)
  return {
    hit1: share(1),
    hit3: share(3),
    hit5: share(5),
    mrr: round(ranks.reduce((s, r) => s + (Number.isFinite(r) ? 1 / r : 0), 0) / n),
    n
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
