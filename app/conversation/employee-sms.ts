// What happens to a text sent to the employee number, from storing it to the reply.
import { and, desc, eq, gt, isNotNull } from 'drizzle-orm'
import { interactions, messages } from '../../drizzle/schema.ts'
import type { InteractionSource } from '../../drizzle/schema.ts'
import { extractiveAnswer } from '../answer/extractive.ts'
import { countSegments, fitToSegments, smartEncode } from '../answer/segments.ts'
import type { AnswerResult, Llm } from '../answer/types.ts'
import { classifyText } from '../classifier/local-classifier.ts'
import { matchSafety } from '../classifier/rules.ts'
import type { Classification, Classifier } from '../classifier/types.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import { isRelevant, type Retriever, type RetrievedChunk } from '../knowledge/types.ts'
import type { Logger } from '../lib/logger.ts'
import { maskPhone } from '../lib/phone.ts'
import { withTimeout } from '../lib/timeout.ts'
import { findPersonByPhone, type Person, setOptedOut } from '../people/directory.ts'
import type { SmsSender } from '../sms/types.ts'
import { type InboundSms, markFailed, storeInbound } from './inbound-log.ts'
import { detectKeyword, type Keyword, keywordFromOptOutType } from './keywords.ts'
import { checkRateLimit } from './rate-limit.ts'
import { reply } from './replies.ts'

export interface ConversationDeps {
  db: Db
  config: Config
  classifier: Classifier
  retriever: Retriever
  llm: Llm
  sms: SmsSender
  log: Logger
  now: () => Date
}

/** What the pipeline decided for one message: the reply (null = send nothing) and what to record. */
interface Outcome {
  reply: string | null
  personId?: number
  answerMode: string
  answer?: string | null
  classification?: Classification
  sources?: InteractionSource[]
  model?: string
  promptTokens?: number
  completionTokens?: number
  contextInteractionId?: number
  remainingText?: string | null
}

export interface HandledSms { reply: string | null, duplicate: boolean }

const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000
const MORE_WINDOW_MS = 24 * 60 * 60 * 1000
// Classifier and model input is capped: a 1,600-character text says what it needs to in far less.
const MAX_QUESTION_CHARS = 600

export async function handleEmployeeSms (deps: ConversationDeps, sms: InboundSms): Promise<HandledSms> {
  const started = performance.now()
  const budgetMs = deps.config.WEBHOOK_BUDGET_MS
  const stored = await storeInbound(deps.db, sms, { now: deps.now, leaseMs: budgetMs * 2, waitMs: budgetMs / 2 })
  if (stored.kind === 'duplicate') return { reply: stored.reply, duplicate: true }
  if (stored.kind === 'in_progress') return { reply: null, duplicate: true }

  const latency: Record<string, number> = {}
  const fallbacks: string[] = []
  const deadline = started + budgetMs
  try {
    const outcome = await decide(deps, sms, { deadline, latency, fallbacks })
    latency.totalMs = Math.round(performance.now() - started)
    await finish(deps, stored.id, sms, outcome, latency, fallbacks)
    deps.log.info({
      sid: sms.sid, from: maskPhone(sms.from), mode: outcome.answerMode, label: outcome.classification?.label,
      totalMs: latency.totalMs, fallbacks: fallbacks.length > 0 ? fallbacks : undefined, retry: stored.retry || undefined
    }, 'inbound sms handled')
    return { reply: outcome.reply, duplicate: false }
  } catch (error) {
    // Only the database can fail here (providers degrade instead); leave the message to be redelivered.
    await markFailed(deps.db, stored.id, deps.now()).catch(() => {})
    throw error
  }
}

interface Run { deadline: number, latency: Record<string, number>, fallbacks: string[] }

async function decide (deps: ConversationDeps, sms: InboundSms, run: Run): Promise<Outcome> {
  const { db, config, now } = deps
  const keyword = keywordFromOptOutType(sms.optOutType) ?? detectKeyword(sms.body)
  const handledByTwilio = keywordFromOptOutType(sms.optOutType) !== null
  const person = await findPersonByPhone(db, sms.from)
  const personId = person?.id

  // Opting out and back in always works, whatever the rate limit, and nothing is sent in return
  // when Twilio's own opt-out handling has already answered.
  if (keyword === 'opt_out') {
    if (person) await setOptedOut(db, person.phone, true, now())
    return { reply: null, personId, answerMode: 'opt_out' }
  }
  if (person?.optedOut) {
    if (keyword !== 'opt_in' && keyword !== 'yes') return { reply: null, personId, answerMode: 'opted_out' }
    await setOptedOut(db, person.phone, false, now())
    return { reply: handledByTwilio ? null : reply('optedIn', person.language, { company: config.COMPANY_NAME }), personId, answerMode: 'opt_in' }
  }

  const rate = await checkRateLimit(db, `sms:${sms.from}`, config.RATE_LIMIT_PER_HOUR, now())
  if (rate !== 'allow') {
    return { reply: rate === 'notify' ? reply('rateLimited', person?.language) : null, personId, answerMode: 'rate_limited' }
  }
  if (!person) return { reply: reply('unknownSender', null), answerMode: 'unknown_sender' }

  if (keyword === 'opt_in') return { reply: handledByTwilio ? null : reply('optedIn', person.language, { company: config.COMPANY_NAME }), personId, answerMode: 'opt_in' }
  if (keyword === 'help') return { reply: handledByTwilio ? null : reply('help', person.language, { company: config.COMPANY_NAME }), personId, answerMode: 'help' }
  if (keyword === 'more') return continueAnswer(deps, person)
  if (!sms.body.trim()) return { reply: reply('emptyBody', person.language), personId, answerMode: 'empty' }

  return answerQuestion(deps, person, sms.body, keyword, run)
}

async function answerQuestion (deps: ConversationDeps, person: Person, body: string, keyword: Keyword | null, run: Run): Promise<Outcome> {
  const { config } = deps
  const question = body.trim().slice(0, MAX_QUESTION_CHARS)
  const classification = await classify(deps, question, run)
  const base = { personId: person.id, classification }

  if (classification.escalation !== 'none') {
    // The next issue hands these to a manager; for now they are recorded for follow-up.
    const safety = classification.label === 'safety' ? `${reply('safetyFirst', person.language)} ` : ''
    return { ...base, reply: safety + reply('escalationAckRecorded', person.language), answerMode: 'escalation_needed' }
  }
  if (classification.label === 'smalltalk' || keyword === 'positive_feedback' || keyword === 'yes') {
    return { ...base, reply: smalltalkReply(question, person.language), answerMode: 'smalltalk' }
  }

  const previous = await recentAnswer(deps.db, person.id, deps.now())
  const followUp = previous && looksLikeFollowUp(question) ? previous : undefined
  const searchText = followUp ? `${followUp.question} ${question}` : question

  let passages: RetrievedChunk[]
  const retrieveStarted = performance.now()
  try {
    passages = await withTimeout('retriever', stageTimeout(run, 3000), (signal) =>
      deps.retriever.search(searchText, { limit: 5, location: person.location, signal }))
  } catch (error) {
    run.fallbacks.push(`retriever:${reason(error)}`)
    deps.log.warn({ err: error }, 'retrieval failed')
    return { ...base, reply: reply('lookupFailed', person.language), answerMode: 'lookup_failed' }
  } finally {
    run.latency.retrieveMs = Math.round(performance.now() - retrieveStarted)
  }

  const relevant = passages.filter((p) => isRelevant(p, config.ANSWER_MIN_SCORE))
  const sources = passages.map((p) => ({ chunkId: p.chunkId, source: p.source, title: p.title, heading: p.heading, score: p.score }))
  const context = { contextInteractionId: followUp?.id, sources }
  if (relevant.length === 0) {
    return { ...base, ...context, reply: reply('noAnswer', person.language), answerMode: 'no_answer', answer: null }
  }

  const answer = await writeAnswer(deps, {
    question,
    previous: followUp ? { question: followUp.question, answer: followUp.answer } : undefined,
    passages: relevant,
    language: person.language,
    maxSegments: config.SMS_MAX_SEGMENTS,
    companyName: config.COMPANY_NAME
  }, run)
  if (!answer.answered || !answer.text.trim()) {
    return { ...base, ...context, reply: reply('noAnswer', person.language), answerMode: 'no_answer', answer: null, model: answer.model }
  }
  const { text, rest } = composeAnswer(answer.text, answer.sources[0], person.language, config.SMS_MAX_SEGMENTS)
  return {
    ...base,
    ...context,
    reply: text,
    answer: answer.text,
    answerMode: answer.mode,
    model: answer.model,
    promptTokens: answer.promptTokens,
    completionTokens: answer.completionTokens,
    remainingText: rest || null
  }
}

async function classify (deps: ConversationDeps, text: string, run: Run): Promise<Classification> {
  const started = performance.now()
  try {
    const result = await withTimeout('classifier', stageTimeout(run, 2000), (signal) => deps.classifier.classify(text, { signal }))
    // Whatever the configured classifier says, the safety rules have the last word.
    const rule = result.label === 'safety' ? null : matchSafety(text)
    return rule ? { ...result, label: 'safety', escalation: 'urgent', score: 1, classifier: `rules:${rule}` } : result
  } catch (error) {
    run.fallbacks.push(`classifier:${reason(error)}`)
    deps.log.warn({ err: error }, 'classifier failed; using the local one')
    return { ...classifyText(text), fallback: deps.classifier.name }
  } finally {
    run.latency.classifyMs = Math.round(performance.now() - started)
  }
}

async function writeAnswer (deps: ConversationDeps, request: Parameters<Llm['answer']>[0], run: Run): Promise<AnswerResult> {
  const started = performance.now()
  try {
    return await withTimeout('llm', stageTimeout(run, Number.POSITIVE_INFINITY, 300), (signal) => deps.llm.answer(request, { signal }))
  } catch (error) {
    run.fallbacks.push(`llm:${reason(error)}`)
    deps.log.warn({ err: error }, 'answer model failed; answering extractively')
    return extractiveAnswer(request)
  } finally {
    run.latency.answerMs = Math.round(performance.now() - started)
  }
}

/** Time a stage may take: its own cap, and never past the webhook deadline (minus a margin). */
function stageTimeout (run: Run, cap: number, marginMs = 800): number {
  return Math.max(100, Math.min(cap, run.deadline - performance.now() - marginMs))
}

function reason (error: unknown): string {
  const e = error as { name?: string, status?: number, code?: string }
  if (e?.name === 'TimeoutError') return 'timeout'
  if (typeof e?.status === 'number') return `http_${e.status}`
  return e?.code ?? e?.name ?? 'error'
}

/** The reply within the segment budget, with the source; what does not fit waits for MORE. */
export function composeAnswer (body: string, sourceTitle: string | undefined, language: string, maxSegments: number): { text: string, rest: string } {
  const source = sourceTitle ? reply('source', language, { title: smartEncode(sourceTitle) }) : ''
  const whole = fitToSegments(body + source, maxSegments)
  if (!whole.rest) return { text: whole.part, rest: '' }
  const fitted = fitToSegments(body, maxSegments, reply('moreHint', language) + source)
  return { text: fitted.part, rest: fitted.rest }
}

/** `MORE`: the next part of the last long answer. */
async function continueAnswer (deps: ConversationDeps, person: Person): Promise<Outcome> {
  const since = new Date(deps.now().getTime() - MORE_WINDOW_MS)
  const [last] = await deps.db.select({ id: interactions.id, remaining: interactions.remainingText })
    .from(interactions)
    .where(and(eq(interactions.personId, person.id), isNotNull(interactions.remainingText), gt(interactions.createdAt, since)))
    .orderBy(desc(interactions.id)).limit(1)
  if (!last?.remaining) return { reply: reply('nothingMore', person.language), personId: person.id, answerMode: 'more' }
  const next = fitToSegments(last.remaining, deps.config.SMS_MAX_SEGMENTS, reply('moreHint', person.language))
  await deps.db.update(interactions).set({ remainingText: next.rest || null }).where(eq(interactions.id, last.id))
  return { reply: next.part, personId: person.id, answerMode: 'more', answer: next.part, contextInteractionId: last.id }
}

interface PreviousAnswer { id: number, question: string, answer: string }

async function recentAnswer (db: Db, personId: number, now: Date): Promise<PreviousAnswer | undefined> {
  const [last] = await db.select({ id: interactions.id, question: interactions.question, answer: interactions.answer, mode: interactions.answerMode })
    .from(interactions)
    .where(and(eq(interactions.personId, personId), gt(interactions.createdAt, new Date(now.getTime() - FOLLOW_UP_WINDOW_MS))))
    .orderBy(desc(interactions.id)).limit(1)
  return last?.answer && (last.mode === 'extractive' || last.mode === 'llm') ? { id: last.id, question: last.question, answer: last.answer } : undefined
}

/** "what about part-timers?", "and for nights?", "does that include weekends": short or leaning on the last answer. */
export function looksLikeFollowUp (text: string): boolean {
  const lower = text.toLowerCase().trim()
  if (/^(what|how) about\b|^(and|also|plus|but|same)\b|^what if\b|^does (that|it|this)\b|^is (that|it|this)\b|^(for|with) /.test(lower)) return true
  return lower.split(/\s+/).length <= 4 && /\b(that|it|this|those|them|they)\b/.test(lower)
}

function smalltalkReply (text: string, language: string): string {
  const lower = text.toLowerCase()
  if (/\b(thank|thanks|thx|ty|gracias|appreciate)\b|👍|🙏/u.test(lower)) return reply('smalltalkThanks', language)
  if (/\b(hi|hello|hey|hola|morning|afternoon|evening|yo)\b|👋/u.test(lower)) return reply('smalltalkGreeting', language)
  return reply('smalltalkOther', language)
}

async function finish (deps: ConversationDeps, messageId: number, sms: InboundSms, outcome: Outcome, latency: Record<string, number>, fallbacks: string[]): Promise<void> {
  const at = deps.now()
  const replyText = outcome.reply
  await deps.db.transaction(async (tx) => {
    await tx.insert(interactions).values({
      messageId,
      personId: outcome.personId,
      question: sms.body,
      answer: outcome.answer ?? replyText,
      answerMode: outcome.answerMode,
      label: outcome.classification?.label,
      labelScore: outcome.classification?.score,
      classifier: outcome.classification?.classifier,
      escalation: outcome.classification?.escalation,
      sources: outcome.sources ?? [],
      model: outcome.model,
      promptTokens: outcome.promptTokens,
      completionTokens: outcome.completionTokens,
      latency,
      fallbacks,
      contextInteractionId: outcome.contextInteractionId,
      remainingText: outcome.remainingText ?? null,
      createdAt: at
    }).onConflictDoNothing({ target: interactions.messageId })
    await tx.update(messages)
      .set({ status: 'processed', replyText, personId: outcome.personId, processedAt: at, updatedAt: at })
      .where(eq(messages.id, messageId))
    if (replyText) {
      const { segments, encoding } = countSegments(replyText)
      await tx.insert(messages).values({
        direction: 'outbound', channel: sms.channel, fromPhone: sms.to, toPhone: sms.from, body: replyText,
        status: 'twiml', segments, encoding, personId: outcome.personId, createdAt: at, updatedAt: at
      })
    }
  })
}
