// The one statement of a full-text search: each term's forms as tsqueries, their document frequency
// and BM25 weight, a cheap first pass over every matching chunk, then the weighted score, the share of
// the question each chunk holds, and the terms' statistics.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/database.ts'
import { queryRows } from '../db/database.ts'
import type { QueryTerm } from './query-terms.ts'

// How many candidates the full-text index returns before reranking and per-page diversification.
const CANDIDATES = 60
const FIRST_PASS = 100

export interface CandidateRow {
  chunk_id: number
  document_id: number
  source: string
  title: string
  heading: string
  content: string
  rank: number
  coverage: number | null
  term_stats: TermStat[]
}

export interface TermStat {
  term: number
  idf: number
  df: number
  /** Chunks holding the employee's own word (not a synonym): 0 when the handbook never uses it. */
  own_df: number
}

export async function rankChunks(
  db: Db,
  terms: QueryTerm[],
  location: string | null | undefined,
  limit: number
): Promise<CandidateRow[]> {
  const forms = terms.flatMap((term, i) => term.forms.map((form) => ({ term: i, form })))

  return queryRows<CandidateRow>(
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
             coalesce((select d.df from form_df d where d.term = u.term and d.form = (${textArray(
               terms.map((t) => t.forms[0]!)
             )})[u.term + 1]), 0) as own_df,
             (${floatArray(terms.map((t) => t.emphasis))})[u.term + 1] as emphasis
      from usable u
      group by u.term
    ),
    -- BM25's inverse document frequency: a rare word such as "jury" outweighs a common one such as
    -- "leave". A word the handbook never uses, nor any synonym of it, weighs most of all: it is most
    -- likely what the question is about, and a passage without it does not answer it (unless it only
    -- frames the question: a number, "eligible").
    weighted as materialized (
      select t.term, t.q, t.own_q, t.df, t.own_df,
             ln(1 + (total.chunks - greatest(t.df, 1) + 0.5) / (greatest(t.df, 1) + 0.5))
               * (case when t.df = 0 and t.emphasis >= 1 then 1.5 else 1 end) * t.emphasis as idf
      from terms t
      cross join (select coalesce(max(chunks), 0) as chunks from knowledge_lexemes where lexeme = '') as total
    ),
    q as (select string_agg(q::text, ' | ')::tsquery as query from weighted),
    -- A cheap first pass over everything that matches, then the weighted score for the best of them.
    -- A document kept to some locations is for employees of those locations only. Few are, so the
    -- test is the short list of documents this employee may not see, not a join with every document.
    hidden as materialized (
      select coalesce(array_agg(d.id), '{}') as ids from documents d
      where cardinality(d.locations) > 0 and not coalesce(${location ?? null}::text = any(d.locations), false)
    ),
    -- matching_chunks (migration 0008) reads the GIN index: the planner alone would scan every chunk.
    matched as materialized (
      select * from matching_chunks((select query from q), (select ids from hidden), ${FIRST_PASS})
    ),
    candidates as (
      select m.id as chunk_id, m.document_id, d.source, m.title, m.heading, m.content,
             (select sum(w.idf * (ts_rank('{0.1, 0.2, 0.5, 1.0}', m.tsv, w.q, 0)
                                  + 0.3 * ts_rank('{0.1, 0.2, 0.5, 1.0}', m.tsv, w.own_q, 0))) / nullif(sum(w.idf), 0)
                from weighted w) as rank,
             -- The share of the question's weight this chunk holds: every term found counts whole.
             (select sum(w.idf) filter (where m.tsv @@ w.q) / nullif(sum(w.idf), 0) from weighted w) as coverage,
             (select json_agg(json_build_object('term', w.term, 'idf', w.idf, 'df', w.df, 'own_df', w.own_df)) from weighted w) as term_stats
      from matched m
      join documents d on d.id = m.document_id
      order by rank desc
      limit ${CANDIDATES}
    ),
    scored as (
      select c.*, max(c.rank * (0.5 + coalesce(c.coverage, 0))) over (partition by c.document_id) as best,
             rank() over (partition by c.document_id order by c.rank * (0.5 + coalesce(c.coverage, 0)) desc) as nth
      from candidates c
    ),
    -- Only what diversify() can pick is sent (its page's best three, of as many best pages as asked for; ties
    -- kept): the text of sixty passages, most of them dropped, was most of a search's cost on PGlite.
    pickable as (select s.*, dense_rank() over (order by s.best desc) as page from scored s)
    select chunk_id, document_id, source, title, heading, content, rank, coverage, term_stats
    from pickable where nth <= 3 and page <= ${limit}
    order by rank desc`
  )
}

export function termStats(rows: CandidateRow[]): Map<number, TermStat> {
  return new Map((rows[0]?.term_stats ?? []).map((s) => [s.term, s]))
}

/**
 * The single words of the question (five letters or more) the handbook never uses, as far as the
 * search could tell: without any matching chunk, every such word.
 */
export function unknownWords(terms: QueryTerm[], rows: CandidateRow[]): string[] {
  const stats = termStats(rows)
  return terms
    .filter((t, i) => /^[a-z]{5,}$/.test(t.word) && (rows.length === 0 || Number(stats.get(i)?.own_df ?? 0) === 0))
    .map((t) => t.word)
}

// Each array is one parameter (not one per element), so the statement's text is the same for every
// question: prepared once per connection and planned from the cache, not parsed anew each time. The
// parameter is PostgreSQL's array literal: with fetch_types off, postgres.js does not write arrays.
export function textArray(values: string[]) {
  return sql`${arrayLiteral(values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`))}::text[]`
}

function floatArray(values: number[]) {
  return sql`${arrayLiteral(values.map(String))}::float8[]`
}

function intArray(values: number[]) {
  return sql`${arrayLiteral(values.map(String))}::int[]`
}

function arrayLiteral(elements: string[]): string {
  return `{${elements.join(',')}}`
}
