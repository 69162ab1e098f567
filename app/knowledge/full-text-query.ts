// The one statement of a full-text search, and what its rows say.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/database.ts'
import { queryRows } from '../db/database.ts'
import type { QueryTerm } from './query-terms.ts'

// How many candidates the full-text index returns before reranking and per-page diversification.
const CANDIDATES = 60
const FIRST_PASS = 100
// The first pass reads the chunks of the question's weightiest terms up to this many postings: every
// term of a handbook of a few thousand chunks fits; a knowledge base ten times that size skips the
// common words' postings (ranking 19,000 chunks for "leave" took 43 ms).
const POSTING_BUDGET = 2000
// Asked for a model's reading (`wide`), the first pass also reads every chunk of the question's rarest terms,
// as many terms as fit in this many postings (migration 0020).
const RARE_POSTINGS = 100

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

/**
 * The search itself is `search_chunks()` (migrations 0009 and 0010), a PL/pgSQL function, so its plan
 * is kept for the session instead of being made for every text. What it does, in order:
 * - each term's forms (the word, its synonyms, phrases) as tsqueries, and each form's document
 *   frequency (that of its rarest word); a term's is its own word's when the handbook uses it, else its
 *   commonest synonym's;
 * - BM25's inverse document frequency per term, times its emphasis: a rare word ("jury") outweighs a
 *   common one ("leave"); a word neither the handbook nor any synonym uses weighs most (1.5x), since it
 *   is most likely what the question is about (unless it only frames it: a number, "eligible");
 * - a cheap first pass through the GIN index (`matching_chunks()`): the chunks holding the
 *   question's weightiest terms, as many terms as fit in POSTING_BUDGET postings, ranked by all the
 *   terms, leaving out the documents kept to locations other than the employee's; when `wide`, also
 *   every chunk of its rarest terms (migration 0020);
 * - the weighted score of the best of them (the employee's own word counting 0.3 above a synonym), the
 *   share of the question's weight each holds, and the terms' statistics;
 * - only the rows `diversify()` can pick: each page's best three, of as many best pages as asked for
 *   (ties kept), so the text of passages that are dropped is never sent.
 */
export async function rankChunks(
  db: Db,
  terms: QueryTerm[],
  location: string | null | undefined,
  limit: number,
  wide = false
): Promise<CandidateRow[]> {
  const forms = terms.flatMap((term, i) => term.forms.map((form) => ({ term: i, form })))
  return queryRows<CandidateRow>(
    db,
    sql`select * from search_chunks(${intArray(forms.map((f) => f.term))}, ${textArray(forms.map((f) => f.form))},
      ${textArray(terms.map((t) => t.forms[0]!))}, ${floatArray(terms.map((t) => t.emphasis))},
      ${location ?? null}::text, ${FIRST_PASS}::int, ${CANDIDATES}::int, ${limit}::int, ${POSTING_BUDGET}::int,
      ${wide ? RARE_POSTINGS : 0}::int)`
  )
}

export function termStats(rows: CandidateRow[]): Map<number, TermStat> {
  return new Map((rows[0]?.term_stats ?? []).map((s) => [s.term, s]))
}

/**
 * The single words of the question (five letters or more) the handbook never uses in any form that
 * counts as them, as far as the search could tell: without any matching chunk, every such word. A word
 * found through its family or synonyms is no typo ("probation" in a handbook that says "probationary"
 * is not "promotion").
 */
export function unknownWords(terms: QueryTerm[], rows: CandidateRow[]): string[] {
  const stats = termStats(rows)
  return terms
    .filter((t, i) => /^[a-z]{3,}$/.test(t.word) && (rows.length === 0 || Number(stats.get(i)?.df ?? 0) === 0))
    .map((t) => t.word)
}

/**
 * The single words of the question the handbook never writes itself though it has words that count as
 * them: a compound it may write apart ("payday" where it says "pay day" and, as a synonym, "paid").
 */
export function wordsFoundOnlyAsOthers(terms: QueryTerm[], rows: CandidateRow[]): string[] {
  const stats = termStats(rows)
  return terms
    .filter(
      (t, i) => /^[a-z]{6,}$/.test(t.word) && Number(stats.get(i)?.df ?? 0) > 0 && Number(stats.get(i)?.own_df) === 0
    )
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
