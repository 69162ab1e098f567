// Applies the SQL in migrations/ under a Postgres advisory lock, so two deploys (or a deploy and a
// developer) running at once apply each migration exactly once: drizzle's migrator has no lock of its own.
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import type { DatabaseConfig } from '../config.ts'
import { type Database, openDatabase, queryRows } from './database.ts'

const MIGRATION_LOCK_KEY = 727_001 // arbitrary, stable, unique to this app

export const DEFAULT_MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url))

export interface MigrationResult {
  applied: number
  total: number
}

export async function runMigrations(
  database: Database,
  migrationsFolder = DEFAULT_MIGRATIONS_FOLDER
): Promise<MigrationResult> {
  const migrations = readMigrationFiles({ migrationsFolder })
  const { db } = database
  // The lock is session-scoped, so it and the migration must share one connection: a transaction
  // keeps them on the same one (postgres.js would otherwise take any connection from the pool).
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`)
    await tx.execute(sql`create schema if not exists drizzle`)
    await tx.execute(sql`create table if not exists drizzle.__drizzle_migrations (
      id serial primary key, hash text not null, created_at bigint)`)
    const [last] = await queryRows<{ created_at: string }>(
      tx as never,
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`
    )
    const pending = migrations.filter((m) => !last || Number(last.created_at) < m.folderMillis)
    for (const migration of pending) {
      for (const statement of migration.sql) {
        if (statement.trim()) await tx.execute(sql.raw(statement))
      }
      await tx.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at)
        values (${migration.hash}, ${migration.folderMillis})`)
    }
    return { applied: pending.length, total: migrations.length }
  })
}

/** Opens the configured database with every migration applied (the CLIs use this). */
export async function openMigratedDatabase(config: DatabaseConfig, migrationsFolder?: string): Promise<Database> {
  const database = await openDatabase(config)
  try {
    await runMigrations(database, migrationsFolder)
    return database
  } catch (error) {
    await database.close()
    throw error
  }
}
