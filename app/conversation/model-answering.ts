// With a model, the model decides: every question routed to the handbook goes to it with the sections
// search found, grown whole within the token budget, and its `answered: false` is the decline. No
// lexical gate stands before it (that gate is the extractive writer's). A message in another language
// than the handbook's is searched in the handbook's and answered in the employee's.
import type { InteractionSource } from '../../drizzle/schema.ts'
import type { AnswerResult } from '../answer/types.ts'
import type { Run } from '../inbound/process-inbound.ts'
import { runStage } from '../inbound/stage.ts'
import { type ContextPassage, gatherContext, searchForContext } from '../knowledge/passage-context.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'
import type { Person } from '../people/directory.ts'
import type { PreviousExchange } from './follow-up.ts'
import { questionsIn } from './questions-in.ts'
import type { ConversationDeps } from './types.ts'

// The handbook's language: the full-text index reads English (to_tsvector('english', ...)).
export const HANDBOOK_LANGUAGE = 'en'

/** What a search found for what was asked (the message, or one question in it). */
export interface Searched {
  asked: string
  passages: RetrievedChunk[]
}

export type ModelAnswer =
  | { kind: 'lookup_failed' }
  /** The model could not be used (an error, a timeout, a reply the guard stopped): answer without it from what search found. */
  | { kind: 'unavailable'; searched: Searched }
  | { kind: 'declined'; sources: InteractionSource[]; answerPassages: number[]; model?: string }
  | { kind: 'answered'; answer: AnswerResult; sources: InteractionSource[]; answerPassages: number[] }

export async function answerWithModel(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  question: string,
  followUp: PreviousExchange | undefined
): Promise<ModelAnswer> {
  const { config, llm, log } = deps
  const query = await searchText(deps, run, person, question)
  // The whole message first; when it finds nothing, each question in it on its own.
  let hits: RetrievedChunk[] | null = null
  let asked = query
  for (asked of [query, ...questionsIn(query)]) {
    hits = await runStage(
      run,
      log,
      { name: 'retriever', latencyKey: 'retrieveMs', capMs: config.RETRIEVER_TIMEOUT_MS },
      (signal) =>
        searchForContext(deps.retriever, followUp ? `${followUp.question} ${asked}` : asked, {
          location: person.location,
          signal,
          onFallback: (why) => run.fallbacks.push(why)
        }),
      () => null
    )
    if (!hits || hits.length > 0) break
  }
  if (!hits) return { kind: 'lookup_failed' }
  // Nothing in the handbook shares a word with the question: there is nothing to give the model.
  if (hits.length === 0) return { kind: 'declined', sources: [], answerPassages: [] }
  const passages = await gatherContext(deps.db, hits, { budgetTokens: config.ANSWER_CONTEXT_TOKENS })
  const given = { sources: passages.map(toSource), answerPassages: passages.flatMap((p) => p.chunkIds) }
  const answer = await runStage<AnswerResult | null>(
    run,
    log,
    { name: 'llm', latencyKey: 'answerMs', capMs: Number.POSITIVE_INFINITY, marginMs: 300 },
    (signal) =>
      llm.answer(
        {
          question,
          previous: followUp ? { question: followUp.question, answer: followUp.answer } : undefined,
          passages,
          language: person.language,
          maxSegments: config.SMS_MAX_SEGMENTS,
          companyName: config.COMPANY_NAME,
          contacts: [person.phone, person.managerPhone].filter((c): c is string => Boolean(c))
        },
        { signal }
      ),
    () => null
  )
  if (!answer) return { kind: 'unavailable', searched: { asked, passages: hits } }
  if (!answer.answered || !answer.text.trim()) return { kind: 'declined', ...given, model: answer.model }
  return { kind: 'answered', answer, ...given }
}

/** The message in the handbook's language: as written, or translated by the model when the employee writes in another. */
async function searchText(deps: ConversationDeps, run: Run, person: Person, question: string): Promise<string> {
  const translate = deps.llm.searchQuery
  if (!translate || sameLanguage(person.language, HANDBOOK_LANGUAGE)) return question
  return runStage(
    run,
    deps.log,
    { name: 'translate', latencyKey: 'translateMs', capMs: deps.config.OPENAI_TIMEOUT_MS, marginMs: 4000 },
    (signal) => translate(question, HANDBOOK_LANGUAGE, { signal }),
    () => question
  )
}

function sameLanguage(a: string, b: string): boolean {
  return a.slice(0, 2).toLowerCase() === b.slice(0, 2).toLowerCase()
}

function toSource(p: ContextPassage): InteractionSource {
  return { chunkId: p.chunkId, source: p.source, title: p.title, heading: p.heading, score: p.score }
}
