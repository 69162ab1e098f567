import t from 'tap'
import { DATASET, intentExamples, isHeldOut, splitDataset } from '../app/classifier/dataset.ts'
import { INTENTS, loadIntentModel, questionProbability } from '../app/classifier/intent-model.ts'
import { classifyText, loadShippedModel } from '../app/classifier/local-classifier.ts'
import {
  deserializeModel,
  predict,
  type SerializedModel,
  serializeModel,
  trainLogisticRegression
} from '../app/classifier/logistic-regression.ts'
import shippedIntentJson from '../app/classifier/intent-model.json' with { type: 'json' }
import shippedJson from '../app/classifier/model.json' with { type: 'json' }
import { isPleasantry, matchHrSensitive, matchSafety } from '../app/classifier/rules.ts'
import { LABELS } from '../app/classifier/types.ts'
import { trainIntentModel, trainShippedModel } from '../scripts/train-classifier.ts'

t.test('held-out accuracy and recall of the escalating labels', async (t) => {
  const { train, heldOut } = splitDataset()
  t.ok(heldOut.length >= 100, `held-out split has ${heldOut.length} messages`)
  // Trained without the held-out messages, so the figures say how it does on text it has not seen.
  const model = trainLogisticRegression(train, LABELS)
  let correct = 0
  const recall: Record<string, { found: number; total: number }> = {}
  for (const { text, label } of heldOut) {
    const predicted = classifyText(text, model).label
    if (predicted === label) correct++
    recall[label] ??= { found: 0, total: 0 }
    recall[label].total++
    if (predicted === label) recall[label].found++
  }
  const accuracy = correct / heldOut.length
  t.comment(
    `held-out accuracy ${(accuracy * 100).toFixed(1)}% on ${heldOut.length} messages; ` +
      Object.entries(recall)
        .map(([l, r]) => `${l} ${r.found}/${r.total}`)
        .join(', ')
  )
  t.ok(accuracy >= 0.9, `accuracy ${accuracy.toFixed(3)} >= 0.90`)
  t.equal(recall.safety!.found, recall.safety!.total, 'every held-out safety message is caught')
  t.equal(recall.hr_sensitive!.found, recall.hr_sensitive!.total, 'every held-out hr_sensitive message is caught')
})

t.test('the shipped model is the one the data set trains', async (t) => {
  const fresh = deserializeModel(trainShippedModel())
  const shipped = loadShippedModel()
  for (const { text } of DATASET.slice(0, 80)) {
    t.equal(predict(shipped, text)[0]!.label, predict(fresh, text)[0]!.label, text)
  }
  t.equal(shipped.weights.size, fresh.weights.size, 'run `npm run train:classifier` after changing the data set')
})

t.test('the shipped form finds every trained feature, and nothing else', async (t) => {
  const trained = trainLogisticRegression(DATASET.slice(0, 200), LABELS, { epochs: 3 })
  const data = serializeModel(trained)
  const loaded = deserializeModel(data)
  t.equal(loaded.weights.size, trained.weights.size)
  let mismatches = 0
  for (const [feature, weights] of trained.weights) {
    const found = loaded.weights.get(feature)
    // Quantised to int8: each weight within half a step of the trained one.
    if (!found || [...weights].some((w, j) => Math.abs(w - found[j]!) > data.scale / 2 + 1e-6)) mismatches++
  }
  t.equal(mismatches, 0, 'every feature found with its weights')
  const [first] = trained.weights.keys()
  for (const absent of ['', 'zzzz no such feature', `${first}\u0000`, '\uffff'])
    t.equal(loaded.weights.get(absent), undefined, JSON.stringify(absent))
  // The lookup searches by halves: the shipped files must keep their features in order.
  for (const [name, json] of [
    ['model.json', shippedJson],
    ['intent-model.json', shippedIntentJson]
  ] as const) {
    const features = (json as SerializedModel).features.split('\n')
    t.ok(
      features.every((f, i) => i === 0 || features[i - 1]! < f),
      `${name}: features strictly ascending`
    )
  }
})

t.test('output carries the escalation decision', async (t) => {
  t.match(classifyText('I cut my hand on the slicer'), { label: 'safety', escalation: 'urgent', score: 1 })
  t.match(classifyText('my manager keeps touching me and i told him to stop'), {
    label: 'hr_sensitive',
    escalation: 'high'
  })
  t.match(classifyText('running late, bus broke down'), { label: 'attendance', escalation: 'normal' })
  t.match(classifyText('my paycheck is missing my overtime'), { label: 'payroll', escalation: 'normal' })
  t.match(classifyText('can i talk to a manager please'), { label: 'human_request', escalation: 'normal' })
  t.match(classifyText('how much PTO do I get?'), { label: 'policy_question', escalation: 'none' })
  t.match(classifyText('ok thx 👍'), { label: 'smalltalk', escalation: 'none' })
  t.match(classifyText(''), { label: 'other', escalation: 'none' })
})

t.test('safety rules catch emergencies however they are typed', async (t) => {
  for (const text of [
    'theres smoke in the back',
    'SOMEONE IS BLEEDING',
    'guy has a gun in the lot',
    'i slipped and fell in the cooler',
    'smells like gas by the fryer',
    'coworker passed out',
    'a customer punched me',
    'we got robbed',
    'chemical spill aisle 4',
    'burned my arm on the grill',
    'hay un incendio',
    'me corté el dedo',
    'kid is missing',
    'my chest hurts'
  ])
    t.ok(matchSafety(text), text)
})

t.test('safety rules do not fire on everyday phrases', async (t) => {
  for (const text of [
    'are they going to fire me',
    'they cut my hours again',
    'where do i get a flu shot',
    'family emergency, cant come in',
    'vet emergency with my dog',
    'how do i update my emergency contact',
    'how much PTO do I get?'
  ])
    t.equal(matchSafety(text), null, text)
})

t.test('hr rules catch harassment, discrimination, retaliation and bullying', async (t) => {
  for (const text of [
    'he keeps touching me',
    'racist comments in the break room',
    'they cut my shifts after i complained',
    'my lead keeps bullying me',
    'i want to report my manager anonymously',
    'mi supervisor me acosa'
  ])
    t.ok(matchHrSensitive(text), text)
  t.equal(matchHrSensitive('how do i request time off'), null)
})

t.test('pleasantries', async (t) => {
  for (const text of ['ok', 'thanks!', 'ok thx', '👍', '🙏🙏', 'got it, thanks', 'good morning'])
    t.ok(isPleasantry(text), text)
  for (const text of ['ok so how much pto do i get', 'thanks but my check is wrong', 'no'])
    t.notOk(isPleasantry(text), text)
})

t.test('the intent model: held-out accuracy, and the shipped one is the one the data trains', async (t) => {
  const examples = intentExamples()
  const heldOut = examples.filter((e) => isHeldOut(e.text))
  const model = trainLogisticRegression(
    examples.filter((e) => !isHeldOut(e.text)),
    INTENTS
  )
  const correct = heldOut.filter((e) => (questionProbability(e.text, model) >= 0.5 ? 'question' : 'report') === e.label)
  const accuracy = correct.length / heldOut.length
  t.comment(`intent held-out accuracy ${(accuracy * 100).toFixed(1)}% on ${heldOut.length} messages`)
  t.ok(accuracy >= 0.9, `intent accuracy ${accuracy.toFixed(3)} >= 0.90`)
  const fresh = deserializeModel(trainIntentModel())
  t.equal(loadIntentModel().weights.size, fresh.weights.size, 'run `npm run train:classifier` after changing the data')
  t.ok(questionProbability('whats the policy if im running late') > 0.5)
  t.ok(questionProbability('running late, bus broke down') < 0.5)
})
