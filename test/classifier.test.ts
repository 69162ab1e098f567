import t from 'tap'
import { inSplit, loadDataset, topicExamples } from '../app/classifier/dataset.ts'
import { INTENTS, intentScores, loadIntentModel } from '../app/classifier/intent-model.ts'
import shippedIntentJson from '../app/classifier/intent-model.json' with { type: 'json' }
import shippedLanguageJson from '../app/classifier/language-model.json' with { type: 'json' }
import { classifyText, loadShippedModel } from '../app/classifier/local-classifier.ts'
import {
  deserializeModel,
  predict,
  type SerializedModel,
  serializeModel,
  trainLogisticRegression
} from '../app/classifier/logistic-regression.ts'
import shippedJson from '../app/classifier/model.json' with { type: 'json' }
import { LABELS } from '../app/classifier/types.ts'
import { afterGreeting, clausesAfterChatter, clausesBeforeChatter, isPleasantry } from '../app/text/pleasantry.ts'
import { trainIntentModel, trainTopicModel } from '../scripts/train-classifier.ts'

t.test('the labelled set: size, Spanish share, splits by family', async (t) => {
  const data = loadDataset()
  const spanish = data.filter((m) => m.lang === 'es').length / data.length
  t.comment(`${data.length} labelled messages, ${(spanish * 100).toFixed(0)}% Spanish`)
  t.ok(data.length >= 2000)
  t.ok(spanish >= 0.33 && spanish <= 0.45, 'about a third to two fifths in Spanish')
  const families = (split: 'train' | 'heldOut') =>
    new Set(inSplit(split, data).flatMap((m) => (m.family.startsWith('template:') ? [m.family] : [])))
  const heldOutFamilies = families('heldOut')
  t.same(
    [...families('train')].filter((f) => heldOutFamilies.has(f)),
    [],
    'no template family in both splits'
  )
})

t.test('held-out topic accuracy and calibration', async (t) => {
  const heldOut = inSplit('heldOut')
  const model = loadShippedModel()
  const correct = heldOut.filter((m) => predict(model, m.text)[0]!.label === m.label).length
  t.comment(`held-out topic accuracy ${((correct / heldOut.length) * 100).toFixed(1)}% on ${heldOut.length}`)
  t.ok(correct / heldOut.length >= 0.85)
  // Calibrated: among held-out texts the model is at least 90% sure of, it is right at least 85% of the time.
  const sure = heldOut.filter((m) => predict(model, m.text)[0]!.score >= 0.9)
  const right = sure.filter((m) => predict(model, m.text)[0]!.label === m.label).length
  t.ok(right / sure.length >= 0.85, `right on ${right} of ${sure.length} it is sure of`)
})

t.test('the shipped models are the ones the data set trains', async (t) => {
  for (const [shipped, fresh] of [
    [loadShippedModel(), deserializeModel(serializeModel(trainTopicModel()))],
    [loadIntentModel(), deserializeModel(serializeModel(trainIntentModel()))]
  ] as const) {
    t.equal(shipped.weights.size, fresh.weights.size, 'run `npm run train:classifier` after changing the data set')
    t.equal(shipped.temperature, fresh.temperature)
  }
})

t.test('the shipped form finds every trained feature, and nothing else', async (t) => {
  const trained = trainLogisticRegression(topicExamples(loadDataset().slice(0, 200)), LABELS, { epochs: 3 })
  const data = serializeModel(trained)
  const loaded = deserializeModel(data)
  t.equal(loaded.weights.size, trained.weights.size)
  let mismatches = 0
  for (const [feature, weights] of trained.weights) {
    const found = loaded.weights.get(feature)
    if (!found || [...weights].some((w, j) => Math.abs(w - found[j]!) > data.scale / 2 + 1e-6)) mismatches++
  }
  t.equal(mismatches, 0, 'every feature found with its weights')
  for (const absent of ['', 'zzzz no such feature', '\uffff']) t.equal(loaded.weights.get(absent), undefined)
  for (const [name, json] of [
    ['model.json', shippedJson],
    ['intent-model.json', shippedIntentJson],
    ['language-model.json', shippedLanguageJson]
  ] as const) {
    const features = (json as SerializedModel).features.split('\n')
    t.ok(
      features.every((f, i) => i === 0 || features[i - 1]! < f),
      `${name}: features strictly ascending`
    )
  }
})

t.test('output carries the escalation decision; an unsure label is marked so', async (t) => {
  t.match(classifyText('I cut my hand on the slicer'), { label: 'safety', escalation: 'urgent', score: 1 })
  t.match(classifyText('me corte el dedo con la rebanadora'), { label: 'safety', escalation: 'urgent' })
  t.match(classifyText('my manager keeps touching me and i told him to stop'), { label: 'hr_sensitive' })
  t.match(classifyText('running late, bus broke down'), { label: 'attendance', escalation: 'normal' })
  t.match(classifyText('the dish machine is broken again'), { label: 'operations', escalation: 'normal' })
  t.match(classifyText('how much PTO do I get?'), { label: 'policy_question', escalation: 'none' })
  t.match(classifyText('ok thx 👍'), { label: 'smalltalk' })
  t.match(classifyText(''), { label: 'other' })
  // Out of its domain the model is unsure, and unsure is never an emergency.
  t.not(classifyText('kitchen is out of napkins until the next delivery').label, 'safety')
})

t.test('said to have nobody in it or hurt, the model alone reads no emergency; a rule still does', async (t) => {
  const text = 'freight elevator stuck with the doors open, no one inside'
  // The shipped model alone is near sure (0.988) of an emergency here; what the sender says overrules it.
  t.not(classifyText(text).label, 'safety')
  t.equal(classifyText('gas smell in the kitchen, nobody hurt yet').label, 'safety', 'a gas smell still pages')
  t.equal(classifyText('forklift tipped over on marco, nobody else hurt').label, 'safety')
})

t.test('pleasantries, and what people text a number they do not know, in both languages', async (t) => {
  for (const text of [
    'ok',
    'thanks!',
    'ok thx',
    '👍',
    'good morning',
    'ok gracias',
    'buenos dias',
    'va, gracias',
    'test',
    'testing 123',
    'sorry wrong number',
    'perdon numero equivocado',
    'who is this?',
    'who are you?',
    'quien eres?',
    'quien eres tu?',
    'is this a real person or a bot',
    'are u a robot?',
    'eres un robot o una persona real?',
    'con quien hablo?',
    'hola quien es este numero?',
    'whose number is this',
    'perdon me equivoque de numero',
    'happy friday from the bell stand 🛎️',
    'feliz viernes',
    'new phone who dis',
    'oh so this is the new number. saving it',
    'quien habla?',
    'just saved this number, its mike from the egg farm',
    'morning from the bakery crew ☕🥐',
    'quien es? me llego un mensaje de este numero',
    'is this the box plant number? just saving it',
    'got it see u tmrw',
    'night yall see u tmrw',
    'gnight everyone',
    'ok nos vemos manana',
    'buenas, nomas probando si funciona este numero',
    'just testing if this number works',
    'oh wait found it in the app, disregard',
    'nvm found it',
    'ya lo encontre, gracias',
    'que onda, este es el numero nuevo?',
    'es este el numero del trabajo?',
    // A holiday's wishes to the crew.
    'feliz navidad a todo el turno de la mañana 🎄',
    'happy thanksgiving to the whole night crew!',
    'merry xmas everyone'
  ])
    t.ok(isPleasantry(text), text)
  for (const text of [
    'ok so how much pto do i get',
    'test results came back, when do i start',
    'wrong number on my check, its 30 hours not 40',
    'thanks but my check is wrong',
    'no',
    'gracias pero no me pagaron',
    'happy friday, can i leave at 3',
    'morning, im running late',
    'see u tmrw, ill be 20 min late',
    'night shift is short 2 people',
    'checking if this number works for call outs, im sick today',
    'found it, but my check is still short',
    'nvm the fryer is on fire',
    'este es el numero para reportarse enfermo? no voy a ir hoy',
    'feliz navidad, mañana no voy a poder ir',
    'merry christmas everyone i quit'
  ])
    t.notOk(isPleasantry(text), text)
})

t.test('the intent model reads asking, reporting and asking for a person', async (t) => {
  t.same(INTENTS, ['question', 'report', 'person'])
  const best = (text: string) => Object.entries(intentScores(text)).sort((a, b) => b[1] - a[1])[0]![0]
  t.equal(best('whats the policy if im running late'), 'question')
  t.equal(best('running late, bus broke down'), 'report')
  t.equal(best('can a real person call me'), 'person')
  t.equal(best('cuantos dias de vacaciones tengo'), 'question')
  t.equal(best('no voy a poder ir hoy, estoy enferma'), 'report')
})

t.test('news after a greeting is read without it; a greeting that is chatter all through stays chatter', async (t) => {
  t.equal(afterGreeting('buenos dias no voy a poder ir hoy tengo calentura'), 'no voy a poder ir hoy tengo calentura')
  t.equal(afterGreeting('hey good morning, the dish machine is down again'), 'the dish machine is down again')
  t.equal(afterGreeting('buenos dias a todos'), 'buenos dias a todos', 'nothing after the greeting')
  t.equal(afterGreeting('how much pto do i get'), 'how much pto do i get', 'no greeting')
  t.equal(
    classifyText('buenos dias no voy a poder ir hoy tengo calentura y me duele todo el cuerpo').label,
    'attendance'
  )
  t.equal(classifyText('buenos dias a todos que tengan buen turno').label, 'smalltalk')
})

t.test(
  'news or a question after a joke is read from where the joke ends; chatter all through stays chatter',
  async (t) => {
    t.same(clausesAfterChatter('este trabajo me esta matando jaja, puedo salir temprano el viernes?'), [
      'puedo salir temprano el viernes?'
    ])
    t.same(clausesAfterChatter('im dying lol'), [], 'nothing after the joke')
    t.same(clausesAfterChatter('haha ok thanks'), [], 'only pleasantries after it')
    t.equal(classifyText('este trabajo me esta matando jaja, puedo salir temprano el viernes?').label, 'attendance')
    t.equal(classifyText('lol this rush was crazy today, great job everyone').label, 'smalltalk')
    t.equal(classifyText('jajaja que buena onda, gracias por todo hoy').label, 'smalltalk')
    t.equal(
      classifyText('este trabajo me esta matando jaja, puedo salir temprano el viernes?').read,
      'puedo salir temprano el viernes?',
      'what was read, so its intent is read there too'
    )
    t.notOk(classifyText('how much pto do i get').read, 'the whole text read')
    // A question before the joke is read the same way; chatter asked before chatter stays chatter.
    t.equal(classifyText('how long is lunch on a 10 hr shift?? this line is killing me lol').label, 'policy_question')
    t.equal(classifyText('how are you?? this shift is killing me lol').label, 'smalltalk')
    t.equal(classifyText('did you see the game last night? crazy lol').label, 'smalltalk')
    // The turn to the matter ("anyway") is no part of the question; asked, the model's first reading of it will do.
    t.same(clausesAfterChatter('this shift is killing me lol. anyway what time is lunch on saturdays'), [
      'what time is lunch on saturdays'
    ])
    const asked = classifyText('this shift is killing me lol. anyway what time is lunch on saturdays')
    t.equal(asked.read, 'what time is lunch on saturdays')
    t.ok(['policy_question', 'other'].includes(asked.label), 'a question for search, not chatter')
    t.equal(classifyText('this shift is killing me lol. anyway see u tmrw').label, 'smalltalk')
    // News told with a sigh before chatter is news: a machine down is the manager's.
    t.same(clausesBeforeChatter('the dish machine died again, love that for us. 200 covers tonight'), [
      'the dish machine died again',
      'the dish machine died again, love that for us'
    ])
    t.equal(afterGreeting('oh great the dish machine died again'), 'the dish machine died again')
    t.equal(
      classifyText('oh great the dish machine died again, love that for us. 200 covers tonight').label,
      'operations'
    )
    t.equal(classifyText('ugh perfect the walk-in died again lol').label, 'operations')
    t.equal(classifyText('this job is killing me, lol see you tmrw').label, 'smalltalk')
    t.equal(classifyText('the new menu looks amazing lol cant wait').label, 'smalltalk')
  }
)

t.test('a texting form the model never saw is read as the words it stands for', async (t) => {
  // "wats" is in no labelled text; the SMS lexicon reads it as "whats", which the model knows.
  t.not(classifyText('wats the number for the ethics hotline').label, 'smalltalk')
  t.equal(
    classifyText('wats the number for the ethics hotline').label,
    classifyText('whats the number for the ethics hotline').label
  )
})
