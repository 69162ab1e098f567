// The questions in one text message, for a search that finds nothing for the message as a whole.
import { buildTerms, queryWords } from '../knowledge/query-terms.ts'
import { questionAfterLaughter } from '../text/question-form.ts'
import { newsBefore, type PreviousExchange } from './follow-up.ts'

/** The questions in a message of several sentences, questions first; for one sentence, a question after a joke. */
export function questionsIn(text: string): string[] {
  const parts = text
    .split(
      /(?<=[.?!])\s+|\s*[,;]\s*(?=(?:and|but|also|plus|then)\b|(?:how|what|when|where|who|can|do|does|is|are|i|im|i'm|my)\b)/i
    )
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 3)
  // One run-on sentence may still be a joke and then a question ("this rush is killing me lol how long is my
  // break"): the question.
  if (parts.length < 2) {
    const asked = questionAfterLaughter(text)
    return asked ? [asked] : []
  }
  const isQuestion = (p: string) =>
    /\?$|^(how|what|whats|when|where|who|which|can|do|does|is|are|am|will|should)\b/i.test(p)
  // A statement is tried alone only when it says enough ("text me at 312-555-0144" does not).
  const says = (p: string) => queryWords(p).length >= 2
  return [...parts.filter(isQuestion), ...parts.filter((p) => !isQuestion(p) && says(p))].slice(0, 3)
}

/**
 * What to search, in order: the whole message; then each part of it read with the rest ("holiday lands on a
 * saturday, do we get a day off?" asks about that holiday, not any day off); then each part alone (the
 * situation can bury the question: "just started in the print shop, how long is my probation").
 */
export function readings(
  question: string,
  followUp: PreviousExchange | undefined
): Array<{ asked: string; context?: PreviousExchange; rest?: boolean }> {
  const parts = questionsIn(question)
  if (followUp) return [question, ...parts].map((asked) => ({ asked, context: followUp }))
  const withRest = parts.flatMap((asked) => {
    const rest = newsBefore(question, asked)
    return rest ? [{ asked, context: rest, rest: true }] : []
  })
  return [{ asked: question }, ...withRest, ...parts.filter(standsAlone).map((asked) => ({ asked }))]
}

/** A part that names nothing of its own ("who do i ask", "what do i do") means something only with the rest. */
function standsAlone(part: string): boolean {
  return buildTerms(part, new Map()).some((term) => term.emphasis >= 1)
}
