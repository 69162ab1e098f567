// How well each sentence of the retrieved passages answers the question: the question's terms found
// in it (or, at a discount, around it: its neighbours, its section heading, its page title), whether
// it holds the kind of thing asked for (an amount for "how much"), and whether its figures fit.
import { buildTerms, type QueryTerm, queryWords, textWords } from '../knowledge/query-terms.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'
import { type AnswerKind, asksFor, holds, SPECIFIC } from './question-type.ts'
import { quantitiesIn, quantityFit } from './quantities.ts'
import { splitUnits, type Unit } from './sentences.ts'

export interface ScoredUnit extends Unit {
  passage: number
  position: number
  keys: Set<string>
  /** Share of the question's weight found in the sentence itself. */
  own: number
  /** Share found in it or around it, the surroundings counting less. */
  support: number
  score: number
}

export interface Scoring {
  units: ScoredUnit[]
  terms: WeightedTerm[]
  kinds: AnswerKind[]
}

interface WeightedTerm extends QueryTerm {
  weight: number
  keys: string[][]
  /** Said in this message (a follow-up's earlier question weighs less). */
  current: boolean
}

// What finding a term where counts for: in the sentence, a synonym in the sentence, next to it, in
// its heading or title, anywhere in its passage.
const CREDIT = { word: 1, synonym: 0.8, neighbour: 0.4, heading: 0.6, passage: 0.2 }
// A term the handbook uses elsewhere but this passage lacks counts extra against it: the passage is
// probably about something else ("smoke" in the fire drill is not "smoke on my break").
const ELSEWHERE_PENALTY = 1.5

export function scoreSentences(
  question: string,
  previousQuestion: string | undefined,
  passages: RetrievedChunk[]
): Scoring {
  const terms = weightTerms(question, previousQuestion, passages)
  const kinds = asksFor(question)
  const specific = kinds.filter((k) => SPECIFIC.has(k))
  const quantities = quantitiesIn(question)
  const units: ScoredUnit[] = []
  passages.forEach((passage, p) => {
    const context = keysOf(`${passage.title} ${passage.heading}`)
    const split = splitUnits(passage.content)
    const keys = split.map((u) => keysOf(u.text))
    const everywhere = new Set(keys.flatMap((k) => [...k]))
    // A page whose title or heading names what is asked is about it: its sentences come first.
    const about = share(terms, (term) => credit(term, context))
    split.forEach((unit, i) => {
      const near = [keys[i - 1], keys[i + 1]].filter((k): k is Set<string> => k !== undefined)
      let own = 0
      let support = 0
      let total = 0
      for (const term of terms) {
        const weight = term.weight * (term.current ? 1 : 0.5)
        const inSentence = credit(term, keys[i]!)
        const around = Math.max(
          Math.max(0, ...near.map((k) => credit(term, k))) * CREDIT.neighbour,
          credit(term, context) * CREDIT.heading,
          credit(term, everywhere) * CREDIT.passage
        )
        own += weight * inSentence
        support += weight * Math.max(inSentence, around)
        total += weight * (Math.max(inSentence, around) === 0 && (term.df ?? 0) > 0 ? ELSEWHERE_PENALTY : 1)
      }
      const shareOwn = total > 0 ? own / total : 0
      const shareSupport = total > 0 ? support / total : 0
      const typeFits = specific.length === 0 || specific.some((k) => holds(k, unit.text))
      const consequence = !kinds.includes('consequence') || holds('consequence', unit.text)
      const weakFits = kinds.filter((k) => !SPECIFIC.has(k)).some((k) => holds(k, unit.text))
      const score =
        (0.6 * shareSupport + 0.4 * shareOwn) * (typeFits ? 1 : 0.4) * (consequence ? 1 : 0.7) +
        (weakFits ? 0.05 : 0) +
        quantityBonus(quantityFit(quantities, unit.text)) +
        0.15 * about +
        (p === 0 ? 0.04 : p === 1 ? 0.02 : 0) +
        // The first sentence of a section or paragraph usually states its rule.
        (i === 0 ? 0.06 : split[i - 1]?.paragraph !== unit.paragraph ? 0.03 : 0)
      units.push({ ...unit, passage: p, position: i, keys: keys[i]!, own: shareOwn, support: shareSupport, score })
    })
  })
  return { units, terms, kinds }
}

/** The share of the terms' weight for which `found` gives credit. */
function share(terms: WeightedTerm[], found: (term: WeightedTerm) => number): number {
  const total = terms.reduce((n, t) => n + t.weight, 0)
  return total > 0 ? terms.reduce((n, t) => n + t.weight * found(t), 0) / total : 0
}

/** A bounded range that holds the figure ("2 to 5 years") says more than an open one ("after 90 days"). */
function quantityBonus(fit: { fit: number; bounded: boolean }): number {
  if (fit.fit > 0) return fit.bounded ? 0.25 : 0.1
  return fit.fit < 0 ? -0.25 : 0
}

/** 1 when the term's own word is among the keys, 0.8 for one of its synonyms, 0 otherwise. */
function credit(term: WeightedTerm, keys: Set<string>): number {
  for (const [i, formKeys] of term.keys.entries()) {
    if (formKeys.length > 0 && formKeys.every((k) => keys.has(k))) return i === 0 ? CREDIT.word : CREDIT.synonym
  }
  return 0
}

/**
 * The terms with their weights: the search's (rarity in the whole knowledge base) when it gave them,
 * otherwise rarity among these passages. Terms of this message count fully, a follow-up's earlier
 * question's at half weight.
 */
function weightTerms(question: string, previous: string | undefined, passages: RetrievedChunk[]): WeightedTerm[] {
  const own = new Set(queryWords(question).map(stem))
  const given = passages[0]?.terms
  const terms = given?.length ? given : buildTerms(`${previous ?? ''} ${question}`, new Map())
  const documents = passages.map((p) => keysOf(`${p.title} ${p.heading} ${p.content}`))
  return terms
    .map((term) => {
      const keys = term.forms.map((form) => textWords(form).map(stem))
      const localDf = documents.filter((d) => keys.some((k) => k.length > 0 && k.every((x) => d.has(x)))).length
      const weight = term.weight ?? term.emphasis * Math.log(1 + (documents.length + 1) / (localDf + 0.5))
      const current = keys[0]!.some((k) => own.has(k)) || previous === undefined
      return { ...term, weight, keys, current }
    })
    .filter((t) => t.weight > 0)
}

export function keysOf(text: string): Set<string> {
  return new Set(textWords(text).map(stem))
}

// A crude stem: common endings off, then the first five letters, so "reimbursed" meets
// "reimbursement" and "schedules" meets "scheduled".
export function stem(word: string): string {
  const base = word.length > 4 ? word.replace(/(ings?|ers?|ed|es|s)$/, '') : word
  const stemmed = base.length >= 3 ? base : word
  return stemmed.length > 5 ? stemmed.slice(0, 5) : stemmed
}
