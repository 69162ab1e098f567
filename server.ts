// The local HTTP server (`npm run dev`, `npm start`): the same app as the Lambda, plus migrations at
// start and a graceful shutdown that closes the database.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app/app.ts'
import { type Config, ConfigError, loadConfig } from './app/config.ts'
import { openDatabase } from './app/db/database.ts'
import { runMigrations } from './app/db/migrate.ts'
import { sweepEscalations } from './app/escalation/sweep.ts'
import { loadEnvFile } from './app/lib/env-file.ts'
import { seedSampleDataIfEmpty } from './app/sample-data.ts'
import { twilioWebhookUrl } from './app/twilio/webhook.ts'

loadEnvFile()
let config: Config & { PUBLIC_BASE_URL: string }
try {
  const loaded = loadConfig()
  // Only API Gateway events carry a URL of their own (API_GATEWAY_BASE_URLS); this server needs one set.
  if (!loaded.PUBLIC_BASE_URL)
    throw new ConfigError(['PUBLIC_BASE_URL: is required but not set (the URL Twilio calls)'])
  config = { ...loaded, PUBLIC_BASE_URL: loaded.PUBLIC_BASE_URL }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(error.message)
  process.exit(1)
}

const database = await openDatabase(config)
const migrations = await runMigrations(database)
const app = await buildApp(config, { database })
app.log.info({ driver: database.driver, ...migrations }, 'database ready')
if (config.NODE_ENV === 'development')
  await seedSampleDataIfEmpty(database.db, config.DEFAULT_COUNTRY, app.log, app.retriever)

// Reminders and the backup ladder; in AWS a schedule runs the same sweep.
const sweep =
  config.ESCALATION_SWEEP_INTERVAL_S > 0
    ? setInterval(() => {
        sweepEscalations(app.services(app.log))
          .then((summary) => {
            if (summary.notified + summary.reminded + summary.moved + summary.autoClosed > 0)
              app.log.info(summary, 'escalation sweep')
          })
          .catch((err: unknown) => app.log.error({ err }, 'escalation sweep failed'))
      }, config.ESCALATION_SWEEP_INTERVAL_S * 1000)
    : undefined
sweep?.unref()

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error')
  else app.log.info({ signal }, 'shutting down')
  clearInterval(sweep)
  await app.close()
})

await app.listen({ port: config.PORT, host: config.HOST })

// What to paste into the Twilio console ("A message comes in", HTTP POST) for each number: the URLs
// carry Twilio's retry policy (timeouts and 5xx), which the console keeps as part of the URL.
const base = config.PUBLIC_BASE_URL
const employeeNumber = twilioWebhookUrl(base, '/message')
const managerNumber = twilioWebhookUrl(base, '/escalate/reply')
app.log.info(
  { employeeNumber, managerNumber, statusCallback: twilioWebhookUrl(base, '/message/status') },
  `Twilio webhooks (A message comes in, HTTP POST): employee number -> ${employeeNumber}, manager number -> ${managerNumber}`
)
if (/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(base))
  app.log.info(
    `PUBLIC_BASE_URL is ${base}, which Twilio cannot reach: for a real phone run \`ngrok http ${config.PORT}\` ` +
      'and set PUBLIC_BASE_URL in .env to its https URL (signatures are checked against it)'
  )
