// `npm run train:classifier`: trains the local classifier on app/classifier/data/messages.json and
// writes app/classifier/model.json. Training is deterministic; a test checks the shipped model matches.
import { writeFile } from 'node:fs/promises'
import { DATASET } from '../app/classifier/dataset.ts'
import { serializeModel, trainLogisticRegression } from '../app/classifier/logistic-regression.ts'
import { LABELS } from '../app/classifier/types.ts'

export function trainShippedModel() {
  return serializeModel(trainLogisticRegression(DATASET, LABELS))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now()
  const model = trainShippedModel()
  const path = new URL('../app/classifier/model.json', import.meta.url)
  await writeFile(path, JSON.stringify(model) + '\n')
  console.log(
    `trained on ${DATASET.length} messages in ${Math.round(performance.now() - started)} ms: ` +
      `${model.features.split('\n').length} features -> app/classifier/model.json`
  )
}
