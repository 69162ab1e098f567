// OpenAI configured on a PostgreSQL without pgvector: full-text search alone, said in one line, with
// no embedding requested that could only be thrown away.
import t from 'tap'
import { ingestPaths } from '../../app/knowledge/ingest.ts'
import { seedSampleDirectory, PEOPLE, SAMPLE_HANDBOOK } from '../fixtures/data.ts'
import { runCli } from '../fixtures/cli.ts'
import { startServer } from '../fixtures/processes.ts'
import { deliverSms, replyText } from '../fixtures/twilio.ts'
import { build, createPostgresDatabase, postgresDatabase } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'
import { bearer, token } from '../fixtures/tokens.ts'

const skip = process.env.TEST_DATABASE_URL ? false : 'needs TEST_DATABASE_URL (a PostgreSQL without pgvector)'
const NOT_INSTALLED = /pgvector is not installed in this database; full-text search only/

t.test('npm run ingest writes the chunks, says so in one line and exits 0', { skip }, async (t) => {
  const { openai, env } = await startImitations(t, 'openai')
  const database = await postgresDatabase(t)
  const ingest = await runCli('ingest', [SAMPLE_HANDBOOK], { ...env, DATABASE_URL: database.url })
  t.equal(ingest.code, 0, ingest.stderr)
  t.match(ingest.stdout, /8 added/)
  t.match(ingest.stdout, NOT_INSTALLED)
  t.notMatch(ingest.stdout + ingest.stderr, /VectorStoreUnavailable|\n\s+at /, 'no stack trace')
  t.equal(openai.embeddingRequests().length, 0, 'nothing embedded')
})

t.test('questions are answered from full-text search without an embedding call', { skip }, async (t) => {
  const { openai, env } = await startImitations(t, 'openai')
  const database = await postgresDatabase(t)
  await seedSampleDirectory(database.db)
  await ingestPaths(database.db, [SAMPLE_HANDBOOK])
  const app = await build(t, { database, env })
  for (const question of ['when is payday', 'how much PTO do I get?']) {
    t.ok(replyText(await deliverSms(app, PEOPLE.alex, question)), question)
  }
  t.equal(openai.embeddingRequests().length, 0, 'no embedding requested')
  const validate = await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })
  t.notMatch(validate.body, /"ok":false[^}]*retriever/, 'the retriever is not reported broken')
})

t.test('the first npm run dev on an empty database starts and says so once', { skip }, async (t) => {
  const { env } = await startImitations(t, 'openai')
  const { url, drop } = await createPostgresDatabase()
  t.teardown(drop)
  const server = await startServer({ ...env, NODE_ENV: 'development', DATABASE_URL: url })
  t.teardown(() => server.stop('SIGKILL'))
  t.equal(server.output().match(new RegExp(NOT_INSTALLED.source, 'g'))?.length, 1, server.output())
  t.notMatch(server.output(), /VectorStoreUnavailable/)
  t.equal(await server.stop('SIGTERM'), 0)
})
