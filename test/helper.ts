// One place that gives each test its own config, database and app, and closes them in teardown.
import type { PGlite } from '@electric-sql/pglite'
import type { FastifyInstance } from 'fastify'
import tap from 'tap'
import { type AppOverrides, buildApp } from '../app/app.ts'
import { type Config, loadConfig } from '../app/config.ts'
import { type Database, fromPglite, openDatabase, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { scratchDatabase } from '../bench/lib.ts'
import { seedSampleDirectory, seedSampleHandbook } from './fixtures/data.ts'

interface Teardown {
  teardown: (fn: () => unknown) => void
}

export const TEST_AUTH_TOKEN = 'test-auth-token-123'
export const TEST_BASE_URL = 'https://sms.example.test'

export function testEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: TEST_BASE_URL,
    TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
    JWT_SECRET: 'test-jwt-secret-0123456789abcdef-0123456789',
    PGLITE_DIR: 'memory://',
    TWILIO_EMPLOYEE_NUMBER: '+15005550006',
    TWILIO_MANAGER_NUMBER: '+15005550007',
    ...overrides
  }
}

export function testConfig(overrides: Record<string, string | undefined> = {}): Config {
  return loadConfig(testEnv(overrides))
}

export type DatabaseKind = 'pglite' | 'postgres'

/** PGlite always; the real PostgreSQL too when TEST_DATABASE_URL is set. */
export const DATABASE_KINDS: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

// Creating and migrating a PGlite takes seconds; do it once per test process and clone it per test.
const templates = new Map<string, Promise<PGlite>>()
function template(seeded: boolean): Promise<PGlite> {
  const key = seeded ? 'seeded' : 'empty'
  if (!templates.has(key)) {
    templates.set(
      key,
      (async () => {
        const client = await openPglite('memory://')
        const database = await fromPglite(client, { closeClient: false })
        await runMigrations(database)
        if (seeded) await seedSampleData(database.db)
        // An open PGlite keeps the process alive: close the template when the file's tests are done.
        tap.teardown(() => client.close())
        return client
      })()
    )
  }
  return templates.get(key)!
}

async function seedSampleData(db: Database['db']): Promise<void> {
  await seedSampleDirectory(db)
  await seedSampleHandbook(db)
}

export interface DatabaseOptions {
  /** Load sample/people.csv and sample/handbook. */
  seed?: boolean
}

/** A migrated database of its own for one test, dropped or closed in teardown. */
export async function testDatabase(
  t: Teardown,
  kind: DatabaseKind = 'pglite',
  { seed = false }: DatabaseOptions = {}
): Promise<Database> {
  if (kind === 'postgres') {
    const database = await postgresDatabase(t)
    if (seed) await seedSampleData(database.db)
    return database
  }
  const database = await fromPglite(await (await template(seed)).clone())
  t.teardown(() => database.close())
  return database
}

/** A fresh, migrated PostgreSQL database on the TEST_DATABASE_URL server, dropped in teardown. */
export async function postgresDatabase(
  t: Teardown,
  overrides: Record<string, string> = {}
): Promise<Database & { url: string }> {
  const { url, drop } = await createPostgresDatabase()
  const database = await openDatabase(testConfig({ DATABASE_URL: url, DATABASE_POOL_MAX: '4', ...overrides }))
  await runMigrations(database)
  t.teardown(async () => {
    await database.close()
    await drop()
  })
  return { ...database, url }
}

/** An empty database on the TEST_DATABASE_URL server; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set')
  return scratchDatabase(adminUrl, `sms_test_${process.pid}`)
}

export interface BuildOptions extends AppOverrides, DatabaseOptions {
  env?: Record<string, string | undefined>
  kind?: DatabaseKind
  /** Leave the app unready, so a test can add routes or hooks first. */
  ready?: boolean
}

/** An app with its own config and database, closed in teardown. */
export async function build(t: Teardown, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { env, kind, ready = true, seed, ...overrides } = options
  const database = overrides.database ?? (await testDatabase(t, kind, { seed }))
  const app = await buildApp(testConfig(env), { ...overrides, database })
  t.teardown(() => app.close())
  if (ready) await app.ready()
  return app
}
