// `npm run token -- --role ops [--sub 12] [--ttl 3600]`: prints an API token, signed with JWT_SECRET
// from .env, or (APP_SECRET_ARN set, with AWS credentials) from the deployed app secret.
import { signApiToken } from '../auth/api-token.ts'
import { loadCliConfig } from '../config.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { API_ROLES, type ApiRole } from '../auth/roles.ts'
import { parseCliArgs } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = `npm run token -- --role ${API_ROLES.join('|')} [--sub <person id>] [--ttl <seconds>]`

await runCli(async () => {
  const { values } = parseCliArgs(
    { role: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '3600' } },
    USAGE
  )
  if (!API_ROLES.includes(values.role as ApiRole))
    throw new UsageError(`--role must be one of ${API_ROLES.join(', ')}\n\nusage: ${USAGE}`)
  const ttl = Number(values.ttl)
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 30 * 24 * 3600)
    throw new UsageError('--ttl must be a number of seconds up to 30 days')
  loadEnvFile()
  let env: Record<string, string | undefined> = process.env
  if (env.APP_SECRET_ARN?.trim()) {
    const { appSecretStore, withAppSecret } = await import('../secrets/app-secret.ts')
    env = (await withAppSecret({ ...env, APP_SECRET_FIELDS: 'JWT_SECRET' }, appSecretStore(env)!)).env
  }
  console.log(signApiToken(loadCliConfig(env), { role: values.role as ApiRole, sub: values.sub, ttlSeconds: ttl }))
})
