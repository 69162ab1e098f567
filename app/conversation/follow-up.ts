// A short message right after an answer ("what about part-timers?") is read with the question before it.
import type { LastInteraction } from './sender.ts'
import { ANSWER_MODES, isWithin } from './types.ts'

const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000

/**
 * What a message is read with: the exchange it follows up on, or the news told before its question ("got
 * arrested this weekend, do i have to tell work? by when"), which has no id and no answer.
 */
export interface PreviousExchange {
  id?: number
  question: string
  answer: string
}

/** The news a text tells besides the question `asked` in it, as the context that question is read in. */
export function newsBefore(text: string, asked: string): PreviousExchange | undefined {
  const news = text
    .replace(asked, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;]+|[\s,;]+$/g, '')
  return news && news !== text.trim() ? { question: news, answer: '' } : undefined
}

/** The exchange `text` follows up on, if it reads like a follow-up and came within 30 minutes of it. */
export function followUpOf(text: string, last: LastInteraction | undefined, now: Date): PreviousExchange | undefined {
  if (!last?.answer || !ANSWER_MODES.includes(last.answerMode)) return undefined
  if (!isWithin(last.createdAt, now, FOLLOW_UP_WINDOW_MS) || !looksLikeFollowUp(text)) return undefined
  return { id: last.id, question: last.question, answer: last.answer }
}

/** "what about part-timers?", "and for nights?", "does that include weekends": short or leaning on the last answer. */
export function looksLikeFollowUp(text: string): boolean {
  const lower = text.toLowerCase().trim()
  if (
    /^(what|how) about\b|^(and|also|plus|but|same)\b|^what if\b|^does (that|it|this)\b|^is (that|it|this)\b|^(for|with) /.test(
      lower
    )
  ) {
    return true
  }
  return lower.split(/\s+/).length <= 4 && /\b(that|it|this|those|them|they)\b/.test(lower)
}
