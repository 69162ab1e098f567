// Secrets read at run time from Secrets Manager (the real AWS SDK, through Powertools, against the local
// imitation): the app secret's fields become settings, are cached for SECRETS_TTL_S and read again
// after, a rotated secret takes over the Lambda without a redeploy, and the database password comes
// from the RDS-managed secret, read afresh when the database refuses it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import t from 'tap'
import { loadDatabaseConfig, loadSecretsSettings } from '../app/config.ts'
import { fromPglite, openDatabase, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { startApiLambda } from '../app/lambda/runtime.ts'
import { appSecretStore, withAppSecret } from '../app/secrets/app-secret.ts'
import { secretStore } from '../app/secrets/secrets-manager.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { httpApiEvent, lambdaContext } from './fixtures/api-gateway.ts'
import { startPasswordPostgres } from './fixtures/password-postgres.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { smsParams } from './fixtures/twilio.ts'
import { testEnv } from './helper.ts'
import { startImitations } from './imitations/index.ts'

const JWT = 'jwt-secret-from-secrets-manager-0123456789abcdef'

t.test('the app secret: its fields become settings, the environment wins, nothing is echoed', async (t) => {
  const { secretsManager, env } = await startImitations(t, 'secretsManager')
  const arn = secretsManager.put('frontline-sms/app', {
    TWILIO_AUTH_TOKEN: 'token-from-secret',
    JWT_SECRET: JWT,
    COMPANY_NAME: 'From the secret',
    TWILIO_AUTHTOKEN: 'a typo'
  })
  const base = { ...env, APP_SECRET_ARN: arn, COMPANY_NAME: 'From the environment' }
  const secret = await withAppSecret(base, appSecretStore(base)!)
  t.equal(secret.env.TWILIO_AUTH_TOKEN, 'token-from-secret')
  t.equal(secret.env.JWT_SECRET, JWT)
  t.equal(secret.env.COMPANY_NAME, 'From the environment', 'a variable the deploy set is not overridden')
  t.same(secret.ignored, ['TWILIO_AUTHTOKEN'], 'a field that is no setting is named and ignored')
  t.match(secretsManager.requests[0]!.headers, { 'x-amz-target': 'secretsmanager.GetSecretValue' })

  const broken = secretsManager.put('broken', 'not json: sk-live-secret')
  const error = await withAppSecret({ ...env, APP_SECRET_ARN: broken }, appSecretStore(base)!).catch((e: Error) => e)
  t.match(String(error), /the secret broken is not a JSON object/)
  t.notMatch(String(error), /sk-live-secret/, 'the text of the secret is not in the message')
  const typed = secretsManager.put('typed', JSON.stringify({ JWT_SECRET: 12345 }))
  t.rejects(withAppSecret({ ...env, APP_SECRET_ARN: typed }, appSecretStore(base)!), /JWT_SECRET must be a string/)
  t.rejects(
    withAppSecret({ ...env, APP_SECRET_ARN: `${arn}-gone` }, appSecretStore(base)!),
    /could not read the secret .* \(ResourceNotFoundException\)/
  )
})

t.test('a secret is read once per SECRETS_TTL_S, and again after', async (t) => {
  const { secretsManager, env } = await startImitations(t, 'secretsManager')
  const arn = secretsManager.put('ttl', { JWT_SECRET: JWT })
  const store = secretStore(loadSecretsSettings({ ...env, SECRETS_TTL_S: '1' }))
  for (let i = 0; i < 5; i++) await store.json(arn)
  t.equal(secretsManager.reads(arn), 1, 'cached')
  await new Promise((resolve) => setTimeout(resolve, 1100))
  await store.json(arn)
  t.equal(secretsManager.reads(arn), 2, 'read again once the TTL passed')
  await store.json(arn, { refresh: true })
  t.equal(secretsManager.reads(arn), 3, 'refresh reads at once')
})

t.test('the Lambda reads its secrets at run time and takes a rotated one without a redeploy', async (t) => {
  const { secretsManager, env } = await startImitations(t, 'secretsManager')
  const dir = await mkdtemp(join(tmpdir(), 'sms-secrets-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  // The database a deploy's migrations would have prepared.
  const migrated = await fromPglite(await openPglite(dir))
  await runMigrations(migrated)
  await migrated.close()

  const arn = secretsManager.put('frontline-sms/app', { TWILIO_AUTH_TOKEN: 'first-token-0001', JWT_SECRET: JWT })
  const lambdaEnv = {
    ...testEnv({
      ...env,
      PGLITE_DIR: dir,
      PUBLIC_BASE_URL: undefined,
      API_GATEWAY_BASE_URLS: 'https://*.execute-api.us-east-1.amazonaws.com/prod',
      TWILIO_AUTH_TOKEN: undefined,
      JWT_SECRET: undefined,
      SECRETS_TTL_S: '1'
    }),
    NODE_ENV: 'production',
    APP_SECRET_ARN: arn
  }
  const handler = (await startApiLambda(lambdaEnv)) as (e: unknown, c: unknown) => Promise<{ statusCode: number }>
  const base = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod'
  const webhook = (authToken: string) => {
    const params = smsParams('+13125550199', 'hello')
    return httpApiEvent({
      method: 'POST',
      path: '/message',
      stage: 'prod',
      body: new URLSearchParams(params).toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': signTwilioRequest(authToken, `${base}/message`, params)
      }
    })
  }
  const outbox = (secret: string) =>
    httpApiEvent({ method: 'GET', path: '/outbox', stage: 'prod', headers: bearer(token({ secret })) })

  t.equal((await handler(webhook('first-token-0001'), lambdaContext)).statusCode, 200, 'token from the secret')
  t.equal((await handler(outbox(JWT), lambdaContext)).statusCode, 200, 'JWT secret from the secret')
  t.equal((await handler(webhook('not-the-token'), lambdaContext)).statusCode, 403)

  const rotated = `${JWT}-rotated`
  secretsManager.put('frontline-sms/app', { TWILIO_AUTH_TOKEN: 'second-token-0002', JWT_SECRET: rotated })
  await new Promise((resolve) => setTimeout(resolve, 1100))
  t.equal((await handler(webhook('second-token-0002'), lambdaContext)).statusCode, 200, 'the rotated token')
  t.equal((await handler(webhook('first-token-0001'), lambdaContext)).statusCode, 403, 'the old one no more')
  t.equal((await handler(outbox(rotated), lambdaContext)).statusCode, 200, 'the rotated JWT secret')
  // Read at the cold start and again only once the TTL passed (this machine may take over 1 s between two).
  const reads = secretsManager.reads(arn)
  t.ok(reads >= 2 && reads < 6, `read ${reads} times for 6 invocations`)
})

// The test server trusts every password; this one checks them.
const server = await startPasswordPostgres('first-password')
if (typeof server !== 'string') t.teardown(server.stop)

t.test(
  'the database password comes from the RDS secret and is read again when refused',
  {
    skip: typeof server === 'string' && server
  },
  async (t) => {
    if (typeof server === 'string') return
    const { secretsManager, env } = await startImitations(t, 'secretsManager')
    const arn = secretsManager.put('rds!db-1234', { username: 'postgres', password: 'first-password' })
    const database = await openDatabase(
      loadDatabaseConfig({ ...env, DATABASE_URL: server.url, DATABASE_SECRET_ARN: arn, DATABASE_POOL_MAX: '1' })
    )
    t.teardown(() => database.close())
    const ask = () => database.db.execute(sql`select 1 as ok`)
    await ask()
    t.equal(secretsManager.reads(arn), 1)

    // RDS rotates the password: the database changes it and the secret holds the new one.
    await database.db.execute(sql`alter user postgres password 'second-password'`)
    secretsManager.put('rds!db-1234', { username: 'postgres', password: 'second-password' })
    await database.db.execute(sql`select pg_terminate_backend(pg_backend_pid())`).catch(() => {})
    // The next connection still uses the cached password and is refused; the one after reads the secret.
    await t.rejects(ask(), { cause: { code: '28P01' } }, 'the stale password is refused')
    await t.resolves(ask(), 'the next connection reads the rotated password')
    t.equal(secretsManager.reads(arn), 2, 'read again once, after the refusal')
  }
)
