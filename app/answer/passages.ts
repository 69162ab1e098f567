// A retrieved passage read for answering: its sentences and their stems, worked out once per text; the
// sentence a list item hangs from, and the page a passage is on.
import { inWholeHandbookFile, type RetrievedChunk } from '../knowledge/types.ts'
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

/** The index of the sentence that introduces the list item at `i`, or -1. */
export function listIntro(units: Unit[], i: number): number {
  let j = i - 1
  while (j >= 0 && units[j]!.bullet && units[j]!.paragraph === units[i]!.paragraph) j--
  return j >= 0 && !units[j]!.bullet && (units[j]!.intro || units[j]!.paragraph >= units[i]!.paragraph - 1) ? j : -1
}

/**
 * The page a passage is on: its document, or in a whole handbook given as one Word or PDF file, its
 * top-level section ("SECTION VII -- TIME AWAY FROM WORK"), not the whole handbook.
 */
export function pageOf(passage: RetrievedChunk): string {
  if (!inWholeHandbookFile(passage)) return String(passage.documentId)
  return `${passage.documentId} ${passage.heading.split(' > ')[0]}`
}
