// `npm run train:classifier`: trains the local classifier on app/classifier/data/messages.json and the
// intent model on that and app/classifier/data/intents.json, and writes app/classifier/model.json and
// intent-model.json. Training is deterministic; tests check the shipped models match the data.
import { writeFile } from 'node:fs/promises'
import { DATASET } from '../app/classifier/dataset.ts'
import { intentExamples } from '../app/classifier/dataset.ts'
import { INTENTS } from '../app/classifier/intent-model.ts'
import { serializeModel, trainLogisticRegression } from '../app/classifier/logistic-regression.ts'
import { LABELS } from '../app/classifier/types.ts'

export function trainShippedModel() {
  return serializeModel(trainLogisticRegression(DATASET, LABELS))
}

export function trainIntentModel() {
  return serializeModel(trainLogisticRegression(intentExamples(), INTENTS))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now()
  const model = trainShippedModel()
  await writeFile(new URL('../app/classifier/model.json', import.meta.url), JSON.stringify(model) + '\n')
  const intent = trainIntentModel()
  await writeFile(new URL('../app/classifier/intent-model.json', import.meta.url), JSON.stringify(intent) + '\n')
  console.log(
    `trained on ${DATASET.length} messages in ${Math.round(performance.now() - started)} ms: ` +
      `${model.features.split('\n').length} features -> app/classifier/model.json; ` +
      `intent on ${intentExamples().length} messages, ${intent.features.split('\n').length} features -> app/classifier/intent-model.json`
  )
}
