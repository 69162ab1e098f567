// Whether a text names a person. Names are compared as people text them: case and accents folded by Unicode
// normalisation ("José"/"jose", "Núñez"/"Nunez"), words split by Unicode's word boundaries (UAX #29, Intl.Segmenter),
// possessives and apostrophes dropped ("Marcus's", "O'Brien"). Every part of a name counts on its own, so a first name,
// a surname, each part of a compound one ("García López"), a full name and a title with the surname ("Ms Nuñez",
// "Sra. García", "Dr Lee") all name the person; so does a name misspelt by one letter ("Markus", "Dayna") or clipped as
// people shorten it ("marc", "la pri"), unless the word is another candidate's name as written. Over-matching only
// keeps one more person away.
import { editDistance } from '../lib/edit-distance.ts'
import { isCommonWord, isEnglishWord, plainWordTopicality } from '../text/spelling.ts'

const words = new Intl.Segmenter('und', { granularity: 'word' })

// Parts of names that name nobody on their own (particles of compound surnames, generational suffixes).
const NOT_NAMES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der'])
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
// Words a directory entry may carry for a team or a role ("HR Team", "Payroll Office", "Recursos Humanos"):
// a text that says "I went to HR" names no one by them.
const ROLE_WORDS = new Set(
  'hr rh human resources recursos humanos team dept department office desk payroll admin'.split(' ')
)

/** Lower-case words without accents: "Núñez's" -> ["nunez"]. */
export function foldedWords(text: string): string[] {
  const folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
  return [...words.segment(folded)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment.replace(/['’]s?$/, '').replace(/['’]/g, ''))
    .filter(Boolean)
}

/** The parts of a name that name its person ("María de la Cruz" -> maria, cruz). */
export function nameParts(name: string): string[] {
  return foldedWords(name).filter((w) => w.length >= 2 && !NOT_NAMES.has(w) && !SUFFIXES.has(w) && !ROLE_WORDS.has(w))
}

// Names are texted as they are heard ("Markus" for Marcus, "Jordon"): a word one edit from a part of a name, both
// this long, names the person, unless it is a common English word in its own right ("grade" is not Grace); a name
// of four letters, by a word that is no English word at all ("Dayna" for Dana, not "data").
const HEARD_LENGTH = 5
const SHORT_NAME = 4

// The text's words as said, and those of them a misheard name may be (long enough, no common word), read once per text.
export function wordsOf(text: string): {
  said: ReadonlySet<string>
  heard: readonly string[]
  order: readonly string[]
} {
  const said = foldedWords(text)
  return {
    said: new Set(said),
    heard: said.filter(
      (w) => (w.length >= HEARD_LENGTH && !isCommonWord(w)) || (w.length === SHORT_NAME && !isEnglishWord(w))
    ),
    order: said
  }
}

export function names(words: ReturnType<typeof wordsOf>, part: string, taken: ReadonlySet<string> = NONE): boolean {
  return words.said.has(part) || spokenAs(words, part, taken).length > 0
}

const NONE: ReadonlySet<string> = new Set()

/** Every part of the candidates' names: a word that is one of them as written names that one, not another by a letter. */
export function partsOf(candidates: readonly { name: string }[]): ReadonlySet<string> {
  return new Set(candidates.flatMap((c) => nameParts(c.name)))
}

/**
 * The text's words that name `part` other than as written: misheard ("Markus", "Dayna" for Dana), or clipped as
 * people shorten a name ("marc" for Marcus; "la pri" for Priya).
 */
export function spokenAs({ heard, order }: ReturnType<typeof wordsOf>, part: string, taken = NONE): string[] {
  const found = new Set<string>()
  for (const word of heard) if (misheard(word, part)) found.add(word)
  for (const [i, word] of order.entries()) if (clipped(word, part, order[i - 1])) found.add(word)
  return [...found].filter((word) => word !== part && !taken.has(word))
}

function misheard(word: string, part: string): boolean {
  if (part.length >= HEARD_LENGTH) return editDistance(word, part, 2) <= 1 || swapsTwo(word, part)
  // A short name only by a letter added or changed, to a word no list of English has ("dayna", "danna").
  return part.length === SHORT_NAME && word.length >= SHORT_NAME && editDistance(word, part, 2) <= 1
}

// A name's first letters, two or more short of it: four at least, and no common word ("will" is not William); three
// only after the article Spanish puts before a nickname ("la pri", "el fer").
function clipped(word: string, part: string, before: string | undefined): boolean {
  if (part.length < word.length + 2 || !part.startsWith(word)) return false
  if (word.length >= 4) return plainWordTopicality(word) === 1
  return word.length === 3 && (before === 'la' || before === 'el') && !isEnglishWord(word)
}

/** Whether `a` is `b` with two letters side by side swapped ("whitfeild"). */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const at = [...a].findIndex((c, i) => c !== b[i])
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
}

/** Whether `text` names the person called `name`, by any part of the name. */
export function mentions(text: string, name: string): boolean {
  const words = wordsOf(text)
  return nameParts(name).some((part) => names(words, part))
}

/** Of `candidates`, those `text` names. */
export function namedIn<T extends { name: string }>(text: string, candidates: readonly T[]): T[] {
  const words = wordsOf(text)
  const taken = partsOf(candidates)
  return candidates.filter((c) => nameParts(c.name).some((part) => names(words, part, taken)))
}
