// A retrieved passage read for answering: its sentences and their stems, worked out once per text.
import { splitUnits, type Unit } from './sentences.ts'
import { type Words, wordsOf } from './stemmed-words.ts'

export interface AnalysedPassage {
  split: Unit[]
  texts: Words[]
  everywhere: Words
  /** The passage's text as written, sentences or not. */
  whole: Words
}

// A passage's sentences and their stems depend on its text alone, and the same handbook passages
// come back for question after question: each is analysed once (a bounded cache, any traffic).
const passageCache = new Map<string, AnalysedPassage>()
const MAX_PASSAGES = 5_000

export function analysed(content: string): AnalysedPassage {
  let found = passageCache.get(content)
  if (!found) {
    if (passageCache.size >= MAX_PASSAGES) passageCache.clear()
    const split = splitUnits(content)
    found = {
      split,
      texts: split.map((u) => wordsOf(u.text)),
      everywhere: wordsOf(split.map((u) => u.text).join(' . ')),
      whole: wordsOf(content)
    }
    passageCache.set(content, found)
  }
  return found
}
