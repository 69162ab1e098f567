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
}

export const MIGRATIONS_FOLDER = join(dirname(fileURLToPath(import.meta.url)), 'migrations')

export async function handler(event: CustomResourceEvent, context: { logStreamName?: string }): Promise<void> {
  let status: 'SUCCESS' | 'FAILED' = 'SUCCESS'
  let reason = 'nothing to do'
  let data: Record<string, number> = {}
  if (event.RequestType !== 'Delete') {
    // Anything that goes wrong, a bad setting included, must still be reported to CloudFormation,
    // which otherwise waits an hour for an answer.
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
  // The custom resource protocol: PUT the result to the pre-signed URL CloudFormation gave us.
  const body = JSON.stringify({
    Status: status,
    Reason: `${reason} (log stream ${context.logStreamName ?? 'unknown'})`,
    PhysicalResourceId: event.PhysicalResourceId ?? 'database-migrations',
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data
  })
  await fetch(event.ResponseURL, {
    method: 'PUT',
    body,
    headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) }
  })
}

async function migrate(): Promise<{ applied: number; total: number }> {
  const database = await openDatabase({ ...loadDatabaseConfig(), DATABASE_POOL_MAX: 2 })
  try {
    return await runMigrations(database, MIGRATIONS_FOLDER)
  } finally {
    await database.close()
  }
}
