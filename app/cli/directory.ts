// `npm run directory -- import people.csv` upserts people (phones normalised to E.164; bad rows are
// reported by line and skipped). `npm run directory -- export [file]` writes the directory as CSV.
import { readFile, writeFile } from 'node:fs/promises'
import { loadDatabaseConfig } from '../config.ts'
import { openMigratedDatabase } from '../db/migrate.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { listPeople } from '../people/directory.ts'
import { formatDirectoryCsv } from '../people/directory-csv.ts'
import { importDirectoryCsv } from '../people/directory-import.ts'
import { parseCliArgs } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = 'npm run directory -- import <people.csv> | export [out.csv]'

await runCli(async () => {
  const {
    positionals: [command, file]
  } = parseCliArgs({}, USAGE)
  if (command !== 'import' && command !== 'export') throw new UsageError(`usage: ${USAGE}`)
  if (command === 'import' && !file) throw new UsageError(`give the CSV file to import\n\nusage: ${USAGE}`)
  loadEnvFile()
  const config = loadDatabaseConfig()
  const database = await openMigratedDatabase(config)
  try {
    if (command === 'export') {
      const csv = formatDirectoryCsv(await listPeople(database.db))
      if (file) await writeFile(file, csv)
      else process.stdout.write(csv)
      return 0
    }
    const report = await importDirectoryCsv(database.db, await readFile(file!, 'utf8'), config.DEFAULT_COUNTRY)
    for (const { line, reason } of report.refused) console.error(`  line ${line}: ${reason} (skipped)`)
    console.log(`${report.added} added, ${report.updated} updated, ${report.refused.length} skipped`)
    return report.refused.length > 0 ? 1 : 0
  } finally {
    await database.close()
  }
})
