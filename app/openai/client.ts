import type OpenAI from 'openai'
import type { Config } from '../config.ts'

/**
 * One OpenAI client per process, loaded on first use so a cold start that never calls OpenAI does not
 * pay for the SDK. Timeout and retries are sized for the webhook, not the SDK's 10-minute default.
 */
const factories = new WeakMap<object, () => Promise<OpenAI>>()

export function openAiClientFactory(
  config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_TIMEOUT_MS'>
): () => Promise<OpenAI> {
  // The answer model and the embedder share one client (and its connection pool).
  const existing = factories.get(config)
  if (existing) return existing
  let client: Promise<OpenAI> | undefined
  const factory = () => {
    client ??= import('openai').then(
      ({ default: OpenAIClient }) =>
        new OpenAIClient({
          apiKey: config.OPENAI_API_KEY,
          baseURL: config.OPENAI_BASE_URL,
          timeout: config.OPENAI_TIMEOUT_MS,
          // One retry (429 and 5xx) fits inside the budget; the caller's abort signal bounds the total.
          maxRetries: 1
        })
    )
    return client
  }
  factories.set(config, factory)
  return factory
}
