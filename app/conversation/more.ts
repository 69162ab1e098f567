// MORE: the next part of the last answer. The part sent and what is left are recorded on the MORE's
// own interaction, so the position moves only when that interaction commits, and two MOREs at once
// cannot both send the same part (a unique index; the loser decides again).
import type { Outcome } from '../inbound/process-inbound.ts'
import type { Person } from '../people/directory.ts'
import { fitToSegments } from '../sms/segments.ts'
import { reply } from './replies.ts'
import type { LastInteraction } from './sender.ts'
import { ANSWER_MODES } from './types.ts'

export function continueAnswer(person: Person, last: LastInteraction | undefined, maxSegments: number): Outcome {
  if (!last?.remainingText || !ANSWER_MODES.includes(last.answerMode)) {
    return { reply: reply('nothingMore', person.language), personId: person.id, answerMode: 'more' }
  }
  const next = fitToSegments(last.remainingText, maxSegments, { continuation: reply('moreHint', person.language) })
  return {
    reply: next.part,
    personId: person.id,
    answerMode: 'more',
    answer: next.part,
    contextInteractionId: last.id,
    remainingText: next.rest || null
  }
}
