// Local retrieval in PostgreSQL (and PGlite): full-text search whose ranking weights titles and
// keywords over headings over body text, with trigram spelling correction so "vacaton" still finds
// "vacation". No embeddings, no network.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/database.ts'
import { queryRows } from '../db/database.ts'
import { expandWithThesaurus, queryWords } from './query-terms.ts'
import type { RetrievedChunk, SearchOptions } from './types.ts'

// How many candidates the full-text index returns before reranking and per-page diversification.
const CANDIDATES = 60
const FIRST_PASS = 100

interface CandidateRow {
  chunk_id: number
  document_id: number
  source: string
  title: string
  heading: string
  content: string
  rank: number
  coverage: number
  title_similarity: number
}

export async function searchFullText(
  db: Db,
  query: string,
  { limit = 5, location }: SearchOptions = {}
): Promise<RetrievedChunk[]> {
  const words = queryWords(query)
  if (words.length === 0) return []
  const corrected = await correctSpelling(db, words)
  // Thesaurus words widen the search but weigh half, and do not count towards coverage.
  const extra = expandWithThesaurus(query, corrected).filter((w) => !corrected.includes(w))

  // Each query term is weighted by its inverse document frequency (BM25's formula), which plain
  // ts_rank lacks: a rare word such as "jury" should outweigh a common one such as "leave".
  const rows = await queryRows<CandidateRow>(
    db,
    sql`
    with lexemes as (
      select term::tsquery as tq, own
      from (values (${corrected.join(' ')}, true), (${extra.join(' ')}, false)) as given(text, own)
      cross join lateral unnest(string_to_array(plainto_tsquery('english', given.text)::text, ' & ')) as term
      where term <> ''
    ),
    terms as (select tq, bool_or(own) as own from lexemes group by tq),
    weighted as materialized (
      select t.tq, t.own, total.chunks as total,
             ln(1 + (total.chunks - coalesce(hits.chunks, 0) + 0.5) / (coalesce(hits.chunks, 0) + 0.5)) * (case when t.own then 1 else 0.8 end) as idf
      from terms t
      cross join (select chunks from knowledge_lexemes where lexeme = '') as total
      left join knowledge_lexemes hits on hits.lexeme = trim(both '''' from t.tq::text)
    ),
    q as (select string_agg(tq::text, ' | ')::tsquery as query from terms),
    -- A cheap first pass over everything that matches, then the weighted score for the best of them.
    matched as materialized (
      select c.id, c.tsv from chunks c
      join documents d on d.id = c.document_id
      cross join q
      where c.tsv @@ q.query
        and (cardinality(d.locations) = 0 or ${location ?? null}::text is null or ${location ?? null}::text = any(d.locations))
      order by ts_rank('{0.1, 0.2, 0.5, 1.0}', c.tsv, q.query, 0) desc
      limit ${FIRST_PASS}
    )
    select c.id as chunk_id, c.document_id, d.source, c.title, c.heading, c.content,
           -- Divided by the largest possible term weight, so a score means about the same in a small
           -- handbook and a large one (the "no answer" threshold relies on it).
           (select sum(w.idf * ts_rank('{0.1, 0.2, 0.5, 1.0}', m.tsv, w.tq, 0)) / ln(2 + max(w.total)) from weighted w) as rank,
           -- The share of the weight of the employee's own words that this chunk contains at all.
           (select sum(w.idf) filter (where w.own and m.tsv @@ w.tq) / nullif(sum(w.idf) filter (where w.own), 0) from weighted w) as coverage,
           -- A small tie-breaker: the question's words in the page title and section heading.
           word_similarity(${corrected.join(' ')}, c.title || ' ' || c.heading) as title_similarity
    from matched m
    join chunks c on c.id = m.id
    join documents d on d.id = c.document_id
    order by rank desc
    limit ${CANDIDATES}`
  )

  const scored = rows
    .map((r) => ({ ...r, score: Number(r.rank) + 0.01 * Number(r.title_similarity) }))
    .sort((a, b) => b.score - a.score)
  return diversify(scored, limit, (r) => r.document_id).map((r) => ({
    chunkId: r.chunk_id,
    documentId: r.document_id,
    source: r.source,
    title: r.title,
    heading: r.heading,
    content: r.content,
    score: Math.round(r.score * 10000) / 10000,
    coverage: Math.round(Number(r.coverage) * 1000) / 1000
  }))
}

/** Best chunk of each page first, then the pages' second-best chunks, so one long page cannot fill the list. */
export function diversify<T>(ranked: T[], limit: number, documentOf: (row: T) => number): T[] {
  const perDocument = new Map<number, number>()
  const withRound = ranked.map((row) => {
    const round = perDocument.get(documentOf(row)) ?? 0
    perDocument.set(documentOf(row), round + 1)
    return { row, round }
  })
  return withRound
    .filter((r) => r.round < 2)
    .sort((a, b) => a.round - b.round)
    .slice(0, limit)
    .map((r) => r.row)
}

/**
 * Replaces words the knowledge base never uses with its closest word by trigram similarity, when one
 * is close enough ("vacaton" -> "vacation"). Known words and numbers are kept as they are.
 */
export async function correctSpelling(db: Db, words: string[]): Promise<string[]> {
  const candidates = words.filter((w) => w.length >= 5 && /^[a-z]+$/.test(w))
  if (candidates.length === 0) return words
  const rows = await queryRows<{ word: string; fix: string | null }>(
    db,
    sql`
    select w.word,
           case when exists (select 1 from knowledge_terms k where k.term = w.word) then w.word
                else (select k.term from knowledge_terms k
                      where k.term % w.word and similarity(k.term, w.word) >= 0.5
                      order by similarity(k.term, w.word) desc, k.frequency desc limit 1)
           end as fix
    from unnest(array[${sql.join(
      candidates.map((c) => sql`${c}`),
      sql`, `
    )}]::text[]) as w(word)`
  )
  const fixes = new Map(rows.map((r) => [r.word, r.fix ?? r.word]))
  return words.map((w) => fixes.get(w) ?? w)
}
