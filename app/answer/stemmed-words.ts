// A text as its stems, to find a question's words in a sentence whatever their inflection.
import { textWords } from '../knowledge/query-terms.ts'
import { stem } from '../lib/stem.ts'

/** A text as its stems: in order, as a set for words, as a spaced sequence for phrases. */
export interface Words {
  stems: string[]
  set: Set<string>
  sequence: string
}

export function wordsOf(text: string): Words {
  return wordsFromStems(textWords(text).map(stem))
}

/** Texts read one after the other, from their stems (already worked out once). */
export function joinWords(parts: Words[]): Words {
  return parts.length === 1 ? parts[0]! : wordsFromStems(parts.flatMap((p) => p.stems))
}

function wordsFromStems(stems: string[]): Words {
  return { stems, set: new Set(stems), sequence: ` ${stems.join(' ')} ` }
}

// How far apart a phrase's words may stand and still say it ("a note from a doctor").
const PHRASE_SPAN = 4

/** Whether a phrase's content words (two at least) all stand within a few words of each other. */
export function phraseNear(stems: string[], words: Words): boolean {
  const content = stems.filter((s) => s.length > 3)
  if (content.length < 2 || !content.every((s) => words.set.has(s))) return false
  const tokens = words.stems
  return tokens.some(
    (token, i) =>
      token === content[0] &&
      content.slice(1).every((s) => tokens.slice(Math.max(0, i - PHRASE_SPAN), i + PHRASE_SPAN + 1).includes(s))
  )
}
