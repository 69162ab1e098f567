// A text as its stems, to find a question's words in a sentence whatever their inflection.
import { textWords } from '../knowledge/query-terms.ts'
import { stem } from '../lib/stem.ts'

/** A text as its stems: in order, as a set for words, as a spaced sequence for phrases. */
export interface Words {
  stems: string[]
  set: Set<string>
  sequence: string
  /**
   * Stems the text uses only inside a hyphenated compound, with the compound's other parts: "party" in
   * "third-party auditor", "short" in "short-term disability". A compound says one thing, not its parts.
   */
  bound: Map<string, string[][]>
}

export function wordsOf(text: string): Words {
  const lower = text.toLowerCase()
  const tokens = textWords(lower)
  const words = wordsFromStems(tokens.map(stem))
  // "Unpaid" answers whether one is paid, "unexcused" whether an absence is excused.
  for (const token of tokens) if (NEGATED.test(token)) words.set.add(stem(token.slice(2)))
  for (const compound of lower.match(COMPOUND) ?? []) {
    const parts = textWords(compound)
    // "co-worker", "re-hire", "e-mail", "t-shirt": a prefix or a letter, the part is the word itself.
    if (parts.length < 2 || parts.some((part) => part.length < 3 || /\d/.test(part)) || PREFIX.test(parts[0]!)) continue
    bindTogether(words, parts)
  }
  // "Paid" that names a kind of leave ("paid time off", "paid sabbatical") is no answer to being paid.
  for (const [, , kind] of lower.matchAll(PAID_LEAVE)) bind(words, PAID, [[stem(kind!.split(' ')[0]!)]])
  // A firm's name says who, not what: "administered by ShelterPoint Life Insurance Company" offers no life insurance.
  const firms = text.match(ORGANISATION) ?? []
  for (const name of firms) bindTogether(words, textWords(name.toLowerCase()))
  // A stem also used on its own is free.
  const plain = firms.length > 0 ? text.replace(ORGANISATION, ' ').toLowerCase() : lower
  for (const token of textWords(plain.replace(COMPOUND, ' ').replace(PAID_LEAVE, ' $2'))) {
    words.bound.delete(stem(token))
    if (NEGATED.test(token)) words.bound.delete(stem(token.slice(2)))
  }
  return words
}

function bind(words: Words, stem: string, compounds: string[][]): void {
  words.bound.set(stem, [...(words.bound.get(stem) ?? []), ...compounds])
}

/** Each word of a span ("part-time", a firm's name) holds only with the span's other words. */
function bindTogether(words: Words, parts: string[]): void {
  const stems = parts.map(stem)
  for (const part of stems) bind(words, part, [stems.filter((s) => s !== part)])
}

const COMPOUND = /[a-z]+(?:-[a-z]+)+/g
// Capitalised words ending in a company's legal form ("ShelterPoint Life Insurance Company", "Acme Foods, Inc."),
// not "The Company" a handbook calls its employer.
const NAME_WORD = "(?!(?:The|A|An|Our|Your|This|That|Each|Every|All|Any|Such)\\b)[A-Z][\\w'’&.-]*,?"
const ORGANISATION = new RegExp(`\\b(?:${NAME_WORD}\\s+){1,5}(?:Company|Corporation|Corp|Inc|LLC|Ltd)\\b\\.?`, 'g')
const PAID_LEAVE =
  /\b((?:un)?paid)\s+(time off|leave|sabbatical|holidays?|vacation|sick|parental|family|bereavement|days? off|pto)\b/g
const PAID = stem('paid')
const NEGATED = /^un[a-z]{4,}$/
const PREFIX = /^(co|re|pre|non|self|sub|anti|multi|semi|mid|post|inter|over|under|out|ex)$/

/**
 * Whether a one-word term (its stem) is in the text as a word of its own, or in a compound whose other
 * parts the question says too ("part time" finds "part-time"; "party" does not find "third-party").
 */
export function hasWord(words: Words, stem: string, asked: ReadonlySet<string>): boolean {
  if (!words.set.has(stem)) return false
  const compounds = words.bound.get(stem)
  return !compounds || compounds.some((siblings) => siblings.every((s) => asked.has(s)))
}

/** Texts read one after the other, from their stems (already worked out once). */
export function joinWords(parts: Words[]): Words {
  if (parts.length === 1) return parts[0]!
  const words = wordsFromStems(parts.flatMap((p) => p.stems))
  for (const part of parts) for (const s of part.set) words.set.add(s)
  const free = (stem: string) => parts.some((p) => p.set.has(stem) && !p.bound.has(stem))
  for (const part of parts) for (const [stem, compounds] of part.bound) if (!free(stem)) bind(words, stem, compounds)
  return words
}

function wordsFromStems(stems: string[]): Words {
  return { stems, set: new Set(stems), sequence: ` ${stems.join(' ')} `, bound: new Map() }
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
