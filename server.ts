// The local HTTP server (`npm run dev`, `npm start`): the same app as the Lambda, plus migrations at
// start and a graceful shutdown that closes the database.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app/app.ts'
import { ConfigError, loadConfig } from './app/config.ts'
import { openDatabase } from './app/db/database.ts'
import { runMigrations } from './app/db/migrate.ts'
import { loadEnvFile } from './app/env-file.ts'
import { seedSampleDataIfEmpty } from './app/sample-data.ts'

loadEnvFile()
let config
try {
  config = loadConfig()
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const database = await openDatabase(config)
const migrations = await runMigrations(database)
const app = await buildApp(config, { database })
app.log.info({ driver: database.driver, ...migrations }, 'database ready')
if (config.NODE_ENV === 'development') await seedSampleDataIfEmpty(database.db, config.DEFAULT_COUNTRY, app.log)

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error')
  else app.log.info({ signal }, 'shutting down')
  await app.close()
})

await app.listen({ port: config.PORT, host: config.HOST })
