import t from 'tap'
import { ConfigError, loadConfig, loadDatabaseConfig } from '../app/config.ts'
import { testEnv } from './helper.ts'

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  return []
}

t.test('a complete environment loads, with defaults and conversions', async (t) => {
  const config = loadConfig(
    testEnv({ PORT: '8080', DATABASE_PREPARE: 'false', PUBLIC_BASE_URL: 'https://x.example.com/Prod/' })
  )
  t.equal(config.PORT, 8080)
  t.equal(config.DATABASE_PREPARE, false)
  t.equal(config.SMS_MAX_SEGMENTS, 3)
  t.equal(config.PUBLIC_BASE_URL, 'https://x.example.com/Prod', 'trailing slash removed')
})

t.test('production names every missing variable', async (t) => {
  const problems = problemsOf({ NODE_ENV: 'production' })
  t.ok(
    problems.some((p) => p.startsWith('PUBLIC_BASE_URL: is required')),
    problems.join('; ')
  )
  t.ok(
    problems.some((p) => p.startsWith('TWILIO_AUTH_TOKEN: is required')),
    problems.join('; ')
  )
  for (const number of ['TWILIO_EMPLOYEE_NUMBER', 'TWILIO_MANAGER_NUMBER']) {
    t.ok(
      problems.some((p) => p.startsWith(`${number}: is required`)),
      `${number}: production has no test-number default`
    )
  }
})

t.test('malformed values are named without echoing them', async (t) => {
  const problems = problemsOf(
    testEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://secret-password@db', SMS_MAX_SEGMENTS: '0', METRICS: 'loud' })
  )
  for (const key of ['PORT', 'DATABASE_URL', 'SMS_MAX_SEGMENTS', 'METRICS']) {
    t.ok(
      problems.some((p) => p.startsWith(`${key}: is malformed`)),
      `${key} reported`
    )
  }
  t.notOk(problems.join(' ').includes('secret-password'), 'the value is not echoed')
})

t.test('cross-field rules', async (t) => {
  t.match(problemsOf(testEnv({ JWT_SECRET: 'short' })), [/JWT_SECRET: must be at least 32 bytes/])
  t.match(problemsOf(testEnv({ JWT_SECRET: undefined })), [/JWT_SECRET: is required/])
  t.match(problemsOf(testEnv({ VECTOR_STORE: 'pinecone' })), [
    /PINECONE_API_KEY/,
    /PINECONE_INDEX_HOST/,
    /OPENAI_API_KEY/
  ])
  t.match(problemsOf(testEnv({ CLASSIFIER: 'sagemaker' })), [/SAGEMAKER_ENDPOINT_NAME/])
  t.match(problemsOf(testEnv({ CLASSIFIER_LABEL_MAP: '[1,2]' })), [/CLASSIFIER_LABEL_MAP: is malformed/])
})

t.test('blank values count as unset', async (t) => {
  t.match(problemsOf(testEnv({ TWILIO_AUTH_TOKEN: '   ' })), [/TWILIO_AUTH_TOKEN: is required/])
  t.equal(loadConfig(testEnv({ OPENAI_API_KEY: '' })).OPENAI_API_KEY, undefined)
})

t.test('development mode ships documented dev secrets and a local URL', async (t) => {
  const config = loadConfig({ NODE_ENV: 'development' })
  t.equal(config.TWILIO_AUTH_TOKEN, 'dev-twilio-auth-token')
  t.equal(config.PUBLIC_BASE_URL, 'http://localhost:3000')
  t.ok(Buffer.byteLength(config.JWT_SECRET ?? '') >= 32)
})

t.test('the database CLIs need only the database settings', async (t) => {
  const config = loadDatabaseConfig({ DATABASE_URL: 'postgres://u@h/db' })
  t.equal(config.DATABASE_URL, 'postgres://u@h/db')
  t.equal(config.DATABASE_POOL_MAX, 5)
  t.throws(() => loadDatabaseConfig({ DATABASE_POOL_MAX: 'many' }), /DATABASE_POOL_MAX: is malformed/)
})

t.test('escalation times are whole minutes: a fraction is refused at start, not a 500 later', async (t) => {
  for (const key of ['ESCALATION_ACK_MINUTES_URGENT', 'ESCALATION_ACK_MINUTES_HIGH', 'ESCALATION_ACK_MINUTES_NORMAL']) {
    t.match(problemsOf(testEnv({ [key]: '1.5' })), [new RegExp(`^${key}: is malformed`)], key)
    t.equal(loadConfig(testEnv({ [key]: '7' }))[key as 'ESCALATION_ACK_MINUTES_HIGH'], 7)
  }
})
