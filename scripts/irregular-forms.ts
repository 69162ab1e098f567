// Irregular inflections that stem apart ("knives" and "knife", "paid" and "pay", "feet" and "foot"): PostgreSQL's
// English stemmer (Snowball) leaves them different, so a question with one misses a handbook with the other.
// WordNet's exception lists hold them (its morphology's noun.exc and verb.exc, as wink-lexicon ships them).
// An inflection that is itself a noun or a verb of WordNet ("left", "saw", "felt", "found", "ground"), or a
// regular inflection of one ("leaves" of "leave", "shelves" of "shelve"), is left out: read as the other word, it
// would find lines about something else; so is one of the commonest words of spoken English ("take", "get",
// "give"), which frame a question. Keyed by the word as written, never its stem ("leave" is no "leaf").
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { stem } from '../app/lib/stem.ts'

const require = createRequire(import.meta.url)

/** A word to the words it inflects with irregularly, both ways: "knife" to "knives", "knives" to "knife". */
export async function irregularForms(
  wordnet: string,
  commonest: ReadonlySet<string>
): Promise<Record<string, string[]>> {
  const nounsAndVerbs = new Set<string>()
  for (const pos of ['noun', 'verb'])
    for (const line of (await readFile(join(wordnet, `index.${pos}`), 'utf8')).split('\n'))
      if (line && !line.startsWith(' ')) nounsAndVerbs.add(line.split(' ')[0]!)
  const lists = [
    require('wink-lexicon/src/wn-noun-exceptions.js'),
    require('wink-lexicon/src/wn-verb-exceptions.js')
  ] as Array<Record<string, string>>
  const forms = new Map<string, Set<string>>()
  const add = (key: string, word: string) => {
    if (!forms.has(key)) forms.set(key, new Set())
    forms.get(key)!.add(word)
  }
  for (const exceptions of lists)
    for (const [inflected, lemma] of Object.entries(exceptions)) {
      if (!/^[a-z]+$/.test(inflected) || !/^[a-z]+$/.test(lemma) || stem(inflected) === stem(lemma)) continue
      if (nounsAndVerbs.has(inflected) || regularOfAnother(inflected, lemma, nounsAndVerbs)) continue
      // The commonest verbs frame a question more than they name its topic ("gets taken off", "take a train").
      if (commonest.has(lemma)) continue
      add(lemma, inflected)
      add(inflected, lemma)
    }
  return Object.fromEntries(
    [...forms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, words]) => [key, [...words].sort()])
  )
}

/** Whether the word is also a plural, past or -ing form of another noun or verb ("leaves", "shelves"). */
function regularOfAnother(word: string, lemma: string, nounsAndVerbs: ReadonlySet<string>): boolean {
  const bases = [word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/e?d$/, ''), word.replace(/ing$/, '')]
  return bases.some((base) => base !== word && base !== lemma && nounsAndVerbs.has(base))
}
