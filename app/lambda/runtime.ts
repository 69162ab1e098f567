// The API Lambda's app: built once per cold start from the environment and, when APP_SECRET_ARN is
// set, the secret's fields read from Secrets Manager (never copied into the environment at deploy
// time). Once the cached secret is older than SECRETS_TTL_S it is read again; when it changed (a
// rotated token), a new app is built from it and takes over, so a rotation needs no redeploy.
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../app.ts'
import { type Config, loadConfig } from '../config.ts'
import { withTimeout } from '../lib/timeout.ts'
import { createLambdaHandler, type LambdaHandler } from './api-handler.ts'

type Env = Record<string, string | undefined>

interface Running {
  app: FastifyInstance
  handler: LambdaHandler
}

export async function startApiLambda(env: Env = process.env): Promise<LambdaHandler> {
  if (!env.APP_SECRET_ARN?.trim()) return (await start(loadConfig(env), true)).handler
  // The SDK and Powertools load only here, when there is a secret to read.
  const { appSecretStore, withAppSecret } = await import('../secrets/app-secret.ts')
  const store = appSecretStore(env)!
  let secret = await withAppSecret(env, store)
  let current = await start(loadConfig(secret.env), true)
  if (secret.ignored.length > 0)
    current.app.log.warn({ fields: secret.ignored }, 'the app secret has fields that are no setting: ignored')
  const ttlMs = current.app.config.SECRETS_TTL_S * 1000
  let readAt = Date.now()

  async function refresh(): Promise<void> {
    readAt = Date.now()
    try {
      const fresh = await withTimeout('reading the app secret', 3000, () => withAppSecret(env, store))
      if (fresh.version === secret.version) return
      const config = loadConfig(fresh.env)
      // One request at a time per instance: the old app (and its pool) closes before the new one opens.
      await current.app.close()
      try {
        current = await start(config, false)
      } catch (error) {
        current = await start(loadConfig(secret.env), false)
        throw error
      }
      secret = fresh
      current.app.log.info('the app secret changed: a new app runs with it')
    } catch (error) {
      // A secret that cannot be read or is not valid leaves the running app (or the one it had) in place.
      current.app.log.warn({ err: error }, 'could not take the app secret again; keeping the one loaded')
    }
  }

  return async (event, context) => {
    if (Date.now() - readAt >= ttlMs) await refresh()
    return current.handler(event, context)
  }
}

async function start(config: Config, coldStart: boolean): Promise<Running> {
  const app = await buildApp(config)
  const handler = createLambdaHandler(app, { coldStart })
  await app.ready()
  return { app, handler }
}
