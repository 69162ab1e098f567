// The question's terms as the sentence scorer reads them: each weighted by its rarity and stemmed, and
// how a piece of the handbook holds one (its own word, a synonym, the employee's phrase in other words).
import { stem } from '../lib/stem.ts'
import { buildTerms, type QueryTerm, queryWords, textWords } from '../knowledge/query-terms.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'
import { askedPart } from '../text/question-form.ts'
import { analysed } from './passages.ts'
import { hasWord, joinWords, phraseNear, type Words, wordsOf } from './stemmed-words.ts'

export interface WeightedTerm extends QueryTerm {
  weight: number
  /** Each form as its stems: one for a word, several for a phrase. */
  stems: string[][]
  /** Said in this message (a follow-up's earlier question weighs less). */
  current: boolean
  /** Said only in what the message tells beside its question ("short on rent"), which weighs less. */
  told?: boolean
}

// What finding a term where counts for: in the sentence, a synonym in the sentence, next to it, in
// its heading or title, anywhere in its passage.
export const CREDIT = {
  word: 1,
  ownPhrase: 0.9,
  synonym: 0.8,
  neighbour: 0.4,
  referent: 0.7,
  heading: 0.6,
  passage: 0.2,
  page: 0.1
}

// A term's forms are listed closest first ("grandma": grandmother, grandparent, then family member, relative): a
// later one is a little further from what was asked, so a tie goes to the closer.
const SYNONYM_STEP = 0.01
const SYNONYM_FLOOR = 0.7

function synonymCredit(position: number): number {
  return Math.max(SYNONYM_FLOOR, CREDIT.synonym - SYNONYM_STEP * (position - 1))
}

/** 1 when the term's own word (or phrase, words in order) is in the text, 0.8 for one of its synonyms. */
export function credit(term: WeightedTerm, words: Words, asked: ReadonlySet<string>): number {
  return match(term, words, asked).credit
}

/** How `words` hold `term`, and by which of its forms (`taken`: forms another term of the question used). */
export function match(
  term: WeightedTerm,
  words: Words,
  asked: ReadonlySet<string>,
  taken: ReadonlySet<string> = new Set()
): { credit: number; form: string } {
  for (const [i, stems] of term.stems.entries()) {
    const form = stems.join(' ')
    if (taken.has(form)) continue
    const found =
      stems.length === 1 ? hasWord(words, stems[0]!, asked) : stems.length > 1 && words.sequence.includes(` ${form} `)
    if (found) return { credit: i === 0 ? CREDIT.word : synonymCredit(i), form }
    // The employee's phrase in other words, close together: "call in sick" in "if you are sick and
    // cannot work, call the lead"; it counts above a synonym. Every content word of it (two at
    // least) within a few words.
    if (i === 0 && stems.length > 1 && phraseNear(stems, words)) return { credit: CREDIT.ownPhrase, form }
  }
  return { credit: 0, form: '' }
}

/**
 * The terms with their weights: the search's (rarity in the whole knowledge base) when it gave them,
 * otherwise rarity among these passages. Terms of this message count fully, a follow-up's earlier
 * question's at half weight.
 */
export function weightTerms(
  question: string,
  previous: string | undefined,
  passages: RetrievedChunk[]
): WeightedTerm[] {
  const own = new Set(queryWords(question).map(stem))
  const given = passages[0]?.terms
  const terms = given?.length ? given : buildTerms(`${previous ?? ''} ${question}`, new Map())
  // Only read when the search gave no weights (a vector store's results).
  let documents: Words[] | undefined
  const localDf = (found: (d: Words) => boolean) => {
    documents ??= passages.map((p) => joinWords([wordsOf(`${p.title} ${p.heading}`), analysed(p.content).whole]))
    return documents.filter(found).length
  }
  // A synonym that is itself another word of the question is that word's, not this one's: asked about
  // "health or dental insurance", a line on insurance holds "insurance", not "dental" and "health" too.
  const asked = new Set(terms.map((t) => t.word))
  // What the question's asking clauses say, when it also tells something: a term only in the telling is its
  // circumstance, not its topic, provided the asking holds a topic of its own.
  const askedText = askedPart(question)
  const askedStems = askedText === null ? null : new Set(textWords(askedText).map(stem))
  const inAsking = (term: QueryTerm) => askedStems !== null && textWords(term.word).some((w) => askedStems.has(stem(w)))
  const weighted = terms
    .map((term) => {
      const forms = term.forms.filter((form, i) => i === 0 || !asked.has(form))
      const stems = forms.map((form) => textWords(form).map(stem))
      const found = (d: Words) =>
        stems.some((s) => s.length > 0 && (s.length === 1 ? d.set.has(s[0]!) : d.sequence.includes(` ${s.join(' ')} `)))
      const weight = term.weight ?? term.emphasis * Math.log(1 + (passages.length + 1) / (localDf(found) + 0.5))
      const current = previous === undefined || stems[0]!.some((s) => own.has(s))
      return { ...term, weight, stems, current, told: false }
    })
    .filter((t) => t.weight > 0)
  const askingHasTopic = weighted.some((t) => (t.df ?? 1) > 0 && t.emphasis >= 1 && inAsking(t))
  if (!askingHasTopic) return weighted
  return weighted.map((t) => (t.current && !inAsking(t) ? { ...t, told: true } : t))
}
