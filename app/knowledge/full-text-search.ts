// Local retrieval in PostgreSQL (and PGlite): full-text search over terms (an employee's word and
// the words that count as it), each weighted by how rare it is in this knowledge base; titles and
// keywords weigh more than headings, headings more than body text. Misspellings are corrected against
// the knowledge base's own words. Every result says how much of the question it covers, which is what
// "the handbook answers this" is decided on (see types.ts).
import { sql } from 'drizzle-orm'
import type { Db } from '../db/database.ts'
import { queryRows } from '../db/database.ts'
import { editDistance } from '../lib/edit-distance.ts'
import { isCommonWord, isEnglishWord, mayBeSlipFor, plainWordTopicality } from '../text/spelling.ts'
import { rankChunks, termStats, textArray, unknownWords, wordsFoundOnlyAsOthers } from './full-text-query.ts'
import { buildTerms, type QueryTerm, queryWords, type Synonyms } from './query-terms.ts'
import type { RetrievedChunk, SearchOptions } from './types.ts'

export interface FullTextOptions extends SearchOptions {
  synonyms?: Synonyms
}

export async function searchFullText(
  db: Db,
  query: string,
  { limit = 5, location, synonyms, wide }: FullTextOptions = {}
): Promise<RetrievedChunk[]> {
  const words = queryWords(query, synonyms)
  if (words.length === 0) return []
  let terms = buildTerms(query, new Map(), synonyms)
  if (terms.length === 0) return []
  let rows = await rankChunks(db, terms, location, limit, wide)
  // Most questions use the handbook's own words: spelling is looked at (a second round trip) only
  // when one of them is a word the handbook never uses, or never writes itself (a compound it may write apart).
  const unknown = unknownWords(terms, rows)
  const apart = new Set(wordsFoundOnlyAsOthers(terms, rows))
  if (unknown.length + apart.size > 0) {
    const read = await correctSpelling(db, [...unknown, ...apart], { splitOnly: apart, beside: neighbours(words) })
    if ([...read].some(([word, corrected]) => word !== corrected)) {
      const corrections = new Map([...read].filter(([word]) => !apart.has(word)))
      terms = withWordsApart(buildTerms(query, corrections, synonyms), read, apart)
      rows = await rankChunks(db, terms, location, limit, wide)
    }
  }
  const stats = termStats(rows)
  // A word the handbook never uses counts against every passage alike, as much as it says what the
  // question is about: one of the commonest words of English ("think", "guy", "own") little, a topic
  // ("mileage", "jury", "smoke") fully. The passages' shares of the question are stretched to match.
  // So does one it uses in a few passages only: rare there, "yet" or "talk" is still no topic ("been here 6
  // months, do i get vacation yet" had been answered from the one line with "not yet taken").
  const idf = terms.map((_, i) => Number(stats.get(i)?.idf ?? 0))
  const weighted = terms.map((t, i) => {
    const df = Number(stats.get(i)?.df ?? 0)
    // Where the handbook uses the employee's own word, its family's other words are read as other things
    // ("classified" is no "classes"): the answer writer reads the word itself.
    const forms = Number(stats.get(i)?.own_df ?? 0) > 0 ? t.forms.filter((f) => !t.family?.includes(f)) : t.forms
    const topicality = df === 0 && CALENDAR.test(t.word) ? CALENDAR_TOPICALITY : plainWordTopicality(t.word)
    return { ...t, forms, weight: df <= FEW_PASSAGES ? idf[i]! * topicality : idf[i]!, df }
  })
  const asked = idf.reduce((n, w) => n + w, 0)
  const kept = weighted.reduce((n, t) => n + t.weight, 0)
  const stretch = kept > 0 ? asked / kept : 1
  const scored = rows
    .map((r) => {
      const coverage = Math.min(1, Number(r.coverage ?? 0) * stretch)
      return { ...r, coverage, score: Number(r.rank) * (0.5 + coverage) }
    })
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

// A day or month the handbook never names places the question in time, it is not what it asks about ("i need
// my saturday shift covered"): weighed like a number.
const CALENDAR =
  /^(mon|tues|wednes|thurs|fri|satur|sun)days?$|^(january|february|march|april|june|july|august|september|october|november|december)$|^(week|month|year|weekend)s?$/
const CALENDAR_TOPICALITY = 0.1

// At most this many passages, a word's rarity in the handbook says less than its rarity in English (four
// took "week" from "who gets christmas week off").
const FEW_PASSAGES = 3

/**
 * A compound the handbook writes only apart is searched as its two words first, as the employee's own
 * word ("payday" as "pay day"), its synonyms kept.
 */
function withWordsApart(
  terms: QueryTerm[],
  read: ReadonlyMap<string, string>,
  apart: ReadonlySet<string>
): QueryTerm[] {
  return terms.map((t) => {
    const split = apart.has(t.word) ? read.get(t.word) : undefined
    return split && split !== t.word ? { ...t, forms: [split, ...t.forms.filter((f) => f !== split)] } : t
  })
}

/**
 * The best chunk, the other sections of its page right after it (the answer is often next door), then
 * the best chunk of each other page, then their second-best: so one long page cannot fill the list,
 * and the page that matches best is read in full. Then the rest by rank, so a handbook of few pages
 * (one PDF or Word file is one page) still gives as many passages as asked for.
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
  const picked = new Set([...topPage, ...others])
  return [...topPage, ...others, ...ranked.filter((row) => !picked.has(row))].slice(0, limit)
}

// Words this short are read as clipped ("eval") but not corrected as typos (too many words are one letter away).
const CLIPPED_MIN = 4
const TYPO_MIN = 5
// Shorter clippings ("mat leave", "doc note") only beside a word the handbook writes them with.
const CLIPPED_BESIDE_MIN = 3
// How far from that word the handbook may write the whole one ("Maternity/ Pregnancy Leave").
const BESIDE_SPAN = 3

/** Each question word's neighbours among the question's words: the one before it and the one after. */
function neighbours(words: string[]): Map<string, { before: string; after: string }> {
  return new Map(words.map((w, i) => [w, { before: words[i - 1] ?? '', after: words[i + 1] ?? '' }]))
}

/**
 * Replaces words the knowledge base never uses with its closest word, when that is a likely typo
 * ("vacaton" -> "vacation"): close by trigrams and one or two edits away; else with the two words of a
 * compound the handbook writes apart ("hairnet" -> "hair net", searched as that phrase, so parts that never
 * stand together find nothing); else, a clipping no common word reads as ("eval"), with the handbook's
 * commonest word it begins ("evaluation"). A word the handbook does not use that is none of these ("birthday"
 * is not "birth") stays as it is, so it can count as not found. A clipping the handbook writes whole beside the
 * question's next or previous word ("mat leave": "maternity ... leave") is read as that word first, however short.
 */
export async function correctSpelling(
  db: Db,
  words: string[],
  {
    splitOnly = new Set<string>(),
    beside = new Map()
  }: {
    /** Words read only as a compound written apart, never as a typo (the handbook has words that count as them). */
    splitOnly?: ReadonlySet<string>
    /** Each word's neighbours in the question. */
    beside?: ReadonlyMap<string, { before: string; after: string }>
  } = {}
): Promise<Map<string, string>> {
  const candidates = words.filter(
    (w) => /^[a-z]+$/.test(w) && (w.length >= CLIPPED_MIN || (w.length >= CLIPPED_BESIDE_MIN && beside.has(w)))
  )
  if (candidates.length === 0) return new Map()
  const rows = await queryRows<{
    word: string
    known: boolean
    near: string[] | null
    split: string | null
    clipped: string | null
    headed: string | null
    whole: string | null
  }>(
    db,
    sql`
    -- A word is known when the handbook has it in any form ("caring" when it says "care"): only an
    -- unknown one is a typo to correct.
    select w.word, w.known,
           -- Looked for only when the word is unknown and long enough to be a typo (the trigram scan is most of the cost). JSON, not
           -- an array: postgres.js parses arrays only with fetch_types, which is off.
           case when w.known or length(w.word) < ${TYPO_MIN} then null else (select json_agg(term) from (
              select k.term from knowledge_terms k
              where k.term % w.word and similarity(k.term, w.word) >= 0.4
              order by similarity(k.term, w.word) desc, k.frequency desc limit 5) near) end as near,
           -- A compound the handbook writes as two words ("hairnet", "daycare"): both parts its words of
           -- three letters or more (not a verb and its particle: a "startup" is no "start up"), the split
           -- whose rarer part is commonest.
           case when w.known then null else (
              select left(w.word, i) || ' ' || substr(w.word, i + 1)
              from generate_series(3, length(w.word) - 3) i
              join knowledge_terms a on a.term = left(w.word, i)
              join knowledge_terms b on b.term = substr(w.word, i + 1)
              order by least(a.frequency, b.frequency) desc limit 1) end as split,
           -- A word clipped as texting clips it ("eval", "sched", "cert"): the handbook's commonest word it begins.
           case when w.known then null else (
              select k.term from knowledge_terms k
              where k.term like w.word || '%' and length(k.term) >= length(w.word) + 3
              order by k.frequency desc limit 1) end as clipped,
           -- A compound the handbook writes with the word as its head ("nails" in "fingernails"): its commonest one.
           case when w.known then null else (
              select k.term from knowledge_terms k
              where k.term like '%' || w.word and length(k.term) >= length(w.word) + 3
              order by k.frequency desc limit 1) end as headed,
           -- A clipping the handbook writes whole within a few words of the question's neighbour ("mat leave":
           -- "Maternity/ Pregnancy Leave"): its commonest such word.
           case when w.known then null else (
              select k.term from knowledge_terms k
              where k.term like w.word || '%' and length(k.term) >= length(w.word) + 2
                and exists (
                  select 1 from chunks c, generate_series(1, ${BESIDE_SPAN}) d
                  where (w.after <> '' and c.tsv @@ tsquery_phrase(plainto_tsquery('english', k.term), plainto_tsquery('english', w.after), d))
                     or (w.before <> '' and c.tsv @@ tsquery_phrase(plainto_tsquery('english', w.before), plainto_tsquery('english', k.term), d)))
              order by k.frequency desc limit 1) end as whole
    from (
      select u.word, u.before, u.after,
             exists (select 1 from knowledge_terms k where k.term = u.word)
               or exists (select 1 from knowledge_lexemes l
                          where l.lexeme = any(tsvector_to_array(to_tsvector('english', u.word)))) as known
      from unnest(
        ${textArray(candidates)},
        ${textArray(candidates.map((w) => beside.get(w)?.before ?? ''))},
        ${textArray(candidates.map((w) => beside.get(w)?.after ?? ''))}
      ) as u(word, before, after)
    ) w`
  )
  return new Map(
    rows.map((r) => {
      if (r.known) return [r.word, r.word]
      if (splitOnly.has(r.word)) return [r.word, r.split ?? r.word]
      const allowed = r.word.length >= 8 ? 2 : 1
      const typo = (r.near ?? []).find(
        (n) => editDistance(r.word, n, allowed + 1) <= allowed && mayBeSlipFor(r.word, n)
      )
      // A clipping is no common word of its own ("pass" is not "password").
      const long = r.word.length >= CLIPPED_MIN
      const clipped = long && r.clipped && !isCommonWord(r.word) ? r.clipped : null
      // A compound's head only under an English word of its own ("finger" + "nails", not a word's ending "ails"), and
      // only a word that names a topic ("nails"): a plain one is not (a "place" to pump is no "workplace").
      const head = r.headed?.slice(0, -r.word.length) ?? ''
      const headed = long && isEnglishWord(head) && plainWordTopicality(r.word) === 1 ? r.headed : null
      // Nor is a common plain word a clipping beside its neighbour ("my own car": no "caregiver"); "mat leave" is one.
      const whole = r.whole && (!isCommonWord(r.word) || plainWordTopicality(r.word) === 1) ? r.whole : null
      return [r.word, typo ?? r.split ?? whole ?? clipped ?? headed ?? r.word]
    })
  )
}
