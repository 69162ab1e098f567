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
// Spanish diminutives of a title ("jefecita", "jefesito", "supervisorcito").
const DIMINUTIVE = /^(jef|gerent|supervisor|encargad)[ea]?(cit|sit|it)([oa])$/

/** The title a typed word stands for, or the word itself. */
function titleFor(word: string): string {
  if (word.length < 6 || KNOWN.has(word)) return word
  const small = DIMINUTIVE.exec(word)
  if (small) return small[1] === 'jef' ? `jef${small[3] === 'a' ? 'a' : 'e'}` : `${small[1]}${small[3]}`
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
        editDistance(word, title, allowed + 1) <= allowed
    ) ?? word
  )
}

/** The text's words, folded, each typed title read as the title it stands for. */
export function titleWords(text: string): string {
  return foldedWords(text).map(titleFor).join(' ')
}
