// The environment's settings, typed once: every variable, its format and its default. `.env.example`
// documents each one; app/config.ts reads and checks them.
import { type Static, Type } from '@sinclair/typebox'

/** What replies say when COMPANY_NAME is not set. */
export const DEFAULT_COMPANY_NAME = 'your company'
// Share of the question (by word weight) a passage must hold before an answer is written from it; the bench and the
// answer model's training read passages as the app does.
export const DEFAULT_ANSWER_MIN_COVERAGE = 0.3

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
  ANSWER_MIN_COVERAGE: Type.Number({ minimum: 0, maximum: 1, default: DEFAULT_ANSWER_MIN_COVERAGE }),
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
