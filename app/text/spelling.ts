// Misspelled words read as the words they most likely are, so a rule or a model that knows "smells like
// gas" also reads "smels like gas", and "hes stuk" reads "hes stuck". The method is Norvig's: a word no
// list knows is replaced by the commonest known word one edit away (a letter left out, added, changed
// or two swapped), by counts of English as it is spoken (SUBTLEXus; scripts/build-lexicons.ts writes
// data/spoken-english.json). Left alone: short words (too many neighbours), Spanish words one edit from
// an English one ("pistola" is not "pistol"), and words the caller knows (a model's vocabulary).
import spoken from './data/spoken-english.json' with { type: 'json' }

const RANK = new Map(spoken.words.split(' ').map((word, i) => [word, i]))
const SPANISH = new Set(spoken.spanish.split(' '))
/** A correction must be a common word: among the commonest this many (about 50 uses in SUBTLEXus). */
export const COMMON_WORDS = 15_000
const MIN_LENGTH = 4
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * How much a word says what a text is about, by its rank in spoken English: 0.1 for the commonest words
 * ("think" is 64th), half for the 250th ("own"), 1 from about the 1,000th on ("smoke", "jury"). Steeper
 * (full weight only past the 20,000th) took a lost topic's weight too ("smoking area" in a handbook
 * without one was answered with the lunch-break rule).
 */
export function plainWordTopicality(word: string): number {
  const rank = RANK.get(word.toLowerCase())
  if (rank === undefined) return 1
  return Math.min(1, Math.max(0.1, (Math.log10(rank + 1) - 1.8) / 1.2))
}

/** Whether `word` is among the commonest words of spoken English (COMMON_WORDS). */
export function isCommonWord(word: string): boolean {
  return (RANK.get(word.toLowerCase()) ?? Number.POSITIVE_INFINITY) < COMMON_WORDS
}

/** Whether `word` is an English word in its own right. */
export function isEnglishWord(word: string): boolean {
  return RANK.has(word.toLowerCase())
}

/**
 * Whether `typed` may be a slip for `intended`. A word no list knows may be; an English word in its own right
 * only by a slip after its first letter, which typists seldom get wrong, for a word at least as common (a
 * common word typed is seldom meant as a rarer one), and by a key next to the right one when a letter is
 * changed: "forgot" may be "forget"; "dental" is not "mental", nor "passed" "paused", nor "bread" "break". A
 * word holding the other ("cofounder", "founder") is its base, whatever its letters.
 */
export function mayBeSlipFor(typed: string, intended: string): boolean {
  const rank = RANK.get(typed.toLowerCase())
  if (rank === undefined) return true
  // One that is the other with a prefix or an ending is a word and its base ("cofounder" is the handbook's
  // "founder"), not a slip; a word that merely holds another's letters is not ("start" is no "star").
  if (affixed(typed, intended) || affixed(intended, typed)) return true
  return (
    intended[0] === typed[0] &&
    (RANK.get(intended.toLowerCase()) ?? Number.POSITIVE_INFINITY) <= rank &&
    !farKeyFor(typed.toLowerCase(), intended.toLowerCase())
  )
}

const PREFIX = /^(co|re|un|non|pre|sub|over|under|out|mis|dis|self)-?$/
const ENDING = /^(s|es|ed|d|n|en|ing|er|ers|ly|ment|ments|ness|able|ful)$/

/** Whether `word` is `base` with a prefix before it or an ending after it. */
function affixed(word: string, base: string): boolean {
  if (word.length <= base.length) return false
  if (word.endsWith(base)) return PREFIX.test(word.slice(0, -base.length))
  return word.startsWith(base) && ENDING.test(word.slice(base.length))
}

// Neighbouring keys of a QWERTY keyboard, row by row: a consonant changed for one far from it is no slip of a
// finger ("bread" is not "break"; "brakr" may be "brake").
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const VOWELS = /[aeiouy]/
const KEY_AT = new Map(ROWS.flatMap((row, r) => [...row].map((c, i) => [c, [r, i + r * 0.5]] as const)))

/** One letter changed for another far from it on the keyboard (the same length, one place different). */
function farKeyFor(typed: string, intended: string): boolean {
  if (typed.length !== intended.length) return false
  const differ = [...typed].flatMap((c, i) => (c === intended[i] ? [] : [i]))
  if (differ.length !== 1) return false
  const [x, y] = [typed[differ[0]!]!, intended[differ[0]!]!]
  // One vowel for another is how a word is misspelled, wherever the keys are ("forgot" for "forget").
  if (VOWELS.test(x) && VOWELS.test(y)) return false
  const [a, b] = [KEY_AT.get(x), KEY_AT.get(y)]
  return !a || !b || Math.abs(a[0] - b[0]) > 1 || Math.abs(a[1] - b[1]) > 1.5
}

/** Every string one edit from `word`: a letter left out, swapped with the next, changed or added. */
export function edits(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)]
    if (tail) out.push(head + tail.slice(1))
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2))
    for (const c of LETTERS) {
      if (tail) out.push(head + c + tail.slice(1))
      out.push(head + c + tail)
    }
  }
  return out
}

/** The commonest English word one edit from `word`, or null when none is common enough. */
export function likeliestWord(word: string): string | null {
  let best: string | null = null
  let bestRank = COMMON_WORDS
  for (const candidate of edits(word)) {
    const rank = RANK.get(candidate)
    if (rank !== undefined && rank < bestRank) [best, bestRank] = [candidate, rank]
  }
  return best
}

/**
 * Folded text with each unknown word of letters replaced by its likeliest spelling. `known` names more
 * words to keep (a model's vocabulary, so a Spanish word it learned is never "corrected" to English).
 */
export function correctSpelling(folded: string, known: (word: string) => boolean = () => false): string {
  return folded.replace(/[a-z]+/g, (word) => spelledRight(word, known))
}

/** One folded word as it is likeliest meant: itself when short, known or far from any common word. */
export function spelledRight(word: string, known: (word: string) => boolean = () => false): string {
  if (word.length < MIN_LENGTH || RANK.has(word) || SPANISH.has(word) || known(word) || !/^[a-z]+$/.test(word))
    return word
  return likeliestWord(word) ?? word
}
