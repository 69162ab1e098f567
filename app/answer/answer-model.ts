// How likely a sentence is to answer: a logistic regression over what the sentence scorer measured (the
// question's words in the sentence and around it, its heading and title, the kind of thing asked,
// figures, position), trained on labelled questions (scripts/train-answer-model.ts: a sentence answers
// when it holds the question's fact; every sentence read for a question the handbook does not answer is
// a negative). The extractive writer adds the lines it rates highest beside the best sentence. As the
// decline test and as the first choice it did worse than the scorer's own on every set (docs/benchmarks.md).
import type { RetrievedChunk } from '../knowledge/types.ts'
import model from './data/answer-model.json' with { type: 'json' }
import { REFERS_BACK } from './sentences.ts'
import type { ScoredUnit } from './sentence-scoring.ts'

export interface AnswerModel {
  features: string[]
  weights: number[]
  bias: number
}

export interface QuestionContext {
  /** How many topics the question has (words the handbook uses). */
  topics: number
  /** Share of the question's terms (by emphasis) the knowledge base never uses. */
  unknown: number
  /** The best passage's search score, to read each passage's as a share of it. */
  topScore: number
}

export const FEATURES = [
  'support',
  'own',
  'about',
  'topicsShare',
  'topicsAll',
  'ownZero',
  'kind',
  'specific',
  'quantity',
  'faqAsked',
  'example',
  'firstPassage',
  'passageRank',
  'first',
  'paragraphStart',
  'item',
  'intro',
  'length',
  'digit',
  'refersBack',
  'coverage',
  'scoreShare',
  'unknown',
  'handScore'
] as const

/** The question's side of the features: the same for every sentence. */
export function questionContext(passages: RetrievedChunk[], topics: number): QuestionContext {
  const terms = passages[0]?.terms ?? []
  const total = terms.reduce((n, t) => n + t.emphasis, 0)
  const unknown = total > 0 ? terms.filter((t) => t.df === 0).reduce((n, t) => n + t.emphasis, 0) / total : 0
  return { topics, unknown, topScore: passages[0]?.score ?? 0 }
}

export function unitFeatures(unit: ScoredUnit, passage: RetrievedChunk, context: QuestionContext): number[] {
  const s = unit.signals
  const values: Record<(typeof FEATURES)[number], number> = {
    support: unit.support,
    own: unit.own,
    about: unit.about,
    topicsShare: context.topics > 0 ? unit.topicsFound / context.topics : 1,
    topicsAll: unit.topicsFound >= Math.min(2, context.topics) ? 1 : 0,
    ownZero: unit.own === 0 ? 1 : 0,
    kind: s.kind,
    specific: s.specific ? 1 : 0,
    quantity: s.quantity,
    faqAsked: s.faqAsked,
    example: s.example ? 1 : 0,
    firstPassage: unit.passage === 0 ? 1 : 0,
    passageRank: 1 / (1 + unit.passage),
    first: s.first ? 1 : 0,
    paragraphStart: s.paragraphStart ? 1 : 0,
    item: unit.item ? 1 : 0,
    intro: unit.intro ? 1 : 0,
    length: Math.min(unit.text.length, 400) / 200,
    digit: /\d/.test(unit.text) ? 1 : 0,
    refersBack: REFERS_BACK.test(unit.text) ? 1 : 0,
    coverage: passage.coverage ?? 0,
    scoreShare: context.topScore > 0 ? passage.score / context.topScore : 0,
    unknown: context.unknown,
    handScore: unit.score
  }
  return FEATURES.map((f) => values[f])
}

export const ANSWER_MODEL: AnswerModel = model

/** The probability that a sentence with these features answers the question. */
export function answerProbability(features: number[], m: AnswerModel = ANSWER_MODEL): number {
  let z = m.bias
  for (let i = 0; i < features.length; i++) z += (m.weights[i] ?? 0) * features[i]!
  return 1 / (1 + Math.exp(-z))
}
