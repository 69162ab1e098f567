// Whether a message asks something or tells something, as a second small model beside the topic
// classifier: trained on the topic data set (questions about policy against reports and requests)
// and on messages written for the distinction (app/classifier/data/intents.json). The intent reader
// (conversation/intent.ts) asks it only when the wording itself does not say. Its training examples
// are in dataset.ts, so the training data never ships in the Lambda bundle.
import { deserializeModel, type LinearModel, predict, type SerializedModel } from './logistic-regression.ts'
import shippedIntentModel from './intent-model.json' with { type: 'json' }

export type Intent = 'question' | 'report'
export const INTENTS: readonly Intent[] = ['question', 'report']

let model: LinearModel<Intent> | undefined

/** The probability that the message asks a question (rather than reports or requests). */
export function questionProbability(text: string, using: LinearModel<Intent> = loadIntentModel()): number {
  return predict(using, text).find((p) => p.label === 'question')!.score
}

export function loadIntentModel(): LinearModel<Intent> {
  model ??= deserializeModel<Intent>(shippedIntentModel as SerializedModel)
  return model
}
