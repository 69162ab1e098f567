// Turning an employee's SMS into search terms: its content words (no filler), each with the other
// words that count as it (general workplace vocabulary, then the company's own synonyms), and the
// phrases it contains ("time off", "clock in") as terms of their own.
import { DIGIT_RUN, EMAIL } from '../lib/redact.ts'
import { stem } from '../lib/stem.ts'
import { normaliseTexting } from '../text/texting.ts'
import irregular from './data/irregular-forms.json' with { type: 'json' }
import families from './data/word-families.json' with { type: 'json' }
import { FILLER, FRAMING, GENERIC_WORDS, REACTIONS, WORKPLACE_NOUNS } from './question-words.ts'
import { WORKPLACE_TERMS } from './workplace-terms.ts'

// Words of one family that stem apart ("injured", "injury"), from WordNet (scripts/build-lexicons.ts).
const FAMILIES: Readonly<Record<string, readonly string[]>> = families.entries
// Irregular inflections that stem apart ("knives" and "knife", "paid" and "pay"), from WordNet's exception lists.
const IRREGULAR: Readonly<Record<string, readonly string[]>> = irregular.entries

export interface QueryTerm {
  /** The employee's word (spelling corrected) or phrase. */
  word: string
  /** What counts as finding it: the word itself first, then its synonyms. */
  forms: string[]
  /**
   * How much it says what the question is about: 1 for most words, less for numbers ("after 3 years")
   * and for verbs any question may use ("bring", "wear"), which narrow a search but are not its topic.
   */
  emphasis: number
  /** Filled in by the search: the term's weight (inverse document frequency times emphasis) ... */
  weight?: number
  /** ... and in how many chunks of the knowledge base it occurs (0: the handbook never uses it). */
  df?: number
  /** The forms that are only its word family ("classify" for "classes"): no other word's synonyms. */
  family?: readonly string[]
}

/** Company synonyms: a word or phrase employees use, and the handbook's words for it. */
export type Synonyms = ReadonlyMap<string, readonly string[]>

const NUMBER_EMPHASIS = 0.3
const GENERIC_EMPHASIS = 0.4
/** Lower-case words of a text, accents and apostrophes removed, "401(k)" and "W-2" kept whole. */
export function textWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/\b(\d+)\((\w)\)/g, '$1$2')
      .replace(/\bw-(\d)\b/g, 'w$1')
      .match(/[a-z0-9]+/g) ?? []
  )
}

/** The content words of a query, without filler words and duplicates. */
export function queryWords(text: string, synonyms: Synonyms = new Map()): string[] {
  return [
    ...new Set(
      wordsAsked(text, synonyms).filter((w) => !FILLER.has(w) && !REACTIONS.has(w) && (w.length > 1 || /\d/.test(w)))
    )
  ]
}

/**
 * The words of a question, texting forms read as their words ("tmrw" is "tomorrow"), without how it is
 * framed nor any phone number or e-mail address the employee gives ("text me at 312-555-0144"): those
 * are no topic.
 */
function wordsAsked(text: string, synonyms: Synonyms): string[] {
  // A reaction ("lol", "smh", "or nah") is no topic: kept as it is, not read as "laughing out loud", and dropped.
  const standard = normaliseTexting(
    text.replace(EMAIL, ' ').replace(DIGIT_RUN, ' '),
    (w) => isKey(w, synonyms) || REACTIONS.has(w)
  )
  return textWords(readOrdinals(standard).toLowerCase().replace(FRAMING, ' '))
}

/** A word the workplace vocabulary or the company's synonyms know as it is ("ot", "pto"). */
function isKey(word: string, synonyms: Synonyms): boolean {
  return Object.hasOwn(WORKPLACE_TERMS, word) || synonyms.has(word)
}

/**
 * The query's terms: phrases it contains first (their words are then not terms of their own), then its
 * other content words, spelling corrected as `corrections` says (original word to the corrected one).
 */
export function buildTerms(
  text: string,
  corrections: ReadonlyMap<string, string>,
  synonyms: Synonyms = new Map()
): QueryTerm[] {
  // "does the hotel pay for insurance" asks what "the company pays".
  const spaced = ` ${wordsAsked(text, synonyms)
    .map((w) => (WORKPLACE_NOUNS.has(w) ? 'company' : w))
    .join(' ')} `
  const terms: QueryTerm[] = []
  const used = new Set<string>()
  for (const { phrase, said } of phrasesIn(spaced, synonyms)) {
    if (said.every((w) => used.has(w))) continue
    const forms = unique([phrase, ...related(phrase, synonyms)])
    // A phrase that means a word saying only how to ask ("kick in" is "start") frames the question as that word does.
    const emphasis = forms[1] && GENERIC_WORDS.has(stem(forms[1])) ? GENERIC_EMPHASIS : 1
    terms.push({ word: phrase, forms, emphasis })
    for (const w of said) used.add(w)
  }
  // What happened, told in the employee's words, is the topic a handbook files it under.
  const lower = text.toLowerCase()
  for (const { said, term } of TOLD_TOPICS)
    if (said.test(lower) && !terms.some((t) => t.forms.includes(term.word))) terms.push({ ...term })
  const content = queryWords(text, synonyms)
  for (const [i, original] of content.entries()) {
    if (used.has(original)) continue
    const word = corrections.get(original) ?? original
    const forms = unique([word, ...related(word, synonyms), ...numberedForms(word, content[i + 1])])
    const family = familyOf(word).filter((f) => !workplaceForms(word).includes(f) && !synonyms.get(word)?.includes(f))
    // "Leave" as going for the day ("what time can we leave campus") is not time off: it frames, as "go" does.
    const emphasis =
      word === 'leave' && LEAVE_FOR_THE_DAY.test(lower) ? GENERIC_EMPHASIS : emphasisOf(word, forms.length > 1)
    terms.push({ word, forms, emphasis, ...(family.length ? { family } : {}) })
  }
  return terms
}

// Going for the day ("leave campus at end of day", "leave early"), not leaving the company nor time off.
const LEAVE_FOR_THE_DAY =
  /\bleave (campus|work|early|the (building|site|store|floor|office|school|campus|premises|job ?site|shop|plant|kitchen)|for the day|at \d|by \d|at (the )?end of (the )?(day|shift))\b/

// A hurt told by what happened to a body part ("cut my finger", "twisted my ankle") is an injury, whatever
// the verb; a family member who passed ("my grandma passed") asks about bereavement leave.
const TOLD_TOPICS: ReadonlyArray<{ said: RegExp; term: QueryTerm }> = [
  {
    said: /\b(cut|sliced|burned|burnt|scraped|smashed|pinched|twisted|sprained|broke|hurt|jammed|bruised|tweaked|banged)\s+(my|his|her|their|a)\s+(finger|fingers|hand|hands|thumb|arm|arms|leg|legs|foot|feet|ankle|wrist|knee|back|neck|shoulder|head|eye|toe|toes|elbow)\b/,
    term: { word: 'injury', forms: ['injury', 'injured', 'injuries', 'accident', 'first aid'], emphasis: 1 }
  },
  {
    said: /\b(my|our|his|her)\s+(grandma|grandpa|grandmother|grandfather|granny|mom|mother|dad|father|brother|sister|aunt|uncle|cousin|son|daughter|wife|husband|kid|child|baby|nephew|niece|stepmom|stepdad)\b[^.?!]{0,15}\b(passed|passes(?! (his|her|their|the|a|an|my|its|this|that)\b)|pass away|passed away|died|dies|is dying)\b/,
    term: { word: 'bereavement', forms: ['bereavement', 'death', 'funeral'], emphasis: 1 }
  }
]

// Handbooks number what employees count in words: "the first step" is "Step 1", "second shift" is
// "Shift 2". An ordinal before a word also finds that word followed by its number (a phrase, so a
// stray "1" elsewhere does not count).
const ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ').map((w, i) => [w, i + 1])
)

// ...and an ordinal in digits is its word ("a 2nd job" is a second job), whose forms find the digits again.
const ORDINAL_DIGITS = /\b(10|[1-9])(st|nd|rd|th)\b/gi
const ORDINAL_WORDS = Object.keys(ORDINALS)

function readOrdinals(text: string): string {
  return text.replace(ORDINAL_DIGITS, (digits, n: string) => ORDINAL_WORDS[Number(n) - 1] ?? digits)
}

function ordinalDigits(word: string): string[] {
  const n = ORDINALS[word]
  return n ? [`${n}${['st', 'nd', 'rd'][n - 1] ?? 'th'}`] : []
}

function numberedForms(word: string, next: string | undefined): string[] {
  const n = ORDINALS[word]
  return n && next && !/\d/.test(next) ? [`${next} ${n}`] : []
}

/**
 * How much a word says what the question is about: numbers, times ("7am"), counts ("twice") and ordinals
 * ("my first raise") narrow it; so do two-letter words nobody has defined ("MA" for medical assistant),
 * which are more often abbreviations than the topic.
 */
function emphasisOf(word: string, known: boolean): number {
  if (/^\d+(st|nd|rd|th|am|pm|h|hrs?|min)?$/.test(word) || COUNTS.has(word) || Object.hasOwn(ORDINALS, word))
    return NUMBER_EMPHASIS
  if (word.length <= 2 && !known) return NUMBER_EMPHASIS
  return GENERIC_WORDS.has(stem(word)) ? GENERIC_EMPHASIS : 1
}

// Counts in words narrow as digits do; "one" is as often a pronoun ("how much is a new one").
const COUNTS = new Set([
  ...'once twice thrice single double half'.split(' '),
  ...'one two three four five six seven eight nine ten eleven twelve'.split(' ')
])

function related(key: string, synonyms: Synonyms): readonly string[] {
  return [
    ...(Object.hasOwn(IRREGULAR, key) ? IRREGULAR[key]! : []),
    ...workplaceForms(key),
    ...(synonyms.get(key) ?? []),
    ...familyOf(key),
    ...ordinalDigits(key)
  ]
}

function familyOf(key: string): readonly string[] {
  return key.includes(' ') ? [] : (FAMILIES[stem(key)] ?? [])
}

// A plural finds its singular's entry ("raises" is "raise"), and a verb's -ing form its verb's ("earning" is
// "earn", "accruing" is "accrue"); other inflections are left alone: keyed by stem, "reimbursement" took
// "reimburse"'s "expense" and lost a decline.
function workplaceForms(key: string): readonly string[] {
  const verb = key.length > 5 && key.endsWith('ing') ? [key.slice(0, -3), `${key.slice(0, -3)}e`] : []
  for (const form of [key, key.replace(/e?s$/, ''), key.replace(/s$/, ''), ...verb])
    if (Object.hasOwn(WORKPLACE_TERMS, form)) return WORKPLACE_TERMS[form]!
  return []
}

/**
 * Multi-word keys (general or the company's) that occur in the text, in any inflection ("rolls over"
 * is "roll over"), longest first, each with the words the employee used for it.
 */
function phrasesIn(spaced: string, synonyms: Synonyms): Array<{ phrase: string; said: string[] }> {
  const words = spaced.trim().split(' ')
  const stems = words.map(stem)
  const found: Array<{ phrase: string; said: string[] }> = []
  for (const key of [...Object.keys(WORKPLACE_TERMS), ...synonyms.keys()]) {
    if (!key.includes(' ')) continue
    const keyStems = keyStemsOf(key)
    const at = stems.findIndex((_, i) =>
      keyStems.every((s, j) => stems[i + j] === s || (s === 'me' && OBJECTS.has(words[i + j]!)))
    )
    if (at >= 0) found.push({ phrase: key, said: words.slice(at, at + keyStems.length) })
  }
  // Longest first; of keys the same words match ("company pay", "company pays"), the one as said.
  const exact = (f: { phrase: string; said: string[] }) => (f.said.join(' ') === f.phrase ? 1 : 0)
  return found.sort((a, b) => b.said.length - a.said.length || exact(b) - exact(a) || b.phrase.length - a.phrase.length)
}

// A key said of the employee ("fire me") is said of anyone else too ("can they fire u for that", "fire him").
const OBJECTS = new Set(['you', 'him', 'her', 'them', 'us', 'someone', 'somebody', 'anyone', 'anybody', 'people'])

const keyStems = new Map<string, string[]>()
function keyStemsOf(key: string): string[] {
  let stems = keyStems.get(key)
  if (!stems) {
    stems = key.split(' ').map(stem)
    if (keyStems.size < 10_000) keyStems.set(key, stems)
  }
  return stems
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.toLowerCase().trim()).filter(Boolean))]
}
