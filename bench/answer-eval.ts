// Whole-answer evaluation: every question of a set goes through the real pipeline (signed webhook,
// classifier, routing, retrieval, answer, SMS composition) on a fresh embedded database holding one
// handbook, each from its own sender so nothing is read as a follow-up. Beside it, a naive baseline:
// BM25's best chunk, cut to the same segment budget.
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Db } from '../app/db/database.ts'
import type { Retriever } from '../app/knowledge/types.ts'
import {
  type ContextPassage,
  estimateTokens,
  gatherContext,
  searchForContext
} from '../app/knowledge/passage-context.ts'
import { countSegments, fitToSegments } from '../app/sms/segments.ts'
import { bm25Index } from './bm25.ts'
import { percentile } from './lib.ts'
import { startPipeline } from './pipeline.ts'

export interface AnswerCase {
  q: string
  /** Pages that answer it; empty when the handbook does not (absent from question files that do not say). */
  expect?: string[]
  /** The language the question is written in (the sender's language), when not the default. */
  lang?: string
  /**
   * A person's faithful English translation of a question in another language: with no model configured,
   * it stands in for the query the model would write, so "fact in what the model is given" is measured
   * for Spanish questions too.
   */
  q_en?: string
  /** Case-insensitive regular expression a reply that answers it matches; null when it must be declined. */
  fact: string | null
}

export interface CaseResult {
  q: string
  reply: string
  mode: string
  label: string | null
  sources: string[]
  answerable: boolean
  factFound: boolean
  declined: boolean
  escalated: boolean
  finished: boolean
  /** Figures of the answer ("$120", "12 weeks") that no retrieved passage holds: invented. */
  unsupportedFigures: string[]
  hit3: boolean
  /** Whether `fact` matches one of the five chunks the search returns (a figure no answer writer changes). */
  factInChunks: boolean
  /** Whether `fact` matches the passages a model would be given (title, heading path and text), per budget. */
  factInContext: Record<number, boolean>
  /** Estimated tokens of those passages, per budget. */
  contextTokens: Record<number, number>
  segments: number
  ms: number
  baseline: string
  baselineFact: boolean
}

export interface AnswerFigures {
  n: number
  answerable: number
  unanswerable: number
  /** Share of answerable questions whose reply matches `fact`. */
  factRate: number
  /** Share of unanswerable questions that were declined. */
  declineRate: number
  /** Share of all questions handed to a person instead of answered. */
  escalatedRate: number
  /** Share of replies that end mid-sentence. */
  unfinishedRate: number
  /** Share of answers holding a figure that no retrieved passage holds. */
  inventedFigureRate: number
  /** Share of answerable questions whose expected page is among the first three sources. */
  hit3: number
  /** Share of answerable questions whose fact is in one of the top five chunks (heading and text) the search returns. */
  factInTop5: number
  /** Share of answerable questions whose fact is in the passages a model is given, at the app's budget (ANSWER_CONTEXT_TOKENS). */
  factInModelContext: number
  /** The same per context budget (tokens), the app's among them. */
  factInContext: Record<number, number>
  /** Mean estimated tokens of those passages, per budget. */
  meanContextTokens: Record<number, number>
  meanSegments: number
  p50Ms: number
  p95Ms: number
  baseline: { factRate: number; declineRate: number; meanSegments: number }
}

const ESCALATED = new Set(['escalated', 'forwarded', 'no_answer_escalated'])
const DECLINED = new Set(['no_answer', 'no_answer_escalated'])
const ANSWERED = new Set(['extractive', 'llm'])

/** Figures of `answer` that none of the passages holds (numbers compared without thousands separators). */
export function unsupportedFigures(answer: string, passages: string[]): string[] {
  const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((f) => f.replace(/,(?=\d{3}\b)/g, ''))
  const known = new Set(figures(passages.join('\n')))
  return figures(answer).filter((f) => !known.has(f))
}

// What sits beside a handbook in its folder and is not part of it.
const NOT_HANDBOOK = /^(questions.*\.jsonl|LICEN[CS]E.*|SOURCE\.(?:md|txt)|README\.md|NOTICE.*|plain\.txt)$/i

/** A handbook folder's files: its source/ folder when it has one, else its files but questions, licence and notes. */
export async function handbookCorpus(dir: string): Promise<string[]> {
  if (existsSync(join(dir, 'source'))) return [join(dir, 'source')]
  return (await readdir(dir)).filter((name) => !NOT_HANDBOOK.test(name)).map((name) => join(dir, name))
}

export async function readCases<T = AnswerCase>(path: string): Promise<T[]> {
  return (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
}

/**
 * Runs every case on a fresh database holding `corpus` (folders and files, a synonyms.txt among them);
 * `env` adds settings (an LLM, say).
 */
export async function evaluateAnswers(
  corpus: string | string[],
  cases: AnswerCase[],
  env: Record<string, string> = {},
  { budgets }: { budgets?: number[] } = {}
): Promise<{ figures: AnswerFigures; results: CaseResult[] }> {
  const pipeline = await startPipeline(corpus, cases.length, env, { languages: cases.map((c) => c.lang ?? 'en') })
  // The app's own budget first: it is the one the model is given.
  const contextBudgets = [...new Set([pipeline.app.config.ANSWER_CONTEXT_TOKENS, ...(budgets ?? [])])]
  const results: CaseResult[] = []
  try {
    const baseline = await bm25Baseline(pipeline.database.db, pipeline.app.config.SMS_MAX_SEGMENTS)
    for (const [i, c] of cases.entries()) {
      const { reply, answer, passages, mode, label, sources, ms } = await pipeline.ask(i, c.q)
      const fact = c.fact ? new RegExp(c.fact, 'i') : null
      const naive = baseline(c.q)
      const top5 = fact ? await pipeline.app.retriever.search(c.q, { limit: 5 }) : []
      // A question in another language is searched as the model translates it; with no model, as a person
      // translated it (q_en), else as written.
      const translate = c.lang && c.lang !== 'en' ? pipeline.app.llm.searchQuery : undefined
      const query = translate ? await translate(c.q, 'en') : c.lang && c.lang !== 'en' ? (c.q_en ?? c.q) : c.q
      const contexts = await modelContexts(pipeline.app.db, pipeline.app.retriever, query, contextBudgets)
      results.push({
        q: c.q,
        reply,
        mode,
        label,
        sources: sources.slice(0, 5),
        answerable: fact !== null,
        factFound: fact ? fact.test(reply) : false,
        declined: DECLINED.has(mode),
        escalated: ESCALATED.has(mode),
        finished: endsCleanly(reply),
        unsupportedFigures: ANSWERED.has(mode) ? unsupportedFigures(answer ?? '', passages) : [],
        hit3: sources.slice(0, 3).some((s) => c.expect?.includes(s)),
        factInChunks: top5.some((chunk) => fact!.test(`${chunk.heading}\n${chunk.content}`.replace(/\s+/g, ' '))),
        factInContext: Object.fromEntries(
          contexts.map(({ budget, passages }) => [budget, fact ? fact.test(contextText(passages)) : false])
        ),
        contextTokens: Object.fromEntries(
          contexts.map(({ budget, passages }) => [budget, estimateTokens(contextText(passages))])
        ),
        segments: reply ? countSegments(reply).segments : 0,
        ms,
        baseline: naive,
        baselineFact: fact ? fact.test(naive) : false
      })
    }
  } finally {
    await pipeline.close()
  }
  return { figures: summarise(results, contextBudgets), results }
}

/** The passages a model would be given for `q` at each budget (one search, grown per budget). */
async function modelContexts(
  db: Db,
  retriever: Retriever,
  q: string,
  budgets: number[]
): Promise<Array<{ budget: number; passages: ContextPassage[] }>> {
  const hits = await searchForContext(retriever, q)
  return Promise.all(
    budgets.map(async (budget) => ({ budget, passages: await gatherContext(db, hits, { budgetTokens: budget }) }))
  )
}

/** What the model reads of the passages, whitespace folded, for the `fact` expression to match. */
function contextText(passages: ContextPassage[]): string {
  return passages.map((p) => `${p.title}\n${p.heading}\n${p.content}`.replace(/\s+/g, ' ')).join('\n')
}

/** `budgets[0]` is the app's own budget. */
function summarise(results: CaseResult[], budgets: number[]): AnswerFigures {
  const answerable = results.filter((r) => r.answerable)
  const unanswerable = results.filter((r) => !r.answerable)
  const share = (list: CaseResult[], test: (r: CaseResult) => boolean) =>
    list.length ? round(list.filter(test).length / list.length) : 1
  const mean = (values: number[]) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : 0)
  const replied = results.filter((r) => r.reply)
  return {
    n: results.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    factRate: share(answerable, (r) => r.factFound),
    declineRate: share(unanswerable, (r) => r.declined),
    escalatedRate: share(results, (r) => r.escalated),
    unfinishedRate: share(replied, (r) => !r.finished),
    // Of the replies that answered: none answered, none invented.
    inventedFigureRate: results.some((r) => ANSWERED.has(r.mode))
      ? share(
          results.filter((r) => ANSWERED.has(r.mode)),
          (r) => r.unsupportedFigures.length > 0
        )
      : 0,
    hit3: share(answerable, (r) => r.hit3),
    factInTop5: share(answerable, (r) => r.factInChunks),
    factInModelContext: share(answerable, (r) => r.factInContext[budgets[0]!] === true),
    factInContext: Object.fromEntries(budgets.map((b) => [b, share(answerable, (r) => r.factInContext[b] === true)])),
    meanContextTokens: Object.fromEntries(
      budgets.map((b) => [b, Math.round(mean(results.map((r) => r.contextTokens[b] ?? 0)))])
    ),
    meanSegments: mean(replied.map((r) => r.segments)),
    p50Ms: Math.round(
      percentile(
        results.map((r) => r.ms),
        50
      )
    ),
    p95Ms: Math.round(
      percentile(
        results.map((r) => r.ms),
        95
      )
    ),
    baseline: {
      factRate: share(answerable, (r) => r.baselineFact),
      declineRate: share(unanswerable, (r) => r.baseline === ''),
      meanSegments: mean(results.filter((r) => r.baseline).map((r) => countSegments(r.baseline).segments))
    }
  }
}

/** BM25 (MiniSearch) over the same chunks; the best chunk's text, cut to the segment budget. */
async function bm25Baseline(db: Db, maxSegments: number): Promise<(q: string) => string> {
  const index = await bm25Index(db)
  return (q) => {
    const [best] = index.search(q)
    if (!best) return ''
    const suffix = ` (Source: ${best.title as string})`
    return fitToSegments((best.content as string).replace(/\s+/g, ' '), maxSegments, { suffix }).part + suffix
  }
}

/**
 * A reply ends cleanly when its text (before the source and the MORE hint) ends a sentence, a list
 * item or a table row, never in the middle of one.
 */
export function endsCleanly(reply: string): boolean {
  const source = Math.max(reply.lastIndexOf(' (Source: '), reply.lastIndexOf(' (Fuente: '))
  const body = source >= 0 ? reply.slice(0, source) : reply
  const more = /\s*(Reply MORE for more|Responda MORE para mas)\.\s*$/
  // A sentence too long for the budget may end at a clause with "...", when MORE offers the rest.
  if (more.test(body) && /\w[,;:]?\.\.\.$/.test(body.replace(more, '').trim())) return true
  const text = body
    .replace(more, '')
    .replace(/\s*(Reply HR to reach HR privately|Responda HR para hablar con RR\. HH\. en privado)\.\s*$/, '')
    .trim()
  if (!text) return true
  const lastLine = text.split('\n').at(-1)!.trim()
  if (/^[-*]\s/.test(lastLine) && !/\.\.\.$/.test(lastLine)) return true
  return /[.!?]["')\]]*$/.test(lastLine) && !/\.\.\.$/.test(lastLine)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
