import { eq } from 'drizzle-orm'
import t from 'tap'
import { interactions } from '../../drizzle/schema.ts'
import { bestPrediction, mapLabel } from '../../app/classifier/sagemaker-classifier.ts'
import { PEOPLE } from '../fixtures/data.ts'
import { replyText, deliverSms } from '../fixtures/twilio.ts'
import { build } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'
import { LABEL_MAP } from '../imitations/sagemaker.ts'
import { bearer, token } from '../fixtures/tokens.ts'

async function setup(t: Parameters<typeof build>[0]) {
  const { sagemaker, env } = await startImitations(t, 'sagemaker')
  // Every /validate asks the endpoint afresh (its answer is otherwise reused for a minute).
  const app = await build(t, { seed: true, env: { ...env, VALIDATE_CACHE_S: '0' } })
  return { app, sagemaker }
}

const last = async (app: Awaited<ReturnType<typeof build>>) => (await app.db.select().from(interactions)).at(-1)!

t.test('every response shape of the Hugging Face container is understood', async (t) => {
  t.same(
    bestPrediction([
      { label: 'LABEL_3', score: 0.9 },
      { label: 'LABEL_0', score: 0.1 }
    ]),
    { label: 'LABEL_3', score: 0.9 }
  )
  t.same(
    bestPrediction([
      [
        { label: 'LABEL_0', score: 0.1 },
        { label: 'LABEL_3', score: 0.9 }
      ]
    ]),
    { label: 'LABEL_3', score: 0.9 },
    'nested, unsorted'
  )
  t.same(bestPrediction({ label: 'POSITIVE', score: 0.99 }), { label: 'POSITIVE', score: 0.99 })
  t.throws(() => bestPrediction({ oops: true }), /no \{label, score\}/)
  t.throws(() => bestPrediction([{ label: 'x', score: 'high' }]), /no \{label, score\}/)
  t.equal(mapLabel('LABEL_3', JSON.parse(LABEL_MAP)), 'safety')
  t.equal(mapLabel('safety', {}), 'safety', 'labels already ours need no map')
  t.equal(mapLabel('POSITIVE', {}), 'other')
})

for (const shape of ['sorted', 'nested', 'single'] as const) {
  t.test(`classifies through the endpoint (${shape} response)`, async (t) => {
    const { app, sagemaker } = await setup(t)
    sagemaker.configure({ shape })
    await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')
    t.match(await last(app), { label: 'payroll', classifier: 'sagemaker', escalation: 'normal', fallbacks: [] })
    const request = sagemaker.requests.at(-1)!
    t.match(request.json, { inputs: 'my paycheck is short this week' })
    t.equal(request.headers['content-type'], 'application/json')
    t.match(
      String(request.headers.authorization),
      /^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d+\/us-east-1\/sagemaker\//,
      'signed with SigV4'
    )
  })
}

t.test('the safety rules run even when the model disagrees', async (t) => {
  const { app, sagemaker } = await setup(t)
  sagemaker.configure({ forceLabel: 'smalltalk' })
  t.match(
    replyText(await deliverSms(app, PEOPLE.alex, 'there is smoke coming out of the fryer')),
    /^If anyone is hurt or in danger, call 911/
  )
  t.match(await last(app), { label: 'safety', escalation: 'urgent', classifier: 'rules:fire' })
  await deliverSms(app, PEOPLE.jordan, 'my lead keeps bullying me')
  t.match(await last(app), { label: 'hr_sensitive', classifier: 'rules:bullying' })
})

t.test('a doubtful "safety" from the endpoint pages nobody; the report still reaches the manager', async (t) => {
  const { app, sagemaker } = await setup(t)
  sagemaker.configure({ forceLabel: 'safety', forceScore: 0.4 })
  const reply = replyText(await deliverSms(app, PEOPLE.alex, 'walk in cooler door wont latch shut'))!
  t.notMatch(reply, /911/)
  t.match(await last(app), { label: 'other', classifier: 'sagemaker:unsure', escalation: 'none' })
  sagemaker.configure({ forceLabel: 'safety', forceScore: 0.99 })
  t.match(
    replyText(await deliverSms(app, PEOPLE.jordan, 'walk in cooler door wont latch shut')),
    /911/,
    'a sure one does'
  )
})

t.test("a doubtful endpoint 'safety' never hides a danger rule's emergency", async (t) => {
  const { app, sagemaker } = await setup(t)
  sagemaker.configure({ forceLabel: 'safety', forceScore: 0.5 })
  t.match(
    replyText(await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer')),
    /^If anyone is hurt or in danger/
  )
  t.match(await last(app), { label: 'safety', escalation: 'urgent', classifier: 'rules:injury' })
})

for (const [name, behaviours] of [
  ['a ModelError (424)', [424, 424]],
  ['not ready (429)', [429, 429]],
  ['garbage', ['garbage']]
] as const) {
  t.test(`${name}: the local classifier answers and the fallback is recorded`, async (t) => {
    const { app, sagemaker } = await setup(t)
    sagemaker.script(...behaviours)
    await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer')
    const row = await last(app)
    t.match(row, { label: 'safety', escalation: 'urgent' })
    t.equal(row.fallbacks.length, 1)
    t.match(row.fallbacks[0], /^classifier:/)
  })
}

t.test('a hanging endpoint: the local classifier answers within CLASSIFIER_TIMEOUT_MS', async (t) => {
  const { app, sagemaker } = await setup(t)
  sagemaker.script('hang')
  const started = Date.now()
  await deliverSms(app, PEOPLE.alex, 'can i talk to a manager')
  t.ok(Date.now() - started < 3000)
  const [row] = await app.db.select().from(interactions).where(eq(interactions.question, 'can i talk to a manager'))
  t.match(row, { label: 'human_request', fallbacks: ['classifier:timeout'] })
})

t.test('/validate invokes the endpoint', async (t) => {
  const { app, sagemaker } = await setup(t)
  t.match((await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })).json().checks.classifier, {
    ok: true,
    mode: /SageMaker endpoint sms-classifier/
  })
  sagemaker.script(424, 424)
  t.equal((await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })).statusCode, 503)
})
