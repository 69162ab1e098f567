// Porter's stem, as PostgreSQL's English search has it: "carries" meets "carry", "schedules"
// "scheduled". Memoised: a handbook and the questions about it use a few thousand distinct words,
// and stemming each again for every sentence of every passage was a fifth of a message's CPU.
import { stemmer } from 'stemmer'

const MAX_ENTRIES = 50_000
const cache = new Map<string, string>()

// "three shifts" is "3 shifts" ("one" is left alone: "no one", "one of").
const NUMBER_WORDS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12'
}

export function stem(word: string): string {
  let stemmed = cache.get(word)
  if (stemmed === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear()
    stemmed = NUMBER_WORDS[word] ?? stemmer(word)
    cache.set(word, stemmed)
  }
  return stemmed
}
