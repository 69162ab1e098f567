// Every setting comes from the environment and is validated once, here. The schema is the only place
// the variables are typed; `.env.example` documents each one.
import { type Static, type TObject, Type } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { type Config, ConfigSchema, DEFAULT_COMPANY_NAME } from './config-schema.ts'

export { type Config, ConfigSchema, DEFAULT_COMPANY_NAME }

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
