// What a model reads to answer: the sections search found, whole where they fit, within a token
// budget. A hit is one chunk of at most ~1,200 characters, and a fact often sits in the chunk next to
// it (a section split at a paragraph, a table cut after its header, a bold label whose line follows),
// so each hit brings the rest of its section and, budget left, the chunks either side of it.
import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../db/database.ts'
import type { RetrievedChunk, Retriever, SearchOptions } from './types.ts'

/** A passage given to the model: one section (or part of it), its chunks in reading order. */
export interface ContextPassage extends RetrievedChunk {
  /** The chunks the text is made of, in reading order (the first is `chunkId`). */
  chunkIds: number[]
}

export interface ContextOptions {
  /** Upper bound for the passages' text and labels, in tokens (estimated as characters / 4). */
  budgetTokens: number
  /** How many chunks of a section on either side of a hit are looked at. */
  reach?: number
  /** How many of the best hits are grown into their sections before the other hits are taken. */
  lead?: number
}

// How many hits search is asked for, and how many of the best are grown into their sections before
// the others are taken: on handbooks written by others the fact is often a dozen hits down (the
// employee's words are not the handbook's), while it runs past a break mostly in the best few.
// Measured with the budget in README ("What the model is given").
export const CONTEXT_HITS = 50
const LEAD_HITS = 5

// Characters per token for English prose with OpenAI's tokenizers: a budget, not a bill.
const CHARS_PER_TOKEN = 4
// The title, heading path and JSON frame of each passage, in tokens.
const PASSAGE_OVERHEAD = 20

interface Row {
  id: number
  document_id: number
  ord: number
  heading: string
  content: string
  hit: number
}

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN)
}

/** The hits a model's passages are grown from: every chunk of the question's rarest terms read too. */
export function searchForContext(
  retriever: Retriever,
  query: string,
  options: Omit<SearchOptions, 'limit'> = {}
): Promise<RetrievedChunk[]> {
  return retriever.search(query, { ...options, limit: CONTEXT_HITS, wide: true })
}

/**
 * The hits (best first) grown into passages, while the budget lasts: the best `lead` hits' own chunks;
 * then, round by round so one long section cannot take the whole budget, the next chunk of each one's
 * section on either side (the following one first); then the chunk just past each one's section;
 * then the other hits the same way. Passages come out best hit first, each one contiguous run of one
 * section of one page.
 */
export async function gatherContext(
  db: Db,
  hits: RetrievedChunk[],
  { budgetTokens, reach = 4, lead = LEAD_HITS }: ContextOptions
): Promise<ContextPassage[]> {
  if (hits.length === 0) return []
  const rows = await chunksAround(db, hits, reach)
  const byId = new Map<number, Row>(rows.map((r) => [r.id, r]))
  const hitRank = new Map(hits.map((h, i) => [h.chunkId, i]))
  const chosen = new Map<number, number>() // chunk id -> rank of the hit that brought it
  let left = budgetTokens
  const take = (id: number, rank: number): boolean => {
    if (chosen.has(id)) return true
    const row = byId.get(id)
    if (!row) return false
    const cost = estimateTokens(row.content) + PASSAGE_OVERHEAD
    if (cost > left) return false
    left -= cost
    chosen.set(id, rank)
    return true
  }
  // Each hit's neighbours, nearest first: its own section, then across a heading (one step only).
  const neighbours = hits.map((hit) => neighboursOf(hit.chunkId, byId, rows))
  // The leading hits with their sections first, then the rest the same way, while the budget lasts.
  for (const [from, to] of [
    [0, lead],
    [lead, hits.length]
  ] as const) {
    const grown = hits.slice(from, to).map((hit, i) => ({ rank: from + i, hit, n: neighbours[from + i]! }))
    for (const g of grown) take(g.hit.chunkId, g.rank)
    const rounds = Math.max(0, ...grown.map((g) => g.n.same.length))
    for (let round = 0; round < rounds; round++) {
      // A hit whose own chunk did not fit brings nothing else.
      for (const g of grown)
        if (chosen.has(g.hit.chunkId) && g.n.same[round] !== undefined) take(g.n.same[round]!, g.rank)
    }
    for (const g of grown) if (chosen.has(g.hit.chunkId)) for (const id of g.n.across) take(id, g.rank)
  }
  if (left > FILL_MIN_TOKENS) await fillFromLeadPages(db, hits.slice(0, lead), byId, take)
  return passagesOf(hits, hitRank, chosen, byId)
}

// A question in words the handbook lacks finds few hits, and the budget is left unspent: the rest
// goes to the leading hits' pages, the chunks nearest each hit first (the fact is often in the
// section next to the one that names the topic: "sick days" finds "Time Off", the fact is under
// "Wellness Days" on the same page).
const FILL_MIN_TOKENS = 300
const FILL_REACH = 12

async function fillFromLeadPages(
  db: Db,
  leads: RetrievedChunk[],
  byId: Map<number, Row>,
  take: (id: number, rank: number) => boolean
): Promise<void> {
  const rows = await chunksAround(db, leads, FILL_REACH)
  for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, r)
  const steps = leads.map((lead, rank) => {
    const own = rows.find((r) => r.id === lead.chunkId)
    if (!own) return []
    return rows
      .filter((r) => r.hit === own.id && r.id !== own.id)
      .sort((a, b) => Math.abs(a.ord - own.ord) - Math.abs(b.ord - own.ord) || b.ord - a.ord)
      .map((r) => ({ id: r.id, rank }))
  })
  // Round by round, so each leading hit's page is read outward from it in turn.
  for (let i = 0; i < FILL_REACH * 2; i++) for (const s of steps) if (s[i]) take(s[i]!.id, s[i]!.rank)
}

/** Each hit's chunks within `reach` places of it on its page, tagged with the hit (`hit`). */
function chunksAround(db: Db, hits: RetrievedChunk[], reach: number): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`select c.id, c.document_id, c.ord, c.heading, c.content, h.id as hit
        from chunks h
        join chunks c on c.document_id = h.document_id and c.ord between h.ord - ${reach} and h.ord + ${reach}
        where h.id = any(${`{${hits.map((h) => h.chunkId).join(',')}}`}::int[])`
  )
}

/** A hit's section-mates on either side, nearest first (the following one first), and the chunks just past its section. */
function neighboursOf(hitId: number, byId: Map<number, Row>, rows: Row[]): { same: number[]; across: number[] } {
  const own = byId.get(hitId)
  if (!own) return { same: [], across: [] }
  const beside = rows.filter((r) => r.hit === own.id && r.id !== own.id)
  const steps = (direction: 1 | -1) => {
    const out: Row[] = []
    for (let ord = own.ord + direction; ; ord += direction) {
      const row = beside.find((r) => r.ord === ord)
      if (!row || row.heading !== own.heading) break
      out.push(row)
    }
    return out
  }
  const after = steps(1)
  const before = steps(-1)
  const same: number[] = []
  for (let i = 0; i < Math.max(after.length, before.length); i++) {
    if (after[i]) same.push(after[i]!.id)
    if (before[i]) same.push(before[i]!.id)
  }
  const across = [own.ord + after.length + 1, own.ord - before.length - 1]
    .map((ord) => beside.find((r) => r.ord === ord && r.heading !== own.heading)?.id)
    .filter((id): id is number => id !== undefined)
  return { same, across }
}

/** The chosen chunks as passages: contiguous runs of one section of one page, best hit first. */
function passagesOf(
  hits: RetrievedChunk[],
  hitRank: Map<number, number>,
  chosen: Map<number, number>,
  byId: Map<number, Row>
): ContextPassage[] {
  const rows = [...chosen.keys()]
    .map((id) => byId.get(id)!)
    .sort((a, b) => a.document_id - b.document_id || a.ord - b.ord)
  const runs: Row[][] = []
  for (const row of rows) {
    const last = runs.at(-1)?.at(-1)
    if (last && last.document_id === row.document_id && last.ord === row.ord - 1 && last.heading === row.heading) {
      runs.at(-1)!.push(row)
    } else {
      runs.push([row])
    }
  }
  const rankOf = (run: Row[]) => Math.min(...run.map((r) => chosen.get(r.id)!))
  return runs
    .sort((a, b) => rankOf(a) - rankOf(b))
    .map((run) => {
      const hit = hits[rankOf(run)]!
      const best = run.find((r) => hitRank.has(r.id))
      const lead = best ? hits[hitRank.get(best.id)!]! : hit
      return {
        ...lead,
        chunkId: run[0]!.id,
        heading: run[0]!.heading,
        content: run.map((r) => r.content).join('\n\n'),
        chunkIds: run.map((r) => r.id)
      }
    })
}
