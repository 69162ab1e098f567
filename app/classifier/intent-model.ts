// Whether a message asks something or tells something, as a second small model beside the topic
// classifier: trained on the topic data set (questions about policy against reports and requests)
// and on messages written for the distinction (app/classifier/data/intents.json). The intent reader
// (conversation/intent.ts) asks it only when the wording itself does not say.
import intentData from './data/intents.json' with { type: 'json' }
import { DATASET } from './dataset.ts'
import {
  deserializeModel,
  type Example,
  type LinearModel,
  predict,
  type SerializedModel
} from './logistic-regression.ts'
import shippedIntentModel from './intent-model.json' with { type: 'json' }

export type Intent = 'question' | 'report'
export const INTENTS: readonly Intent[] = ['question', 'report']

const REPORT_LABELS = new Set(['attendance', 'payroll', 'human_request', 'safety', 'hr_sensitive'])

/** The intent examples: the topic data set's policy questions and reports, and the written ones. */
export function intentExamples(): Example<Intent>[] {
  const fromTopics = DATASET.filter((m) => m.label === 'policy_question' || REPORT_LABELS.has(m.label)).map((m) => ({
    text: m.text,
    label: (m.label === 'policy_question' ? 'question' : 'report') as Intent
  }))
  const written = (intentData as Array<{ text: string; intent: Intent }>).map((m) => ({
    text: m.text,
    label: m.intent
  }))
  return [...fromTopics, ...written]
}

let model: LinearModel<Intent> | undefined

/** The probability that the message asks a question (rather than reports or requests). */
export function questionProbability(text: string, using: LinearModel<Intent> = loadIntentModel()): number {
  return predict(using, text).find((p) => p.label === 'question')!.score
}

export function loadIntentModel(): LinearModel<Intent> {
  model ??= deserializeModel<Intent>(shippedIntentModel as SerializedModel)
  return model
}
