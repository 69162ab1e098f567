// Secrets read at run time from AWS Secrets Manager through Powertools for AWS Lambda (Parameters):
// each secret is cached for SECRETS_TTL_S and read again afterwards, so a rotated secret is picked up
// without a redeploy. Loaded only by the entry points and the database when a secret ARN is set, so a
// cold start without one never loads the SDK.
import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets'
import type { loadSecretsSettings } from '../config.ts'

export type SecretsSettings = ReturnType<typeof loadSecretsSettings>

export interface SecretStore {
  /** The secret's fields (a JSON object), from the cache while fresh; `refresh` reads it again now. */
  json: (arn: string, options?: { refresh?: boolean }) => Promise<Record<string, unknown>>
}

// One client per endpoint and credentials: the app secret and the database's share it and its sockets.
const providers = new Map<string, SecretsProvider>()

export function secretStore(settings: SecretsSettings): SecretStore {
  const key = JSON.stringify([settings.AWS_REGION, settings.SECRETS_MANAGER_ENDPOINT_URL, settings.AWS_ACCESS_KEY_ID])
  let provider = providers.get(key)
  if (!provider) {
    provider = new SecretsProvider({
      clientConfig: {
        region: settings.AWS_REGION,
        maxAttempts: 3,
        ...(settings.SECRETS_MANAGER_ENDPOINT_URL ? { endpoint: settings.SECRETS_MANAGER_ENDPOINT_URL } : {}),
        // Without explicit credentials the SDK's default chain (the Lambda role) is used.
        ...(settings.AWS_ACCESS_KEY_ID && settings.AWS_SECRET_ACCESS_KEY
          ? {
              credentials: {
                accessKeyId: settings.AWS_ACCESS_KEY_ID,
                secretAccessKey: settings.AWS_SECRET_ACCESS_KEY,
                sessionToken: settings.AWS_SESSION_TOKEN
              }
            }
          : {})
      }
    })
    providers.set(key, provider)
  }
  const source = provider
  return {
    async json(arn, { refresh = false } = {}) {
      let raw: unknown
      try {
        raw = await source.get(arn, { maxAge: settings.SECRETS_TTL_S, forceFetch: refresh })
      } catch (error) {
        const cause = (error as { cause?: { name?: string } }).cause?.name ?? (error as Error).name
        throw new Error(`could not read the secret ${secretName(arn)} from Secrets Manager (${cause})`)
      }
      // Parsed here rather than by Powertools: a JSON error message would quote the secret's text.
      let value: unknown
      try {
        value = typeof raw === 'string' ? JSON.parse(raw) : undefined
      } catch {}
      if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error(`the secret ${secretName(arn)} is not a JSON object`)
      return value as Record<string, unknown>
    }
  }
}

/** The secret's name, for messages: the ARN without its account, region and random suffix. */
export function secretName(arn: string): string {
  return arn.replace(/^arn:[^:]+:secretsmanager:[^:]+:\d+:secret:/, '').replace(/-[A-Za-z0-9]{6}$/, '')
}
