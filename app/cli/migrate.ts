// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { loadDatabaseConfig } from '../config.ts'
import { openDatabase } from '../db/database.ts'
import { runMigrations } from '../db/migrate.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { runCli } from './run-cli.ts'

await runCli(async () => {
  loadEnvFile()
  const database = await openDatabase(loadDatabaseConfig())
  try {
    const { applied, total } = await runMigrations(database)
    console.log(`migrations: ${applied} applied, ${total - applied} already in place (${database.driver})`)
  } finally {
    await database.close()
  }
})
