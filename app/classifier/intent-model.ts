// What a message does, as a second small model beside the topic classifier: asks a question the
// handbook may answer, reports something a person must deal with, or asks for a person. The topic
// (late, pay, harassment) does not decide it: "what's the policy if I'm late" asks, "running late, bus
// broke down" reports. Trained on the labelled set's `intent` column (scripts/train-classifier.ts).
import shippedIntentModel from './intent-model.json' with { type: 'json' }
import { deserializeModel, type LinearModel, predict, type SerializedModel } from './logistic-regression.ts'

export type Intent = 'question' | 'report' | 'person'
export const INTENTS: readonly Intent[] = ['question', 'report', 'person']

let model: LinearModel<Intent> | undefined

export function loadIntentModel(): LinearModel<Intent> {
  model ??= deserializeModel<Intent>(shippedIntentModel as SerializedModel)
  return model
}

/** The calibrated probability of each intent. */
export function intentScores(text: string, using: LinearModel<Intent> = loadIntentModel()): Record<Intent, number> {
  const ranked = predict(using, text)
  return Object.fromEntries(INTENTS.map((i) => [i, ranked.find((r) => r.label === i)?.score ?? 0])) as Record<
    Intent,
    number
  >
}

/** The probability that the message asks a question (rather than reports or asks for a person). */
export function questionProbability(text: string, using: LinearModel<Intent> = loadIntentModel()): number {
  return intentScores(text, using).question
}

/** The likeliest intent and its calibrated probability. */
export function readIntent(
  text: string,
  using: LinearModel<Intent> = loadIntentModel()
): { intent: Intent; score: number } {
  const best = predict(using, text)[0]!
  return { intent: best.label, score: best.score }
}
