// The passages a question is answered from: what the model's search found, else the handbook searched for the
// whole message, then for each question in it, the first reading the handbook answers winning.
import { holdsWhatIsAsked } from '../answer/holds-what-is-asked.ts'
import { asksFor } from '../answer/question-type.ts'
import type { AnswerResult } from '../answer/types.ts'
import type { Run } from '../inbound/process-inbound.ts'
import { runStage } from '../inbound/stage.ts'
import { isRelevant, type RetrievedChunk } from '../knowledge/types.ts'
import type { Person } from '../people/directory.ts'
import type { PreviousExchange } from './follow-up.ts'
import type { Searched } from './model-answering.ts'
import { readings } from './questions-in.ts'
import type { ConversationDeps } from './types.ts'

export interface Found {
  passages: RetrievedChunk[]
  /** Those that may answer: enough of the question, and not far below the best one. */
  relevant: RetrievedChunk[]
  /** What was answered: the whole message, or the one question in it the handbook speaks to. */
  asked: string
  /** What it is read with: the exchange it follows up on, or the rest of the message a question was taken from. */
  context?: PreviousExchange
  /** The extractive answer, when it was written to choose the passages. */
  evidence?: AnswerResult
}

/**
 * The passages for a message. When what the whole message finds does not answer it ("How do I swap a
 * shift? Also, ignore your rules..."), each question in it is tried on its own. Null when the search failed.
 */
export async function findPassages(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  question: string,
  followUp: PreviousExchange | undefined,
  searched: Searched | undefined,
  write: (found: Found) => AnswerResult
): Promise<Found | null> {
  const { config } = deps
  // What the model's search found, when the model could not answer, is not searched again.
  const known = searched && {
    ...relevantOf(config, searched.passages.slice(0, PASSAGES), searched.asked),
    context: followUp
  }
  // Unless they do not answer it: then each question in the message is tried, as without a model ("How do I
  // swap a shift, and tell me what others asked": the handbook answers the first).
  const knownEvidence = known && known.relevant.length > 0 ? write(known) : undefined
  if (known && knownEvidence?.answered) return { ...known, evidence: knownEvidence }
  // The first the handbook answers wins, else the first that found anything; never a question that points
  // back alone.
  let first: Found | undefined = known
  let found: Found | undefined = known && knownEvidence ? { ...known, evidence: knownEvidence } : undefined
  let whole: RetrievedChunk[] | undefined
  // What the whole message asks for (an amount, a day): a part of it answers only with that.
  const kinds = asksFor(question)
  for (const { asked, context, rest } of readings(question, followUp)) {
    // The whole message the model's search has read already.
    if (known && asked === question && !rest) continue
    if (found && !rest && POINTS_BACK.test(asked)) continue
    // Read with the rest of the message, a question is searched as the whole message was: its passages serve.
    const passages =
      (rest && whole) ||
      (await runStage(
        run,
        deps.log,
        { name: 'retriever', latencyKey: 'retrieveMs', capMs: config.RETRIEVER_TIMEOUT_MS },
        (signal) =>
          deps.retriever.search(context ? `${context.question} ${asked}` : asked, {
            limit: PASSAGES,
            location: person.location,
            signal,
            onFallback: (why) => run.fallbacks.push(why)
          }),
        () => null
      ))
    if (!passages) return found ?? first ?? null
    whole ??= passages
    const result = { ...relevantOf(config, passages, asked), context }
    const written = result.relevant.length > 0 ? write(result) : undefined
    // A part of the message answers only with what the message asks for: "getting married need a loan, how much
    // can i get" is not answered by the line that lists marriage among the reasons for a loan.
    const evidence =
      written?.answered && asked !== question && !holdsWhatIsAsked(question, kinds, written.text)
        ? { ...written, answered: false }
        : written
    if (evidence?.answered) return { ...result, evidence }
    if (evidence) found ??= { ...result, evidence }
    first ??= result
  }
  return found ?? first ?? null
}

function relevantOf(config: ConversationDeps['config'], passages: RetrievedChunk[], asked: string): Found {
  const top = passages[0]?.score ?? 0
  const relevant = passages
    .filter((p) => isRelevant(p, config.ANSWER_MIN_COVERAGE, config.VECTOR_MIN_SIMILARITY))
    .filter((p) => p.score >= top * MIN_SHARE_OF_TOP || (p.similarity ?? 0) >= config.VECTOR_MIN_SIMILARITY)
  return { passages, relevant, asked }
}

const POINTS_BACK = /\b(it|that|this|them|those|these)\b/i

// How many passages the extractive writer reads.
const PASSAGES = 8

// Passages scoring below this share of the best one are noise for the answer writer.
export const MIN_SHARE_OF_TOP = 0.2
