// Answering a question from the handbook: retrieve passages, decide whether they answer it, write the
// answer (the LLM, or extractively when it fails) and fit it into the SMS budget with its source.
import type { InteractionSource } from '../../drizzle/schema.ts'
import { extractiveAnswer } from '../answer/extractive.ts'
import type { AnswerRequest, AnswerResult } from '../answer/types.ts'
import type { Classification } from '../classifier/types.ts'
import type { Outcome, Run } from '../inbound/process-inbound.ts'
import { runStage } from '../inbound/stage.ts'
import { isRelevant, type RetrievedChunk } from '../knowledge/types.ts'
import type { Person } from '../people/directory.ts'
import { fitToSegments, smartEncode } from '../sms/segments.ts'
import type { PreviousExchange } from './follow-up.ts'
import { escalate } from './handoff.ts'
import { reply } from './replies.ts'
import type { ConversationDeps } from './types.ts'

export async function answerFromHandbook(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  question: string,
  classification: Classification,
  followUp: PreviousExchange | undefined
): Promise<Outcome> {
  const { config } = deps
  const base = { personId: person.id, classification, contextInteractionId: followUp?.id }
  const searchText = followUp ? `${followUp.question} ${question}` : question
  const passages = await runStage(
    run,
    deps.log,
    { name: 'retriever', latencyKey: 'retrieveMs', capMs: config.RETRIEVER_TIMEOUT_MS },
    (signal) =>
      deps.retriever.search(searchText, {
        limit: 5,
        location: person.location,
        signal,
        onFallback: (why) => run.fallbacks.push(why)
      }),
    () => null
  )
  if (!passages) return { ...base, reply: reply('lookupFailed', person.language), answerMode: 'lookup_failed' }

  const relevant = passages.filter((p) => isRelevant(p, config.ANSWER_MIN_SCORE, config.VECTOR_MIN_SIMILARITY))
  const withSources = { ...base, sources: passages.map(toSource) }
  if (relevant.length === 0) return noAnswer(deps, run, person, question, withSources)

  const request: AnswerRequest = {
    question,
    previous: followUp ? { question: followUp.question, answer: followUp.answer } : undefined,
    passages: relevant,
    language: person.language,
    maxSegments: config.SMS_MAX_SEGMENTS,
    companyName: config.COMPANY_NAME
  }
  const answer: AnswerResult = await runStage(
    run,
    deps.log,
    { name: 'llm', latencyKey: 'answerMs', capMs: Number.POSITIVE_INFINITY, marginMs: 300 },
    (signal) => deps.llm.answer(request, { signal }),
    () => extractiveAnswer(request)
  )
  if (!answer.answered || !answer.text.trim()) {
    return noAnswer(deps, run, person, question, { ...withSources, model: answer.model })
  }
  const { text, rest } = composeAnswer(answer.text, answer.sources[0], person.language, config.SMS_MAX_SEGMENTS)
  return {
    ...withSources,
    reply: text,
    answer: answer.text,
    answerMode: answer.mode,
    model: answer.model,
    promptTokens: answer.promptTokens,
    completionTokens: answer.completionTokens,
    remainingText: rest || null
  }
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

/** The handbook does not answer: offer a manager (reply YES), or hand it over at once when so configured. */
async function noAnswer(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  question: string,
  extra: Partial<Outcome>
): Promise<Outcome> {
  if (deps.config.ESCALATE_ON_NO_ANSWER) {
    return escalate(deps, run, person, 'no_answer', question, {
      extra: { ...extra, answerMode: 'no_answer_escalated' }
    })
  }
  return {
    ...extra,
    reply: reply('noAnswer', person.language),
    personId: person.id,
    answerMode: 'no_answer',
    answer: null
  }
}

function toSource(p: RetrievedChunk): InteractionSource {
  return { chunkId: p.chunkId, source: p.source, title: p.title, heading: p.heading, score: p.score }
}
