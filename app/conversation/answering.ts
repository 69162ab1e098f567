// Answering a question from the handbook: retrieve passages, keep those that hold enough of the
// question, write the answer (the LLM, or extractively when it fails) and fit it into the SMS budget
// with its source. When the handbook does not say, the reply says so.
import type { InteractionSource } from '../../drizzle/schema.ts'
import { extractiveAnswer } from '../answer/extractive.ts'
import type { AnswerRequest, AnswerResult } from '../answer/types.ts'
import type { Classification } from '../classifier/types.ts'
import type { Outcome, Run } from '../inbound/process-inbound.ts'
import { runStage } from '../inbound/stage.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'
import type { Person } from '../people/directory.ts'
import { fitToSegments, smartEncode } from '../sms/segments.ts'
import type { PreviousExchange } from './follow-up.ts'
import { escalate } from './handoff.ts'
import { type Found, findPassages } from './find-passages.ts'
import { answerWithModel } from './model-answering.ts'
import { questionsIn } from './questions-in.ts'
import { reply } from './replies.ts'
import type { ConversationDeps } from './types.ts'

export interface AnswerOptions {
  /** The question touches on harassment or a complaint: offer HR, never the manager. */
  offerHr?: boolean
  /** A question about an emergency procedure: 911 guidance first. */
  safety?: boolean
  /**
   * What the employee is told first: a person already has the message. Only an answer is then sent;
   * when the handbook does not say, the outcome has no reply and nothing more is offered or raised.
   */
  told?: string
  /** A report put as a question: when the handbook does not answer, the manager has it at once. */
  orManager?: boolean
}

export async function answerFromHandbook(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  question: string,
  classification: Classification,
  followUp: PreviousExchange | undefined,
  { offerHr = false, safety = false, told, orManager = false }: AnswerOptions = {}
): Promise<Outcome> {
  const { config } = deps
  const base = { personId: person.id, classification, contextInteractionId: followUp?.id }
  // A report put as a question the handbook does not answer goes to the manager (not an HR matter's).
  const toManager = orManager && !offerHr
  const handOver = (extra: Partial<Outcome>) =>
    escalate(deps, run, person, 'no_answer', question, { extra: { ...extra, answerMode: 'no_answer_escalated' } })
  const declined = async (extra: Partial<Outcome>): Promise<Outcome> =>
    told
      ? { ...base, ...extra, reply: null, answerMode: 'no_answer' }
      : toManager
        ? handOver(extra)
        : noAnswer(deps, run, person, question, extra, offerHr)
  const frame = {
    before: (safety ? `${reply('safetyFirst', person.language)} ` : '') + (told ? `${told}\n` : ''),
    after: offerHr ? reply('hrOffer', person.language) : ''
  }
  // Without a model the handbook is searched and quoted in its own language (English): a Spanish
  // question is told so plainly and offered a person (YES/SI takes it to the manager), never told
  // the handbook does not say; a question about a complaint keeps its private way to HR.
  if (person.language === 'es' && !deps.llm.decides) {
    if (toManager) return handOver(base)
    const plainly = frame.before + reply('answersInEnglish', 'es') + frame.after
    return { ...base, reply: plainly, answerMode: 'no_answer', answer: null }
  }
  // With a model, the model decides (model-answering.ts); the evidence gate below is the extractive writer's.
  const byModel = deps.llm.decides ? await answerWithModel(deps, run, person, question, followUp) : undefined
  if (byModel?.kind === 'lookup_failed')
    return { ...base, reply: reply('lookupFailed', person.language), answerMode: 'lookup_failed' }
  if (byModel?.kind === 'declined')
    return declined({ ...base, sources: byModel.sources, answerPassages: byModel.answerPassages, model: byModel.model })
  if (byModel?.kind === 'answered')
    return answered(
      config,
      person,
      byModel.answer,
      { ...base, sources: byModel.sources, answerPassages: byModel.answerPassages },
      frame
    )
  const requestOf = ({ asked, relevant, context }: Found): AnswerRequest => ({
    question: asked,
    previous: context ? { question: context.question, answer: context.answer } : undefined,
    passages: relevant,
    language: person.language,
    maxSegments: config.SMS_MAX_SEGMENTS,
    companyName: config.COMPANY_NAME,
    contacts: [person.phone, person.managerPhone].filter((c): c is string => Boolean(c))
  })
  const write = (f: Found) => extractiveAnswer(requestOf(f))
  const found = await findPassages(deps, run, person, question, followUp, byModel?.searched, write)
  if (!found) return { ...base, reply: reply('lookupFailed', person.language), answerMode: 'lookup_failed' }
  const { relevant } = found
  const withSources = { ...base, sources: found.passages.map(toSource) }
  if (relevant.length === 0) return declined(withSources)
  const request = requestOf(found)
  // The extractive answer is the evidence: when no sentence holds the question and nothing is close
  // in meaning, the handbook does not say, and a model would only be handed something nearby to quote.
  const evidence = found.evidence ?? write(found)
  const similar = relevant.some((p) => (p.similarity ?? 0) >= config.VECTOR_MIN_SIMILARITY)
  if (!evidence.answered && !similar) return declined(withSources)
  // A model that could not answer has been asked already: the extractive answer stands in.
  const answer: AnswerResult = byModel
    ? evidence
    : await runStage(
        run,
        deps.log,
        { name: 'llm', latencyKey: 'answerMs', capMs: Number.POSITIVE_INFINITY, marginMs: 300 },
        (signal) => deps.llm.answer(request, { signal }),
        () => evidence
      )
  if (!answer.answered || !answer.text.trim()) return declined({ ...withSources, model: answer.model })
  return answered(config, person, answer, withSources, frame)
}

function answered(
  config: ConversationDeps['config'],
  person: Person,
  answer: AnswerResult,
  extra: Partial<Outcome> & { personId: number },
  frame: { before: string; after: string }
): Outcome {
  const { text, rest } = composeAnswer(answer.text, answer.sources[0], person.language, config.SMS_MAX_SEGMENTS, frame)
  return {
    ...extra,
    reply: text,
    answer: answer.text,
    answerMode: answer.mode,
    model: answer.model,
    promptTokens: answer.promptTokens,
    completionTokens: answer.completionTokens,
    remainingText: rest || null
  }
}

export { questionsIn }

/**
 * The reply within the segment budget: any lead line, the answer, any closing offer and the source.
 * What does not fit waits for MORE.
 */
export function composeAnswer(
  body: string,
  sourceTitle: string | undefined,
  language: string,
  maxSegments: number,
  { before = '', after = '' }: { before?: string; after?: string } = {}
): { text: string; rest: string } {
  const source = sourceTitle ? reply('source', language, { title: smartEncode(sourceTitle) }) : ''
  const suffix = after + source
  const { part, rest } = fitToSegments(body, maxSegments, {
    prefix: before,
    suffix,
    continuation: reply('moreHint', language)
  })
  return { text: before + part + suffix, rest }
}

/**
 * The handbook does not answer: offer a manager (reply YES), or HR for a question about harassment or
 * a complaint, or hand it over at once when so configured.
 */
async function noAnswer(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  question: string,
  extra: Partial<Outcome>,
  hrMatter: boolean
): Promise<Outcome> {
  if (deps.config.ESCALATE_ON_NO_ANSWER) {
    return escalate(deps, run, person, hrMatter ? 'hr_request' : 'no_answer', question, {
      extra: { ...extra, answerMode: 'no_answer_escalated' }
    })
  }
  const text = reply(hrMatter ? 'noAnswerHr' : 'noAnswer', person.language)
  return { ...extra, reply: text, personId: person.id, answerMode: 'no_answer', answer: null }
}

function toSource(p: RetrievedChunk): InteractionSource {
  return { chunkId: p.chunkId, source: p.source, title: p.title, heading: p.heading, score: p.score }
}
