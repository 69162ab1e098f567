// The English Snowball stemmer (Porter2), the one PostgreSQL's English search uses (`english_stem`):
// "holidays" and "holiday" meet as "holiday" in both, so a word stemmed here is the lexeme the index
// holds (test/stem.test.ts compares the two on the handbooks' words). Memoised: a handbook and the
// questions about it use a few thousand distinct words, and stemming each again for every sentence of
// every passage was a fifth of a message's CPU.
import porter2 from 'wink-porter2-stemmer'
import { CARDINALS } from './number-words.ts'

const MAX_ENTRIES = 50_000
const cache = new Map<string, string>()

// "three shifts" is "3 shifts" ("one" stays a word: "no one", "one of").
const { one: _one, ...NUMBER_WORDS } = CARDINALS

export function stem(word: string): string {
  let stemmed = cache.get(word)
  if (stemmed === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear()
    stemmed = NUMBER_WORDS[word] ?? porter2(word)
    cache.set(word, stemmed)
  }
  return stemmed
}
