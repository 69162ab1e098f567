// Questions that ask the same thing in other words, grouped by the content words they share (stemmed,
// as search reads them): "is there a gym discount" and "do we get a discount at the gym" are one.
import { queryWords } from '../knowledge/query-terms.ts'
import { redactText } from '../lib/redact.ts'
import { stem } from '../lib/stem.ts'

export interface AskedQuestion {
  text: string
  at: Date
}

export interface QuestionGroup {
  count: number
  /** A few of its texts, newest first, with phone numbers, digits and e-mail addresses masked. */
  examples: string[]
  lastAsked: string
  /** The stemmed words its questions share with the first one: what marks the group as answered. */
  words: string[]
}

const EXAMPLES = 3
// Two questions ask the same thing when most of their words are shared.
const SAME = 0.5

/** Groups `questions` (any order); the largest groups first, then the most recent. */
export function groupQuestions(questions: AskedQuestion[], limit = 20): QuestionGroup[] {
  const groups: Array<{ words: Set<string>; members: AskedQuestion[] }> = []
  const newestFirst = [...questions].sort((a, b) => b.at.getTime() - a.at.getTime())
  for (const question of newestFirst) {
    const words = new Set(
      queryWords(question.text)
        .filter((w) => !/\d/.test(w))
        .map(stem)
    )
    const group = words.size > 0 ? groups.find((g) => overlap(g.words, words) >= SAME) : undefined
    if (group) group.members.push(question)
    else groups.push({ words, members: [question] })
  }
  return groups
    .map((g) => ({
      count: g.members.length,
      examples: [...new Set(g.members.map((m) => redactText(m.text.trim())))].slice(0, EXAMPLES),
      lastAsked: g.members[0]!.at.toISOString(),
      words: [...g.words].sort()
    }))
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked))
    .slice(0, limit)
}

/** Whether questions with these words ask what a group with those words asked. */
export function sameQuestion(a: Iterable<string>, b: Iterable<string>): boolean {
  return overlap(new Set(a), new Set(b)) >= SAME
}

/** Shared words over all words (Jaccard), or over the shorter question's when it has two or more. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  const jaccard = shared / (a.size + b.size - shared)
  const smaller = Math.min(a.size, b.size)
  return smaller >= 2 ? Math.max(jaccard, shared / smaller >= 0.75 ? 0.5 : 0) : jaccard
}
