// `npm run insights -- [--days 7] [--location Downtown] [--json | --csv out.csv]`: what employees asked
// that the handbook did not answer, the pages asked about, outcomes, escalation times and FAQs, as
// HR and ops see them (everyone).
import { writeFile } from 'node:fs/promises'
import { loadCliConfig } from '../config.ts'
import { openMigratedDatabase } from '../db/migrate.ts'
import { loadInsights } from '../insights/insights.ts'
import { insightsCsv, insightsText } from '../insights/report.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { parseCliArgs } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = 'npm run insights -- [--days 7] [--location <name>] [--json | --csv <out.csv>]'

await runCli(async () => {
  const { values } = parseCliArgs(
    {
      days: { type: 'string', default: '7' },
      location: { type: 'string' },
      json: { type: 'boolean', default: false },
      csv: { type: 'string' }
    },
    USAGE
  )
  const days = Number(values.days)
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new UsageError(`--days must be a whole number from 1 to 365\n\nusage: ${USAGE}`)
  loadEnvFile()
  const config = loadCliConfig()
  const database = await openMigratedDatabase(config)
  try {
    const insights = await loadInsights(
      database.db,
      config,
      { role: 'ops' },
      { days, location: values.location },
      new Date()
    )
    if (values.csv) {
      await writeFile(values.csv, insightsCsv(insights))
      console.log(`wrote ${values.csv}`)
    } else console.log(values.json ? JSON.stringify(insights) : insightsText(insights))
    return 0
  } finally {
    await database.close()
  }
})
