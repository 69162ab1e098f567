import t from 'tap'
import { interactions } from '../../drizzle/schema.ts'
import { ingestPaths } from '../../app/knowledge/ingest.ts'
import { PEOPLE, SAMPLE_HANDBOOK } from '../fixtures/data.ts'
import { replyText, sendSms } from '../fixtures/twilio.ts'
import { build } from '../helper.ts'
import { OPENAI_KEY, startOpenAi } from '../imitations/openai.ts'
import { PINECONE_KEY, startPinecone } from '../imitations/pinecone.ts'
import { LABEL_MAP, startSageMaker } from '../imitations/sagemaker.ts'
import { ACCOUNT_SID, AUTH_TOKEN, startTwilio } from '../imitations/twilio.ts'

t.test('the webhook flow end to end with OpenAI, Pinecone, SageMaker and Twilio imitations at once', async (t) => {
  const [openai, pinecone, sagemaker, twilio] = await Promise.all([
    startOpenAi(),
    startPinecone(),
    startSageMaker('sms-classifier'),
    startTwilio()
  ])
  t.teardown(() => Promise.all([openai.close(), pinecone.close(), sagemaker.close(), twilio.close()]))
  const saved = { ...process.env }
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME: sagemaker.url,
    AWS_ACCESS_KEY_ID: 'AKIATEST',
    AWS_SECRET_ACCESS_KEY: 'secret'
  })
  t.teardown(() => {
    process.env = saved
  })

  const app = await build(t, {
    seed: true,
    env: {
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: openai.url,
      VECTOR_STORE: 'pinecone',
      PINECONE_API_KEY: PINECONE_KEY,
      PINECONE_INDEX_HOST: pinecone.url,
      PINECONE_NAMESPACE: 'acme',
      CLASSIFIER: 'sagemaker',
      SAGEMAKER_ENDPOINT_NAME: 'sms-classifier',
      CLASSIFIER_LABEL_MAP: LABEL_MAP,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_BASE_URL: twilio.url
    }
  })
  await ingestPaths(app.db, [SAMPLE_HANDBOOK])
  t.ok((await app.retriever.sync!()).embedded > 0)

  const validate = await app.inject({ method: 'GET', url: '/validate' })
  t.equal(validate.statusCode, 200, validate.body)
  t.match(validate.json().checks, {
    llm: { mode: /OpenAI/ },
    retriever: { mode: /Pinecone/ },
    classifier: { mode: /SageMaker/ },
    sms: { mode: /Twilio/ }
  })

  const answer = replyText(
    await sendSms(app, PEOPLE.alex, 'Do I get paid extra if I work on Thanksgiving?', { token: AUTH_TOKEN })
  )!
  t.match(answer, /time and a half.*\(Source: Paid time off \(PTO\)\)/)
  const urgent = replyText(await sendSms(app, PEOPLE.jordan, 'I cut my hand on the slicer', { token: AUTH_TOKEN }))!
  t.match(urgent, /^If anyone is hurt or in danger, call 911 now\./)
  t.match(twilio.sent().at(-1), { To: PEOPLE.manager, Body: /^URGENT: Jordan Kim/ })

  const rows = await app.db.select().from(interactions)
  t.match(rows[0], { answerMode: 'llm', classifier: 'sagemaker', fallbacks: [], model: /gpt-4o-mini/ })
  t.ok(rows[0]!.sources.length > 0)
  t.match(rows[1], { label: 'safety', escalation: 'urgent', fallbacks: [] })
  t.ok(
    pinecone.requests.some((r) => r.path === '/query'),
    'Pinecone was queried'
  )
  t.ok(sagemaker.requests.length >= 2, 'SageMaker classified')
})
