import t from 'tap'
import { interactions } from '../../drizzle/schema.ts'
import { ingestPaths } from '../../app/knowledge/ingest.ts'
import { PEOPLE, SAMPLE_HANDBOOK } from '../fixtures/data.ts'
import { replyText, deliverSms } from '../fixtures/twilio.ts'
import { build } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'
import { AUTH_TOKEN } from '../imitations/twilio.ts'
import { bearer, token } from '../fixtures/tokens.ts'

t.test('the webhook flow end to end with OpenAI, Pinecone, SageMaker and Twilio imitations at once', async (t) => {
  const { pinecone, sagemaker, twilio, env } = await startImitations(t, 'openai', 'pinecone', 'sagemaker', 'twilio')
  const app = await build(t, { seed: true, env: { ...env, PINECONE_NAMESPACE: 'acme' } })
  await ingestPaths(app.db, [SAMPLE_HANDBOOK])
  t.ok((await app.retriever.sync!()).embedded > 0)

  const validate = await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })
  t.equal(validate.statusCode, 200, validate.body)
  t.match(validate.json().checks, {
    llm: { mode: /OpenAI/ },
    retriever: { mode: /Pinecone/ },
    classifier: { mode: /SageMaker/ },
    sms: { mode: /Twilio/ }
  })

  const answer = replyText(
    await deliverSms(app, PEOPLE.alex, 'Do I get paid extra if I work on Thanksgiving?', { token: AUTH_TOKEN })
  )!
  t.match(answer, /time and a half.*\(Source: Paid time off \(PTO\)\)/)
  const urgent = replyText(await deliverSms(app, PEOPLE.jordan, 'I cut my hand on the slicer', { token: AUTH_TOKEN }))!
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
