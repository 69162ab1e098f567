// The app's secret settings at run time: the Lambda environment holds only APP_SECRET_ARN, and the
// secret's fields (TWILIO_AUTH_TOKEN, JWT_SECRET, OPENAI_API_KEY, ...) are read from Secrets Manager
// when a cold start loads the config, and again when the cache expires. Locally, `.env` stays as it is.
import { createHash } from 'node:crypto'
import { ConfigSchema, listItems, loadSecretsSettings } from '../config.ts'
import { type SecretStore, secretName, secretStore } from './secrets-manager.ts'

export type Env = Record<string, string | undefined>

export interface AppSecret {
  /** The environment with the secret's fields added; a variable set in the environment wins. */
  env: Env
  /** A digest of the secret's content, to tell whether it changed since. */
  version: string
  /** Fields that are no setting (a typo, say): named, never their values. */
  ignored: string[]
}

/** The store to read APP_SECRET_ARN with, or undefined when the environment names no secret. */
export function appSecretStore(env: Env): SecretStore | undefined {
  if (!env.APP_SECRET_ARN?.trim()) return undefined
  return secretStore(loadSecretsSettings(env))
}

/**
 * Reads APP_SECRET_ARN (from the store's cache while it is fresh) into the environment: the fields
 * APP_SECRET_FIELDS lists (every setting when unset), a variable set in the environment winning.
 */
export async function withAppSecret(env: Env, store: SecretStore, { refresh = false } = {}): Promise<AppSecret> {
  const arn = env.APP_SECRET_ARN!.trim()
  const fields = await store.json(arn, { refresh })
  const wanted = env.APP_SECRET_FIELDS?.trim() ? new Set(listItems(env.APP_SECRET_FIELDS)) : undefined
  const merged: Env = { ...env }
  const ignored: string[] = []
  for (const [key, value] of Object.entries(fields)) {
    if (!(key in ConfigSchema.properties) || key.startsWith('APP_SECRET_')) {
      ignored.push(key)
      continue
    }
    if (wanted && !wanted.has(key)) continue
    if (typeof value !== 'string')
      throw new Error(`the secret ${secretName(arn)}: ${key} must be a string (the secret holds JSON of strings)`)
    if (!env[key]?.trim()) merged[key] = value
  }
  const version = createHash('sha256').update(JSON.stringify(fields)).digest('hex')
  return { env: merged, version, ignored }
}
