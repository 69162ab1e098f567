// The language a message is written in, English or Spanish: franc (trigram statistics, restricted to
// the two) on texts long enough for it, the language model trained on the labelled set
// (app/classifier/data, column `lang`) on shorter ones, and the directory's language when neither is sure.
import { francAll } from 'franc-min'
import { fold } from './fold.ts'

export type Language = 'en' | 'es'

// Below this many letters franc's trigrams are noise ("cant come in today" reads as Spanish); up to
// FRANC_SURE_LETTERS franc is taken only when the other language scores well below it.
const FRANC_MIN_LETTERS = 15
const FRANC_SURE_LETTERS = 30
const FRANC_MARGIN = 0.8
const MODEL_SURE = 0.65
const MODEL_MIN_LETTERS = 4

export interface LanguageModel {
  /** The probability that the text is Spanish. */
  spanish: (text: string) => number
}

export function detectLanguage(text: string, fallback: string | null | undefined, model?: LanguageModel): Language {
  const folded = fold(text)
  const letters = folded.replace(/[^a-z]/g, '').length
  const byModel = model?.spanish(text)
  if (letters >= FRANC_MIN_LETTERS) {
    const [best, second] = francAll(folded, { only: ['eng', 'spa'], minLength: 1 })
    const found = best?.[0]
    const clear = letters >= FRANC_SURE_LETTERS || (second?.[1] ?? 0) <= FRANC_MARGIN
    if (clear && (found === 'spa' || found === 'eng')) {
      // Long enough for franc, but a strongly disagreeing model wins (code-switched texts).
      const disagreement = byModel === undefined ? 0 : Math.abs(byModel - (found === 'spa' ? 1 : 0))
      if (disagreement > 0.97) return byModel! > 0.5 ? 'es' : 'en'
      // Sure of the other language, the model makes it a mixed text ("el bos me hace trabajar off the clock"): the
      // directory's language says which the sender reads.
      if (disagreement >= MODEL_SURE) return normaliseLanguage(fallback)
      return found === 'spa' ? 'es' : 'en'
    }
  }
  // "ok", "si", "k": words both languages use; the directory says.
  if (byModel !== undefined && letters >= MODEL_MIN_LETTERS) {
    if (byModel >= MODEL_SURE) return 'es'
    if (byModel <= 1 - MODEL_SURE) return 'en'
  }
  return normaliseLanguage(fallback)
}

export function normaliseLanguage(language: string | null | undefined): Language {
  return (language ?? 'en').toLowerCase().startsWith('es') ? 'es' : 'en'
}
