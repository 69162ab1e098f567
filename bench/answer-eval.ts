// Whole-answer evaluation: every question of a set goes through the real pipeline (signed webhook,
// classifier, routing, retrieval, answer, SMS composition) on a fresh embedded database holding one
// handbook, each from its own sender so nothing is read as a follow-up. Beside it, a naive baseline:
// BM25's best chunk, cut to the same segment budget.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { eq } from 'drizzle-orm'
import MiniSearch from 'minisearch'
import { buildApp } from '../app/app.ts'
import { loadConfig } from '../app/config.ts'
import { fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { countSegments, fitToSegments } from '../app/sms/segments.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { chunks, documents, interactions, messages } from '../drizzle/schema.ts'
import { percentile } from './lib.ts'

export interface AnswerCase {
  q: string
  /** Pages that answer it; empty when the handbook does not. */
  expect: string[]
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
  /** Share of answerable questions whose expected page is among the first three sources. */
  hit3: number
  meanSegments: number
  p50Ms: number
  p95Ms: number
  baseline: { factRate: number; declineRate: number; meanSegments: number }
}

const TOKEN = 'eval-auth-token-0123456789'
const BASE_URL = 'https://eval.example.test'
const EMPLOYEE_NUMBER = '+15005550006'
const MANAGER_NUMBER = '+15005550007'
const ESCALATED = new Set(['escalated', 'forwarded', 'no_answer_escalated'])
const DECLINED = new Set(['no_answer', 'no_answer_escalated'])

export async function readCases(path: string): Promise<AnswerCase[]> {
  return (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AnswerCase)
}

/**
 * Runs every case on a fresh database holding `corpus` (folders and files, a synonyms.txt among them);
 * `env` adds settings (an LLM, say).
 */
export async function evaluateAnswers(
  corpus: string | string[],
  cases: AnswerCase[],
  env: Record<string, string> = {}
): Promise<{ figures: AnswerFigures; results: CaseResult[] }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: BASE_URL,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_EMPLOYEE_NUMBER: EMPLOYEE_NUMBER,
    TWILIO_MANAGER_NUMBER: MANAGER_NUMBER,
    JWT_SECRET: 'eval-jwt-secret-0123456789abcdef-0123456789',
    PGLITE_DIR: 'memory://',
    RATE_LIMIT_PER_HOUR: '100000',
    ...env
  })
  const database = await fromPglite(await openPglite('memory://'))
  await runMigrations(database)
  await ingestPaths(
    database.db,
    (Array.isArray(corpus) ? corpus : [corpus]).map((p) => resolve(p))
  )
  const phone = (i: number) => `+1312${String(2000000 + i).padStart(7, '0')}`
  await upsertPeople(database.db, [
    { phone: '+13125550100', name: 'Hana HR', role: 'hr', managerPhone: null, location: 'Head office', language: 'en' },
    {
      phone: '+13125550101',
      name: 'Max Manager',
      role: 'manager',
      managerPhone: null,
      location: 'Store 1',
      language: 'en'
    },
    ...cases.map((_, i) => ({
      phone: phone(i),
      name: `Employee ${i}`,
      role: 'employee' as const,
      managerPhone: '+13125550101',
      location: 'Store 1',
      language: 'en'
    }))
  ])
  const baseline = await bm25Baseline(database.db, config.SMS_MAX_SEGMENTS)
  const app = await buildApp(config, { database })
  const results: CaseResult[] = []
  try {
    await app.ready()
    for (const [i, c] of cases.entries()) {
      const sid = `SM${String(i).padStart(32, '0')}`
      const params = {
        MessageSid: sid,
        AccountSid: `AC${'0'.repeat(32)}`,
        From: phone(i),
        To: EMPLOYEE_NUMBER,
        Body: c.q,
        NumMedia: '0',
        NumSegments: '1'
      }
      const started = performance.now()
      const response = await app.inject({
        method: 'POST',
        url: '/message',
        payload: new URLSearchParams(params).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signTwilioRequest(TOKEN, `${BASE_URL}/message`, params)
        }
      })
      const ms = performance.now() - started
      const reply = twimlText(response.body)
      const [row] = await app.db
        .select({ mode: interactions.answerMode, label: interactions.label, sources: interactions.sources })
        .from(interactions)
        .innerJoin(messages, eq(messages.id, interactions.messageId))
        .where(eq(messages.twilioSid, sid))
      const fact = c.fact ? new RegExp(c.fact, 'i') : null
      const naive = baseline(c.q)
      results.push({
        q: c.q,
        reply,
        mode: row?.mode ?? 'none',
        label: row?.label ?? null,
        sources: [...new Set((row?.sources ?? []).map((s) => s.source))],
        answerable: fact !== null,
        factFound: fact ? fact.test(reply) : false,
        declined: DECLINED.has(row?.mode ?? ''),
        escalated: ESCALATED.has(row?.mode ?? ''),
        finished: endsCleanly(reply),
        segments: reply ? countSegments(reply).segments : 0,
        ms,
        baseline: naive,
        baselineFact: fact ? fact.test(naive) : false
      })
      results.at(-1)!.sources = results.at(-1)!.sources.slice(0, 5)
      if (c.expect.length > 0)
        (results.at(-1) as CaseResult & { hit3?: boolean }).hit3 = results
          .at(-1)!
          .sources.slice(0, 3)
          .some((s) => c.expect.includes(s))
    }
  } finally {
    await app.close()
  }
  return { figures: summarise(results), results }
}

function summarise(results: CaseResult[]): AnswerFigures {
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
    hit3: share(answerable, (r) => Boolean((r as CaseResult & { hit3?: boolean }).hit3)),
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
async function bm25Baseline(
  db: Parameters<typeof ingestPaths>[0],
  maxSegments: number
): Promise<(q: string) => string> {
  const rows = await db
    .select({
      id: chunks.id,
      title: chunks.title,
      heading: chunks.heading,
      content: chunks.content,
      keywords: chunks.keywords,
      source: documents.source
    })
    .from(chunks)
    .innerJoin(documents, eq(documents.id, chunks.documentId))
  const index = new MiniSearch({
    fields: ['title', 'heading', 'keywords', 'content'],
    storeFields: ['content', 'title']
  })
  index.addAll(rows)
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
  const text = (source >= 0 ? reply.slice(0, source) : reply)
    .replace(/\s*(Reply MORE for more|Responda MORE para mas)\.\s*$/, '')
    .trim()
  if (!text) return true
  const lastLine = text.split('\n').at(-1)!.trim()
  if (/^[-*]\s/.test(lastLine) && !/\.\.\.$/.test(lastLine)) return true
  return /[.!?]["')\]]*$/.test(lastLine) && !/\.\.\.$/.test(lastLine)
}

function twimlText(body: string): string {
  const match = /<Message>([\s\S]*?)<\/Message>/.exec(body)
  if (!match) return ''
  return match[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#xD;/g, '\r')
    .replace(/&amp;/g, '&')
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
