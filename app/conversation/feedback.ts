// Replies to the last answer: YES after "I could not find that" asks a manager (after chatter told at length,
// passes it on), WRONG (or 👎) sends the question and the answer to a person, THANKS (or 👍) is recorded.
import { feedback } from '../../drizzle/schema.ts'
import { languageModel } from '../classifier/language-model.ts'
import { type Keyword, saysYes } from '../inbound/keywords.ts'
import { type Outcome, outboundKey, type Run } from '../inbound/process-inbound.ts'
import type { Person } from '../people/directory.ts'
import { detectLanguage } from '../text/language.ts'
import { escalate } from './handoff.ts'
import { offersManager, reply } from './replies.ts'
import type { LastInteraction } from './sender.ts'
import { ANSWER_MODES, type ConversationDeps, isWithin } from './types.ts'

const YES_WINDOW_MS = 30 * 60 * 1000

/** The outcome when `keyword` is feedback on the last interaction; undefined otherwise. */
export async function handleFeedback(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  keyword: Keyword | null,
  body: string,
  last: LastInteraction | undefined
): Promise<Outcome | undefined> {
  if (!last) return undefined
  // Questions on an HR topic go on to HR, never to a manager they may be about.
  const hr = last.label === 'hr_sensitive'
  // YES takes up an offer: after "I could not find that", the question goes to the manager; after chatter
  // told at length, the message does, as news.
  const declined = last.answerMode === 'no_answer'
  const offered = declined || (last.answerMode === 'smalltalk' && offersManager(last.question))
  const yes = keyword === 'yes' || (keyword === null && saysYes(body))
  if (yes && offered && isWithin(last.createdAt, deps.now(), YES_WINDOW_MS)) {
    // Told in the language the offer was made in: that of the question it answered.
    const asked = { ...person, language: detectLanguage(last.question, person.language, languageModel) }
    return escalate(deps, run, asked, hr ? 'hr_request' : declined ? 'no_answer' : 'report', last.question, {
      extra: { answerMode: 'escalated' },
      question: declined ? last.question : undefined,
      // Several YES texts to one decline raise one escalation, even when they arrive together.
      cause: `accepted:${last.id}`
    })
  }
  if (!ANSWER_MODES.includes(last.answerMode)) {
    // WRONG with no answer to dispute (the last message went to a person) raises nothing new: read as a
    // message it could reach a manager an HR matter is about.
    if (keyword !== 'negative_feedback') return undefined
    return { reply: reply('nothingToDispute', person.language), personId: person.id, answerMode: 'feedback_negative' }
  }
  if (keyword === 'negative_feedback') {
    await recordFeedback(deps, run, { interactionId: last.id, personId: person.id, kind: 'disputed', text: body })
    const text = `"${last.question}" - the answer given: "${last.answer ?? ''}"`
    return escalate(deps, run, person, hr ? 'hr_request' : 'disputed_answer', text, {
      extra: { answerMode: 'feedback_negative', contextInteractionId: last.id },
      question: last.question,
      cause: `disputed:${last.id}`
    })
  }
  if (keyword === 'positive_feedback') {
    await recordFeedback(deps, run, { interactionId: last.id, personId: person.id, kind: 'positive', text: body })
    return {
      reply: reply('gladItHelped', person.language),
      personId: person.id,
      answerMode: 'feedback_positive',
      contextInteractionId: last.id
    }
  }
  return undefined
}

/** Once per message: a redelivery after a failed write does not count the feedback twice. */
async function recordFeedback(deps: ConversationDeps, run: Run, row: typeof feedback.$inferInsert): Promise<void> {
  await deps.db
    .insert(feedback)
    .values({ ...row, cause: outboundKey(run, 'feedback') })
    .onConflictDoNothing({ target: feedback.cause })
}
