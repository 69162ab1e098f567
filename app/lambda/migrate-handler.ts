// The deploy-time migration function: a CloudFormation custom resource calls it once per deploy
// (when the function's code, and so the migrations it ships, change). It never runs on a request.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadDatabaseConfig } from '../config.ts'
import { openDatabase } from '../db/database.ts'
import { runMigrations } from '../db/migrate.ts'

interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete'
  ResponseURL: string
  StackId: string
  RequestId: string
  LogicalResourceId: string
  PhysicalResourceId?: string
  ResourceProperties?: { FunctionVersion?: string }
  OldResourceProperties?: { FunctionVersion?: string }
}

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'migrations')

export async function handler(event: CustomResourceEvent, context: { logStreamName?: string }): Promise<void> {
  let status: 'SUCCESS' | 'FAILED' = 'SUCCESS'
  let reason = 'nothing to do'
  let data: Record<string, number> = {}
  const skip = skipReason(event)
  if (skip) reason = skip
  else {
    // Anything that goes wrong, a bad setting included, must still be reported to CloudFormation,
    // which otherwise waits until the resource's ServiceTimeout.
    try {
      const result = await migrate()
      data = { applied: result.applied, total: result.total }
      reason = `${result.applied} of ${result.total} migrations applied`
    } catch (error) {
      status = 'FAILED'
      reason = `migration failed: ${(error as Error).message}`.slice(0, 500)
    }
  }
  console.log(JSON.stringify({ msg: 'migrations', status, reason }))
  // The custom resource protocol: PUT the result to the pre-signed S3 URL CloudFormation gave us.
  const body = JSON.stringify({
    Status: status,
    Reason: `${reason} (log stream ${context.logStreamName ?? 'unknown'})`,
    PhysicalResourceId: event.PhysicalResourceId ?? 'database-migrations',
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data
  })
  await respond(event.ResponseURL, body)
}

/**
 * Why this request must not touch the database, if it must not: deleting the stack, or an Update
 * whose function version did not move forward. That is a rollback (CloudFormation sends the old
 * properties as new), and re-running the migration that just failed would fail the rollback too
 * (UPDATE_ROLLBACK_FAILED). Migrations only move forward; the old code runs on the newer schema.
 */
export function skipReason(event: CustomResourceEvent): string | undefined {
  if (event.RequestType === 'Delete') return 'nothing to do on delete (the database keeps its data)'
  if (event.RequestType !== 'Update') return undefined
  const now = versionNumber(event.ResourceProperties?.FunctionVersion)
  const before = versionNumber(event.OldResourceProperties?.FunctionVersion)
  if (now !== undefined && before !== undefined && now <= before)
    return `version ${now} does not move forward from ${before} (a rollback): migrations left as they are`
  return undefined
}

/** The number of a published Lambda version, from its ARN (…:function:name:7). */
function versionNumber(arn: unknown): number | undefined {
  const match = typeof arn === 'string' ? /:(\d+)$/.exec(arn) : null
  return match ? Number(match[1]) : undefined
}

async function respond(url: string, body: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'PUT',
        body,
        headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(10_000)
      })
      if (res.ok || attempt >= 3) return
    } catch (error) {
      // No route to S3 (a VPC without NAT or an S3 gateway endpoint) ends here: say so in the log.
      if (attempt >= 3) {
        console.log(JSON.stringify({ msg: 'could not answer CloudFormation', error: (error as Error).message }))
        return
      }
    }
  }
}

async function migrate(): Promise<{ applied: number; total: number }> {
  let env: Record<string, string | undefined> = process.env
  if (env.APP_SECRET_ARN?.trim()) {
    // DATABASE_URL may live in the app secret (a database of your own); read at run time, never deployed.
    const { appSecretStore, withAppSecret } = await import('../secrets/app-secret.ts')
    env = (await withAppSecret(env, appSecretStore(env)!)).env
  }
  const config = loadDatabaseConfig(env)
  // The embedded database is not in the bundle, and migrating one in the Lambda would mean nothing.
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL: is required but not set (nor in the app secret)')
  const database = await openDatabase({ ...config, DATABASE_POOL_MAX: 2 })
  try {
    return await runMigrations(database, MIGRATIONS_FOLDER)
  } finally {
    await database.close()
  }
}
