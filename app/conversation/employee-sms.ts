// What happens to a text sent to the employee number, from storing it to the reply.
import { and, desc, eq, gt, isNotNull, sql } from 'drizzle-orm'
import { feedback, interactions } from '../../drizzle/schema.ts'
import { extractiveAnswer } from '../answer/extractive.ts'
import { fitToSegments, smartEncode } from '../answer/segments.ts'
import type { AnswerResult, Llm } from '../answer/types.ts'
import { classifyText } from '../classifier/local-classifier.ts'
import type { Classification, Classifier } from '../classifier/types.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import {
  type Escalation,
  escalationDeps,
  findActiveEscalationByPhone,
  forwardToEscalation,
  priorityFor,
  raiseEscalation,
  type Reason
} from '../escalation/escalations.ts'
import { isRelevant, type Retriever, type RetrievedChunk } from '../knowledge/types.ts'
import type { Logger } from '../lib/logger.ts'
import { withTimeout } from '../lib/timeout.ts'
import { findPersonByPhone, type Person, setOptedOut } from '../people/directory.ts'
import type { Metrics } from '../metrics.ts'
import type { SmsSender } from '../sms/types.ts'
import type { InboundSms } from './inbound-log.ts'
import { detectKeyword, type Keyword, keywordFromOptOutType } from './keywords.ts'
import { type HandledSms, type Outcome, processInbound, type Run } from './process-inbound.ts'
import { checkRateLimit } from './rate-limit.ts'
import { reply } from './replies.ts'

export interface ConversationDeps {
  db: Db
  config: Config
  classifier: Classifier
  retriever: Retriever
  llm: Llm
  sms: SmsSender
  metrics: Metrics
  log: Logger
  now: () => Date
}

const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000
const FEEDBACK_WINDOW_MS = 24 * 60 * 60 * 1000
const MORE_WINDOW_MS = 24 * 60 * 60 * 1000
// Classifier and model input is capped: a 1,600-character text says what it needs to in far less.
const MAX_QUESTION_CHARS = 600
const ANSWER_MODES = ['extractive', 'llm']

export async function handleEmployeeSms(deps: ConversationDeps, sms: InboundSms): Promise<HandledSms> {
  return processInbound({ ...deps, budgetMs: deps.config.WEBHOOK_BUDGET_MS }, sms, (run) => decide(deps, sms, run))
}

async function decide(deps: ConversationDeps, sms: InboundSms, run: Run): Promise<Outcome> {
  const { db, config, now } = deps
  // Twilio's own opt-out handling has already answered these keywords.
  const twilioKeyword = keywordFromOptOutType(sms.optOutType)
  const keyword = twilioKeyword ?? detectKeyword(sms.body)
  const handledByTwilio = twilioKeyword !== null
  // Independent reads, sent together: postgres.js pipelines them on one connection.
  const [person, rate, last, active] = await Promise.all([
    findPersonByPhone(db, sms.from),
    // Opting out or back in never counts against the limit.
    keyword === 'opt_out' || keyword === 'opt_in'
      ? ('allow' as const)
      : checkRateLimit(db, `sms:${sms.from}`, config.RATE_LIMIT_PER_HOUR, now()),
    lastInteraction(db, sms.from, new Date(now().getTime() - FEEDBACK_WINDOW_MS)),
    findActiveEscalationByPhone(db, sms.from)
  ])
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
    return {
      reply: handledByTwilio ? null : reply('optedIn', person.language, { company: config.COMPANY_NAME }),
      personId,
      answerMode: 'opt_in'
    }
  }

  if (rate !== 'allow') {
    return {
      reply: rate === 'notify' ? reply('rateLimited', person?.language) : null,
      personId,
      answerMode: 'rate_limited'
    }
  }
  if (!person) return { reply: reply('unknownSender', null), answerMode: 'unknown_sender' }

  if (keyword === 'opt_in')
    return {
      reply: handledByTwilio ? null : reply('optedIn', person.language, { company: config.COMPANY_NAME }),
      personId,
      answerMode: 'opt_in'
    }
  if (keyword === 'help')
    return {
      reply: handledByTwilio ? null : reply('help', person.language, { company: config.COMPANY_NAME }),
      personId,
      answerMode: 'help'
    }
  if (keyword === 'more') return continueAnswer(deps, person)
  if (!sms.body.trim()) return { reply: reply('emptyBody', person.language), personId, answerMode: 'empty' }

  if (keyword === 'yes' && last?.answerMode === 'no_answer' && isWithin(last.createdAt, now(), FOLLOW_UP_WINDOW_MS)) {
    return escalate(deps, run, person, 'no_answer', last.question, { answerMode: 'escalated' })
  }
  if (keyword === 'negative_feedback' && last && ANSWER_MODES.includes(last.answerMode)) {
    await db.insert(feedback).values({ interactionId: last.id, personId, kind: 'disputed', text: sms.body })
    const text = `"${last.question}" - the answer given: "${last.answer ?? ''}"`
    return escalate(deps, run, person, 'disputed_answer', text, {
      answerMode: 'feedback_negative',
      contextInteractionId: last.id
    })
  }
  if (keyword === 'positive_feedback' && last && ANSWER_MODES.includes(last.answerMode)) {
    await db.insert(feedback).values({ interactionId: last.id, personId, kind: 'positive', text: sms.body })
    return {
      reply: reply('gladItHelped', person.language),
      personId,
      answerMode: 'feedback_positive',
      contextInteractionId: last.id
    }
  }

  return answerQuestion(deps, { person, last, active }, sms.body, keyword, run)
}

/** Raises an escalation for this message (or finds the one it already raised) and tells the employee who has it. */
async function escalate(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  reason: Reason,
  text: string,
  extra: Partial<Outcome>
): Promise<Outcome> {
  const { escalation, assignee } = await raiseEscalation(escalationDeps(deps), {
    employee: person,
    reason,
    priority: priorityFor(reason),
    text,
    inboundMessageId: run.messageId
  })
  const safety = reason === 'safety' ? `${reply('safetyFirst', person.language)} ` : ''
  const ack = assignee
    ? reply('escalationAck', person.language, {
        who: assignee.role === 'hr' ? `${assignee.name} in HR` : assignee.name
      })
    : reply('escalationAckRecorded', person.language)
  return {
    answerMode: 'escalated',
    ...extra,
    reply: safety + ack,
    personId: person.id,
    escalationId: escalation.id,
    raisedEscalation: true
  }
}

async function forward(
  deps: ConversationDeps,
  person: Person,
  escalation: Escalation,
  text: string,
  classification: Classification
): Promise<Outcome> {
  const assignee = await forwardToEscalation(escalationDeps(deps), escalation, person, text)
  const safety = classification.label === 'safety' ? `${reply('safetyFirst', person.language)} ` : ''
  return {
    reply:
      safety +
      (assignee
        ? reply('forwarded', person.language, { who: assignee.name })
        : reply('escalationAckRecorded', person.language)),
    personId: person.id,
    answerMode: 'forwarded',
    classification,
    escalationId: escalation.id
  }
}

interface LastInteraction {
  id: number
  question: string
  answer: string | null
  answerMode: string
  createdAt: Date
}

/** The sender's latest interaction since `since`, looked up by phone so it can run beside the person lookup. */
async function lastInteraction(db: Db, phone: string, since: Date): Promise<LastInteraction | undefined> {
  const [last] = await db
    .select({
      id: interactions.id,
      question: interactions.question,
      answer: interactions.answer,
      answerMode: interactions.answerMode,
      createdAt: interactions.createdAt
    })
    .from(interactions)
    .where(
      and(
        eq(interactions.personId, sql`(select id from people where phone = ${phone})`),
        gt(interactions.createdAt, since)
      )
    )
    .orderBy(desc(interactions.id))
    .limit(1)
  return last
}

function isWithin(then: Date, now: Date, ms: number): boolean {
  return now.getTime() - then.getTime() <= ms
}

interface Sender {
  person: Person
  last: LastInteraction | undefined
  active: Escalation | undefined
}

async function answerQuestion(
  deps: ConversationDeps,
  { person, last, active }: Sender,
  body: string,
  keyword: Keyword | null,
  run: Run
): Promise<Outcome> {
  const { config } = deps
  const question = body.trim().slice(0, MAX_QUESTION_CHARS)
  const classification = await classify(deps, question, run)
  const base = { personId: person.id, classification }

  // While a person handles an escalation, messages on the same matter go to them, not the bot.
  if (classification.escalation !== 'none') {
    const sameMatter = active && (active.reason === classification.label || classification.label === 'human_request')
    if (sameMatter) return forward(deps, person, active, question, classification)
    return escalate(deps, run, person, classification.label as Reason, question, { classification })
  }
  if (active && classification.label !== 'policy_question')
    return forward(deps, person, active, question, classification)

  if (classification.label === 'smalltalk' || keyword === 'positive_feedback' || keyword === 'yes') {
    return { ...base, reply: smalltalkReply(question, person.language), answerMode: 'smalltalk' }
  }

  // The answer this message may follow up on: the last one, if it came within 30 minutes.
  const previous =
    last?.answer && ANSWER_MODES.includes(last.answerMode) && isWithin(last.createdAt, deps.now(), FOLLOW_UP_WINDOW_MS)
      ? { id: last.id, question: last.question, answer: last.answer }
      : undefined
  const followUp = previous && looksLikeFollowUp(question) ? previous : undefined
  const searchText = followUp ? `${followUp.question} ${question}` : question

  let passages: RetrievedChunk[]
  const retrieveStarted = performance.now()
  try {
    passages = await withTimeout('retriever', stageTimeout(run, 3000), (signal) =>
      deps.retriever.search(searchText, {
        limit: 5,
        location: person.location,
        signal,
        onFallback: (why) => run.fallbacks.push(why)
      })
    )
  } catch (error) {
    run.fallbacks.push(`retriever:${reason(error)}`)
    deps.log.warn({ err: error }, 'retrieval failed')
    return { ...base, reply: reply('lookupFailed', person.language), answerMode: 'lookup_failed' }
  } finally {
    run.latency.retrieveMs = Math.round(performance.now() - retrieveStarted)
  }

  const relevant = passages.filter((p) => isRelevant(p, config.ANSWER_MIN_SCORE, config.VECTOR_MIN_SIMILARITY))
  const sources = passages.map((p) => ({
    chunkId: p.chunkId,
    source: p.source,
    title: p.title,
    heading: p.heading,
    score: p.score
  }))
  const context = { contextInteractionId: followUp?.id, sources }
  if (relevant.length === 0) return noAnswer(deps, run, person, question, { ...base, ...context })

  const answer = await writeAnswer(
    deps,
    {
      question,
      previous: followUp ? { question: followUp.question, answer: followUp.answer } : undefined,
      passages: relevant,
      language: person.language,
      maxSegments: config.SMS_MAX_SEGMENTS,
      companyName: config.COMPANY_NAME
    },
    run
  )
  if (!answer.answered || !answer.text.trim())
    return noAnswer(deps, run, person, question, { ...base, ...context, model: answer.model })
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

/** The handbook does not answer: offer a manager (reply YES), or hand it over at once when so configured. */
async function noAnswer(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  question: string,
  extra: Partial<Outcome>
): Promise<Outcome> {
  if (deps.config.ESCALATE_ON_NO_ANSWER)
    return escalate(deps, run, person, 'no_answer', question, { ...extra, answerMode: 'no_answer_escalated' })
  return {
    ...extra,
    reply: reply('noAnswer', person.language),
    personId: person.id,
    answerMode: 'no_answer',
    answer: null
  }
}

async function classify(deps: ConversationDeps, text: string, run: Run): Promise<Classification> {
  const started = performance.now()
  try {
    return await withTimeout('classifier', stageTimeout(run, deps.config.CLASSIFIER_TIMEOUT_MS), (signal) =>
      deps.classifier.classify(text, { signal })
    )
  } catch (error) {
    run.fallbacks.push(`classifier:${reason(error)}`)
    deps.log.warn({ err: error }, 'classifier failed; using the local one')
    return { ...classifyText(text), fallback: deps.classifier.name }
  } finally {
    run.latency.classifyMs = Math.round(performance.now() - started)
  }
}

async function writeAnswer(
  deps: ConversationDeps,
  request: Parameters<Llm['answer']>[0],
  run: Run
): Promise<AnswerResult> {
  const started = performance.now()
  try {
    return await withTimeout('llm', stageTimeout(run, Number.POSITIVE_INFINITY, 300), (signal) =>
      deps.llm.answer(request, { signal })
    )
  } catch (error) {
    run.fallbacks.push(`llm:${reason(error)}`)
    deps.log.warn({ err: error }, 'answer model failed; answering extractively')
    return extractiveAnswer(request)
  } finally {
    run.latency.answerMs = Math.round(performance.now() - started)
  }
}

/** Time a stage may take: its own cap, and never past the webhook deadline (minus a margin). */
function stageTimeout(run: Run, cap: number, marginMs = 800): number {
  return Math.max(100, Math.min(cap, run.deadline - performance.now() - marginMs))
}

function reason(error: unknown): string {
  const e = error as { name?: string; status?: number; code?: string; reason?: string }
  if (e?.name === 'TimeoutError') return 'timeout'
  if (e?.name === 'ModelReplyError') return `invalid_reply:${e.reason}`
  if (typeof e?.status === 'number') return `http_${e.status}`
  return e?.code ?? e?.name ?? 'error'
}

/** The reply within the segment budget, with the source; what does not fit waits for MORE. */
export function composeAnswer(
  body: string,
  sourceTitle: string | undefined,
  language: string,
  maxSegments: number
): { text: string; rest: string } {
  const source = sourceTitle ? reply('source', language, { title: smartEncode(sourceTitle) }) : ''
  const { part, rest } = fitToSegments(body, maxSegments, { suffix: source, continuation: reply('moreHint', language) })
  return { text: part + source, rest }
}

/** `MORE`: the next part of the last long answer. */
async function continueAnswer(deps: ConversationDeps, person: Person): Promise<Outcome> {
  const since = new Date(deps.now().getTime() - MORE_WINDOW_MS)
  const [last] = await deps.db
    .select({ id: interactions.id, remaining: interactions.remainingText })
    .from(interactions)
    .where(
      and(
        eq(interactions.personId, person.id),
        isNotNull(interactions.remainingText),
        gt(interactions.createdAt, since)
      )
    )
    .orderBy(desc(interactions.id))
    .limit(1)
  if (!last?.remaining) return { reply: reply('nothingMore', person.language), personId: person.id, answerMode: 'more' }
  const next = fitToSegments(last.remaining, deps.config.SMS_MAX_SEGMENTS, {
    continuation: reply('moreHint', person.language)
  })
  await deps.db
    .update(interactions)
    .set({ remainingText: next.rest || null })
    .where(eq(interactions.id, last.id))
  return { reply: next.part, personId: person.id, answerMode: 'more', answer: next.part, contextInteractionId: last.id }
}

/** "what about part-timers?", "and for nights?", "does that include weekends": short or leaning on the last answer. */
export function looksLikeFollowUp(text: string): boolean {
  const lower = text.toLowerCase().trim()
  if (
    /^(what|how) about\b|^(and|also|plus|but|same)\b|^what if\b|^does (that|it|this)\b|^is (that|it|this)\b|^(for|with) /.test(
      lower
    )
  )
    return true
  return lower.split(/\s+/).length <= 4 && /\b(that|it|this|those|them|they)\b/.test(lower)
}

function smalltalkReply(text: string, language: string): string {
  const lower = text.toLowerCase()
  if (/\b(thank|thanks|thx|ty|gracias|appreciate)\b|👍|🙏/u.test(lower)) return reply('smalltalkThanks', language)
  if (/\b(hi|hello|hey|hola|morning|afternoon|evening|yo)\b|👋/u.test(lower))
    return reply('smalltalkGreeting', language)
  return reply('smalltalkOther', language)
}
