// Local retrieval in PostgreSQL (and PGlite): full-text search over terms (an employee's word and
// the words that count as it), each weighted by how rare it is in this knowledge base; titles and
// keywords weigh more than headings, headings more than body text. Misspellings are corrected against
// the knowledge base's own words. Every result says how much of the question it covers, which is what
// "the handbook answers this" is decided on (see types.ts).
import { sql } from 'drizzle-orm'
import type { Db } from '../db/database.ts'
import { queryRows } from '../db/database.ts'
import { editDistance } from '../lib/edit-distance.ts'
import { buildTerms, type QueryTerm, queryWords, type Synonyms } from './query-terms.ts'
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
  coverage: number | null
  term_stats: Array<{ term: number; idf: number; df: number }>
}

export interface FullTextOptions extends SearchOptions {
  synonyms?: Synonyms
}

export async function searchFullText(
  db: Db,
  query: string,
  { limit = 5, location, synonyms }: FullTextOptions = {}
): Promise<RetrievedChunk[]> {
  const words = queryWords(query)
  if (words.length === 0) return []
  const terms = buildTerms(query, await correctSpelling(db, words), synonyms)
  if (terms.length === 0) return []
  const forms = terms.flatMap((term, i) => term.forms.map((form) => ({ term: i, form })))

  const rows = await queryRows<CandidateRow>(
    db,
    sql`
    with forms as (
      select f.term, f.form,
             case when position(' ' in f.form) > 0 then phraseto_tsquery('english', f.form)
                  else plainto_tsquery('english', f.form) end as q
      from unnest(${intArray(forms.map((f) => f.term))}, ${textArray(forms.map((f) => f.form))}) as f(term, form)
    ),
    usable as (select * from forms where q::text <> ''),
    -- A form's document frequency is that of its rarest word; a term's, that of its commonest form.
    form_df as (
      select u.term, u.form, min(coalesce(k.chunks, 0)) as df
      from usable u
      cross join lateral unnest(tsvector_to_array(to_tsvector('english', u.form))) as l(word)
      left join knowledge_lexemes k on k.lexeme = l.word
      group by u.term, u.form
    ),
    terms as materialized (
      select u.term, string_agg('(' || u.q::text || ')', ' | ')::tsquery as q,
             -- The employee's own word (or phrase), which ranks above its synonyms.
             (array_agg(u.q order by u.form <> (${textArray(terms.map((t) => t.forms[0]!))})[u.term + 1]))[1] as own_q,
             -- The employee's own word when the handbook uses it, else the commonest of its synonyms.
             coalesce((select nullif(d.df, 0) from form_df d where d.term = u.term and d.form = (${textArray(
               terms.map((t) => t.forms[0]!)
             )})[u.term + 1]), (select max(df) from form_df d where d.term = u.term), 0) as df,
             (${floatArray(terms.map((t) => t.emphasis))})[u.term + 1] as emphasis
      from usable u
      group by u.term
    ),
    -- BM25's inverse document frequency: a rare word such as "jury" outweighs a common one such as
    -- "leave". A word the handbook never uses, nor any synonym of it, weighs most of all: it is most
    -- likely what the question is about, and a passage without it does not answer it.
    weighted as materialized (
      select t.term, t.q, t.own_q, t.df,
             ln(1 + (total.chunks - greatest(t.df, 1) + 0.5) / (greatest(t.df, 1) + 0.5))
               * (case when t.df = 0 then 1.5 else 1 end) * t.emphasis as idf
      from terms t
      cross join (select coalesce(max(chunks), 0) as chunks from knowledge_lexemes where lexeme = '') as total
    ),
    q as (select string_agg(q::text, ' | ')::tsquery as query from weighted),
    -- A cheap first pass over everything that matches, then the weighted score for the best of them.
    matched as materialized (
      select c.id, c.tsv from chunks c
      join documents d on d.id = c.document_id
      cross join q
      where c.tsv @@ q.query
        -- A document kept to some locations is for employees of those locations only.
        and (cardinality(d.locations) = 0 or ${location ?? null}::text = any(d.locations))
      order by ts_rank('{0.1, 0.2, 0.5, 1.0}', c.tsv, q.query, 0) desc
      limit ${FIRST_PASS}
    )
    select c.id as chunk_id, c.document_id, d.source, c.title, c.heading, c.content,
           (select sum(w.idf * (ts_rank('{0.1, 0.2, 0.5, 1.0}', m.tsv, w.q, 0)
                                + 0.3 * ts_rank('{0.1, 0.2, 0.5, 1.0}', m.tsv, w.own_q, 0))) / nullif(sum(w.idf), 0)
              from weighted w) as rank,
           -- The share of the question's weight this chunk holds: every term found counts whole.
           (select sum(w.idf) filter (where m.tsv @@ w.q) / nullif(sum(w.idf), 0) from weighted w) as coverage,
           (select json_agg(json_build_object('term', w.term, 'idf', w.idf, 'df', w.df)) from weighted w) as term_stats
    from matched m
    join chunks c on c.id = m.id
    join documents d on d.id = c.document_id
    order by rank desc
    limit ${CANDIDATES}`
  )

  const stats = new Map((rows[0]?.term_stats ?? []).map((s) => [s.term, s]))
  const weighted = terms.map((t, i) => ({
    ...t,
    weight: Number(stats.get(i)?.idf ?? 0),
    df: Number(stats.get(i)?.df ?? 0)
  }))
  const scored = rows
    .map((r) => ({ ...r, coverage: Number(r.coverage ?? 0), score: Number(r.rank) * (0.5 + Number(r.coverage ?? 0)) }))
    .sort((a, b) => b.score - a.score)
  return diversify(scored, limit, (r) => r.document_id).map((r) => ({
    chunkId: r.chunk_id,
    documentId: r.document_id,
    source: r.source,
    title: r.title,
    heading: r.heading,
    content: r.content,
    score: Math.round(r.score * 10000) / 10000,
    coverage: Math.round(r.coverage * 1000) / 1000,
    terms: weighted
  }))
}

/**
 * The best chunk, the other sections of its page right after it (the answer is often next door), then
 * the best chunk of each other page, then their second-best: so one long page cannot fill the list,
 * and the page that matches best is read in full.
 */
export function diversify<T>(ranked: T[], limit: number, documentOf: (row: T) => number): T[] {
  const top = ranked[0]
  if (!top) return []
  const topPage = ranked.filter((row) => documentOf(row) === documentOf(top)).slice(0, 3)
  const perDocument = new Map<number, number>()
  const others = ranked
    .filter((row) => documentOf(row) !== documentOf(top))
    .map((row) => {
      const round = perDocument.get(documentOf(row)) ?? 0
      perDocument.set(documentOf(row), round + 1)
      return { row, round }
    })
    .filter((r) => r.round < 2)
    .sort((a, b) => a.round - b.round)
    .map((r) => r.row)
  return [...topPage, ...others].slice(0, limit)
}

/**
 * Replaces words the knowledge base never uses with its closest word, when that is a likely typo
 * ("vacaton" -> "vacation"): close by trigrams and one or two edits away. A word the handbook does not
 * use and that is no typo ("birthday" is not "birth") stays as it is, so it can count as not found.
 */
export async function correctSpelling(db: Db, words: string[]): Promise<Map<string, string>> {
  const candidates = words.filter((w) => w.length >= 5 && /^[a-z]+$/.test(w))
  if (candidates.length === 0) return new Map()
  const rows = await queryRows<{ word: string; known: boolean; near: string[] | null }>(
    db,
    sql`
    -- A word is known when the handbook has it in any form ("caring" when it says "care"): only an
    -- unknown one is a typo to correct.
    select w.word, w.known,
           -- Looked for only when the word is unknown (the trigram scan is most of the cost). JSON, not
           -- an array: postgres.js parses arrays only with fetch_types, which is off.
           case when w.known then null else (select json_agg(term) from (
              select k.term from knowledge_terms k
              where k.term % w.word and similarity(k.term, w.word) >= 0.4
              order by similarity(k.term, w.word) desc, k.frequency desc limit 5) near) end as near
    from (
      select u.word,
             exists (select 1 from knowledge_terms k where k.term = u.word)
               or exists (select 1 from knowledge_lexemes l
                          where l.lexeme = any(tsvector_to_array(to_tsvector('english', u.word)))) as known
      from unnest(${textArray(candidates)}) as u(word)
    ) w`
  )
  return new Map(
    rows.map((r) => {
      if (r.known) return [r.word, r.word]
      const allowed = r.word.length >= 8 ? 2 : 1
      return [r.word, (r.near ?? []).find((n) => editDistance(r.word, n, allowed + 1) <= allowed) ?? r.word]
    })
  )
}

function textArray(values: string[]) {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `
  )}]::text[]`
}

function floatArray(values: number[]) {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `
  )}]::float8[]`
}

function intArray(values: number[]) {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `
  )}]::int[]`
}

export type { QueryTerm }
