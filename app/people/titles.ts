// A manager's title as crews type it: misspelled ("supervizora", "supervisior", "manajer", "encargao"), in the
// feminine of a word that has none in the dictionary ("la gerenta"), or made small ("mi jefecita"). Read as the title
// it stands for before any pattern of named.ts looks for one, so a complaint about "la supervizora" keeps her away
// as one about "la supervisora" does. By spelling distance, not by a list of the misspellings seen.
import { editDistance } from '../lib/edit-distance.ts'
import { isEnglishWord } from '../text/spelling.ts'
import { foldedWords } from './name-match.ts'

const TITLES = [
  'manager',
  'supervisor',
  'supervisora',
  'gerente',
  'encargado',
  'encargada',
  'foreman',
  'coordinator',
  'coordinador',
  'coordinadora'
]
const KNOWN = new Set(TITLES)
// Spanish diminutives of a title ("jefecita", "jefesito", "supervisorcito"), each the title of its gender.
const DIMINUTIVE = /^(jef|gerent|supervisor|encargad)[ea]?(cit|sit|it)([oa])$/
const DIMINISHED: Readonly<Record<string, { o: string; a: string }>> = {
  jef: { o: 'jefe', a: 'jefa' },
  gerent: { o: 'gerente', a: 'gerente' },
  supervisor: { o: 'supervisor', a: 'supervisora' },
  encargad: { o: 'encargado', a: 'encargada' }
}

/** The title a typed word stands for, or the word itself. */
function titleFor(word: string): string {
  if (word.length < 6 || KNOWN.has(word)) return word
  const small = DIMINUTIVE.exec(word)
  if (small) return DIMINISHED[small[1]!]![small[3] as 'o' | 'a']
  // A word of the dictionary is that word ("managed", "manages", "supervise"), never a slip for a title.
  if (isEnglishWord(word)) return word
  const allowed = word.length >= 9 ? 2 : 1
  // Nor is a Spanish verb one ("supervisar", "coordinar" are no "supervisor", "coordinador").
  const verb = /(ar|er|ir)$/.test(word)
  return (
    TITLES.find(
      (title) =>
        title[0] === word[0] &&
        (!verb || title.endsWith(word.slice(-2))) &&
        !conjugates(word, title) &&
        editDistance(word, title, allowed + 1) <= allowed
    ) ?? word
  )
}

// The verb a title is made from, conjugated ("la que nos supervisa", "coordinan"): "supervis" and an ending of a verb.
const VERB_ENDING = /^(a|an|as|o|amos|aba|aban|abas|ando|ado|ada|e|en|es|aron)$/

function conjugates(word: string, title: string): boolean {
  const stem = title.replace(/(ad)?ora?$/, '')
  return stem !== title && word.startsWith(stem) && VERB_ENDING.test(word.slice(stem.length))
}

// Every reading of named.ts asks for the same message's words, several times a message: the last one is kept.
let last = { text: '', words: '' }

/** The text's words, folded, each typed title read as the title it stands for. */
export function titleWords(text: string): string {
  if (last.text !== text) last = { text, words: foldedWords(text).map(titleFor).join(' ') }
  return last.words
}
