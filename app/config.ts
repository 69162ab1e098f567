// Every setting comes from the environment and is validated once, here. The schema is the only place
// the variables are typed; `.env.example` documents each one.
import { type Static, type TObject, Type } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'

/** What replies say when COMPANY_NAME is not set. */
export const DEFAULT_COMPANY_NAME = 'your company'

const Positive = (def: number) => Type.Integer({ minimum: 1, default: def })
const SECRET_ARN = '^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:\\S+$'

export const ConfigSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], {
    default: 'production'
  }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' }
  ),
  // pretty: readable lines (pino-pretty, a development dependency); auto: pretty only for `npm run dev`
  // in a terminal, JSON lines everywhere else (pipes, CI, CloudWatch).
  LOG_FORMAT: Type.Union([Type.Literal('auto'), Type.Literal('json'), Type.Literal('pretty')], { default: 'auto' }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8000 }),
  // The public URL Twilio calls (scheme, host and any API Gateway stage, no trailing slash).
  // Signatures are checked against it, never against Host or X-Forwarded-* headers.
  PUBLIC_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$' })),
  // Behind API Gateway without PUBLIC_BASE_URL: the base URLs the app may take from an event's
  // requestContext (domainName and stage), comma-separated; `*` stands for one DNS label (the API id).
  API_GATEWAY_BASE_URLS: Type.Optional(Type.String()),
  BODY_LIMIT: Positive(64 * 1024),

  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  // The password when it is kept out of DATABASE_URL (RDS-managed secrets; characters a URL would mangle).
  DATABASE_PASSWORD: Type.Optional(Type.String()),
  DATABASE_POOL_MAX: Positive(5),
  // Each statement parsed and planned once per connection. Off behind RDS Proxy or PgBouncer in
  // transaction mode, where a prepared statement pins the session (or is missing on the next one).
  DATABASE_PREPARE: Type.Boolean({ default: true }),
  DATABASE_STATEMENT_TIMEOUT_MS: Positive(5000),
  DATABASE_CONNECT_TIMEOUT_S: Positive(5),
  // The RDS-managed secret ({"username","password"}) the password is read from at run time, on each
  // new connection (cached for SECRETS_TTL_S, read again at once when the database refuses it).
  DATABASE_SECRET_ARN: Type.Optional(Type.String({ pattern: SECRET_ARN })),
  PGLITE_DIR: Type.String({ default: '.data/pglite' }),

  TWILIO_AUTH_TOKEN: Type.String({ minLength: 8 }),
  TWILIO_ACCOUNT_SID: Type.Optional(Type.String({ pattern: '^AC[0-9a-fA-F]{32}$' })),
  // The two numbers, in E.164. Development and tests get Twilio's test numbers; production must say.
  TWILIO_EMPLOYEE_NUMBER: Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$' }),
  TWILIO_MANAGER_NUMBER: Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$' }),
  TWILIO_API_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  // Longest wait for one outbound text (Twilio REST, with its retries).
  SMS_SEND_TIMEOUT_MS: Type.Integer({ minimum: 500, maximum: 14000, default: 5000 }),

  JWT_SECRET: Type.Optional(Type.String()),
  JWT_PUBLIC_KEY: Type.Optional(Type.String()),
  JWT_ISSUER: Type.String({ default: 'frontline-sms-assistant' }),
  JWT_AUDIENCE: Type.String({ default: 'frontline-sms-api' }),
  // The admin page at /admin (sign-in by SMS code); false: no such page.
  ADMIN_PAGE: Type.Boolean({ default: true }),
  // The key sign-in codes for /admin are hashed with (HMAC); unset: JWT_SECRET.
  ADMIN_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  ADMIN_SESSION_MINUTES: Type.Integer({ minimum: 5, maximum: 720, default: 120 }),

  OPENAI_API_KEY: Type.Optional(Type.String()),
  OPENAI_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  OPENAI_CHAT_MODEL: Type.String({ default: 'gpt-4o-mini' }),
  OPENAI_EMBEDDING_MODEL: Type.String({ default: 'text-embedding-3-small' }),
  // Longest wait for one OpenAI call; the webhook budget caps it further.
  OPENAI_TIMEOUT_MS: Type.Integer({ minimum: 500, maximum: 60000, default: 8000 }),
  // Cosine similarity above which a passage found only by meaning counts as answering the question.
  VECTOR_MIN_SIMILARITY: Type.Number({ minimum: 0, maximum: 1, default: 0.4 }),
  // Longest wait for the whole search, and for its by-meaning half (embedding + vector store); past
  // the latter, words alone answer.
  RETRIEVER_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 10000, default: 8000 }),
  VECTOR_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 10000, default: 1200 }),

  VECTOR_STORE: Type.Union([Type.Literal('postgres'), Type.Literal('pinecone')], { default: 'postgres' }),
  PINECONE_API_KEY: Type.Optional(Type.String()),
  PINECONE_INDEX_HOST: Type.Optional(Type.String()),
  PINECONE_NAMESPACE: Type.Optional(Type.String()),

  CLASSIFIER: Type.Union([Type.Literal('local'), Type.Literal('sagemaker')], { default: 'local' }),
  SAGEMAKER_ENDPOINT_NAME: Type.Optional(Type.String()),
  AWS_REGION: Type.String({ default: 'us-east-1' }),
  // Another SageMaker runtime endpoint (a VPC endpoint, a local imitation).
  SAGEMAKER_ENDPOINT_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  // Credentials, when not taken from the Lambda role (the SDK's default chain reads the same names).
  AWS_ACCESS_KEY_ID: Type.Optional(Type.String()),
  AWS_SECRET_ACCESS_KEY: Type.Optional(Type.String()),
  AWS_SESSION_TOKEN: Type.Optional(Type.String()),
  // A Secrets Manager secret (JSON) whose fields are settings (TWILIO_AUTH_TOKEN, JWT_SECRET, ...), read
  // at run time by the Lambda entry points; the environment then holds only its ARN.
  APP_SECRET_ARN: Type.Optional(Type.String({ pattern: SECRET_ARN })),
  // The fields taken from APP_SECRET_ARN, comma-separated (unset: every field that is a setting).
  APP_SECRET_FIELDS: Type.Optional(Type.String()),
  // How long a secret read from Secrets Manager is used before it is read again, in seconds.
  SECRETS_TTL_S: Type.Integer({ minimum: 1, maximum: 86400, default: 300 }),
  // Another Secrets Manager endpoint (a VPC endpoint, a local imitation).
  SECRETS_MANAGER_ENDPOINT_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  CLASSIFIER_LABEL_MAP: Type.Optional(Type.String()),
  CLASSIFIER_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 10000, default: 1500 }),

  COMPANY_NAME: Type.String({ default: DEFAULT_COMPANY_NAME }),
  // The interactive API page at /docs (always on in development); /docs/json is always served.
  API_DOCS: Type.Boolean({ default: false }),
  DEFAULT_COUNTRY: Type.String({ pattern: '^[A-Z]{2}$', default: 'US' }),
  SMS_MAX_SEGMENTS: Type.Integer({ minimum: 1, maximum: 10, default: 3 }),
  RATE_LIMIT_PER_HOUR: Positive(30),
  // Share of the question (by word weight) a passage must hold before an answer is written from it.
  ANSWER_MIN_COVERAGE: Type.Number({ minimum: 0, maximum: 1, default: 0.4 }),
  // Tokens of handbook text (whole sections around what search found) a model is given per question.
  ANSWER_CONTEXT_TOKENS: Type.Integer({ minimum: 300, maximum: 100000, default: 8000 }),
  // Twilio waits 15 s for the TwiML; the pipeline aims to finish well inside that.
  WEBHOOK_BUDGET_MS: Type.Integer({ minimum: 1000, maximum: 14000, default: 10000 }),
  // Minutes a manager has to acknowledge an escalation before a reminder, and again before it moves
  // to the next person on the ladder. Whole minutes (the insights compare them in SQL as integers).
  ESCALATION_ACK_MINUTES_URGENT: Positive(5),
  ESCALATION_ACK_MINUTES_HIGH: Positive(30),
  ESCALATION_ACK_MINUTES_NORMAL: Positive(240),
  // Ops' on-call phone (E.164): texted at once when an escalation has nobody in the directory to
  // alert, and when an urgent one has gone up the whole ladder unacknowledged. Unset: such an urgent
  // escalation counts as unacknowledged at once (the alarm).
  ESCALATION_FALLBACK_PHONE: Type.Optional(Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$' })),
  // Answered escalations close by themselves after this many hours, so the bot resumes.
  ESCALATION_AUTO_CLOSE_HOURS: Type.Number({ exclusiveMinimum: 0, default: 24 }),
  // How often the local server runs the escalation sweep (0 = never; AWS uses a schedule instead).
  ESCALATION_SWEEP_INTERVAL_S: Type.Integer({ minimum: 0, default: 60 }),
  // Escalate "no answer" questions at once instead of offering a manager.
  ESCALATE_ON_NO_ANSWER: Type.Boolean({ default: false }),
  VALIDATE_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 10000, default: 8000 }),
  // Seconds a provider's answer to /validate (with an ops token) is reused: each check is a call to a
  // billed service. A failure is reused for at most 15 s. 0: ask every time.
  VALIDATE_CACHE_S: Type.Integer({ minimum: 0, maximum: 3600, default: 60 }),
  METRICS: Type.Union([Type.Literal('off'), Type.Literal('stdout'), Type.Literal('emf')], { default: 'off' })
})

export type Config = Static<typeof ConfigSchema>

// Twilio's magic test numbers: what development and tests text from and to.
export const TWILIO_TEST_NUMBERS = { TWILIO_EMPLOYEE_NUMBER: '+15005550006', TWILIO_MANAGER_NUMBER: '+15005550007' }

// Only `npm run dev` gets these, so a laptop works with no setup; production must set its own.
export const DEV_DEFAULTS: Readonly<Record<string, string>> = {
  TWILIO_AUTH_TOKEN: 'dev-twilio-auth-token',
  JWT_SECRET: 'dev-jwt-secret-change-me-0123456789abcdef',
  LOG_LEVEL: 'info',
  ...TWILIO_TEST_NUMBERS
}

/** An entry of API_GATEWAY_BASE_URLS: https, a host of DNS labels (or `*`), and an optional stage. */
export const API_GATEWAY_BASE_URL = /^https:\/\/(\*|[a-z0-9-]+)(\.(\*|[a-z0-9-]+))+(\/[A-Za-z0-9_-]+)?$/

/** The items of a comma-separated setting, trimmed, without empty ones. */
export function listItems(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const config = parseEnv(ConfigSchema, env)
  const problems = checkCombinations(config)
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

/** What reading a secret from Secrets Manager needs. */
export const SECRETS_KEYS = [
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'SECRETS_TTL_S',
  'SECRETS_MANAGER_ENDPOINT_URL'
] as const

const DATABASE_KEYS = [
  'NODE_ENV',
  'LOG_LEVEL',
  'DATABASE_URL',
  'DATABASE_PASSWORD',
  'DATABASE_POOL_MAX',
  'DATABASE_PREPARE',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'DATABASE_CONNECT_TIMEOUT_S',
  'DATABASE_SECRET_ARN',
  'PGLITE_DIR',
  'DEFAULT_COUNTRY',
  ...SECRETS_KEYS
] as const
export const DatabaseConfigSchema = Type.Pick(ConfigSchema, DATABASE_KEYS)
export type DatabaseConfig = Static<typeof DatabaseConfigSchema>

/** The settings the database CLIs (migrate, ingest, directory) need, and nothing else. */
export function loadDatabaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  return parseEnv(DatabaseConfigSchema, env)
}

/** What reading a secret from Secrets Manager needs (the Lambda entry points, before the full config). */
export function loadSecretsSettings(env: Record<string, string | undefined> = process.env) {
  return parseEnv(Type.Pick(ConfigSchema, SECRETS_KEYS), env)
}

/**
 * Config for the developer CLIs (sms, classify, search): the full config, in development mode unless
 * NODE_ENV says otherwise, so they work on a laptop with no .env.
 */
export function loadCliConfig(env: Record<string, string | undefined> = process.env): Config {
  return loadConfig({ ...env, NODE_ENV: env.NODE_ENV || 'development' })
}

function parseEnv<T extends TObject>(schema: T, env: Record<string, string | undefined>): Static<T> {
  // Blank values (`KEY=` in a .env file) mean "not set".
  const raw: Record<string, unknown> = {}
  for (const key of Object.keys(schema.properties)) {
    const value = env[key]?.trim()
    if (value) raw[key] = value
  }
  if (raw.NODE_ENV === 'test') {
    for (const [key, value] of Object.entries(TWILIO_TEST_NUMBERS)) if (key in schema.properties) raw[key] ??= value
  }
  if (raw.NODE_ENV === 'development') {
    for (const [key, value] of Object.entries(DEV_DEFAULTS)) if (key in schema.properties) raw[key] ??= value
    if ('PUBLIC_BASE_URL' in schema.properties) raw.PUBLIC_BASE_URL ??= `http://localhost:${raw.PORT ?? 3000}`
  }

  // TypeBox converts "1.5" (and "1e1") to the integer 1: an integer setting must be written as one.
  const notWhole = Object.entries(schema.properties)
    .filter(([key, property]) => property.type === 'integer' && typeof raw[key] === 'string')
    .filter(([key]) => !/^[+-]?\d+$/.test(raw[key] as string))
    .map(([key]) => describeProblem(key, raw[key], 'Expected a whole number'))
  const converted = Value.Convert(schema, Value.Default(schema, raw)) as Record<string, unknown>
  const problems = [
    ...notWhole,
    ...[...Value.Errors(schema, converted)]
      .filter((e) => e.path !== '')
      .map((e) => describeProblem(e.path.slice(1), e.value, e.message))
  ]
  // Optional only because API Gateway events can stand for it (see plugins/public-url.ts).
  if ('PUBLIC_BASE_URL' in schema.properties && !raw.PUBLIC_BASE_URL && !raw.API_GATEWAY_BASE_URLS)
    problems.push('PUBLIC_BASE_URL: is required but not set (API_GATEWAY_BASE_URLS may stand for it)')
  // Report each variable once, with its first problem.
  const unique = [...new Map(problems.map((p) => [p.split(':')[0], p])).values()]
  if (unique.length > 0) throw new ConfigError(unique)

  if (typeof converted.PUBLIC_BASE_URL === 'string')
    converted.PUBLIC_BASE_URL = converted.PUBLIC_BASE_URL.replace(/\/+$/, '')
  return converted as Static<T>
}

function describeProblem(key: string, value: unknown, message: string): string {
  if (value === undefined) return `${key}: is required but not set`
  // Never echo the value: it may be a secret.
  return `${key}: is malformed (${message})`
}

function checkCombinations(config: Config): string[] {
  const problems: string[] = []
  if (config.JWT_SECRET !== undefined && Buffer.byteLength(config.JWT_SECRET) < 32) {
    problems.push('JWT_SECRET: must be at least 32 bytes (RFC 7518 §3.2)')
  }
  if (config.JWT_SECRET === undefined && config.JWT_PUBLIC_KEY === undefined) {
    problems.push('JWT_SECRET: is required but not set (or set JWT_PUBLIC_KEY for RS256)')
  }
  if (config.VECTOR_STORE === 'pinecone') {
    if (!config.PINECONE_API_KEY) problems.push('PINECONE_API_KEY: is required when VECTOR_STORE=pinecone')
    if (!config.PINECONE_INDEX_HOST) problems.push('PINECONE_INDEX_HOST: is required when VECTOR_STORE=pinecone')
    if (!config.OPENAI_API_KEY) problems.push('OPENAI_API_KEY: is required when VECTOR_STORE=pinecone (embeddings)')
  }
  if (config.CLASSIFIER === 'sagemaker' && !config.SAGEMAKER_ENDPOINT_NAME) {
    problems.push('SAGEMAKER_ENDPOINT_NAME: is required when CLASSIFIER=sagemaker')
  }
  if (config.CLASSIFIER_LABEL_MAP !== undefined) {
    try {
      const map = JSON.parse(config.CLASSIFIER_LABEL_MAP)
      if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new Error('not an object')
    } catch {
      problems.push('CLASSIFIER_LABEL_MAP: is malformed (expected a JSON object such as {"LABEL_0":"safety"})')
    }
  }
  if (config.API_GATEWAY_BASE_URLS !== undefined) {
    const bad = listItems(config.API_GATEWAY_BASE_URLS).filter((url) => !API_GATEWAY_BASE_URL.test(url))
    if (bad.length > 0)
      problems.push(
        `API_GATEWAY_BASE_URLS: is malformed (expected https://host[/stage] entries, * for one label: ${bad.join(', ')})`
      )
  }
  if (config.TWILIO_EMPLOYEE_NUMBER === config.TWILIO_MANAGER_NUMBER) {
    problems.push('TWILIO_MANAGER_NUMBER: must differ from TWILIO_EMPLOYEE_NUMBER')
  }
  return problems
}
