// `npm run ingest -- <file or folder>... [--prune]`: loads Markdown, text, HTML, PDF and Word (.docx)
// into the knowledge base; files in other formats are listed as not read. Unchanged files are
// skipped; --prune removes documents whose files are gone.
import { SingleBar } from 'cli-progress'
import { loadCliConfig } from '../config.ts'
import { openMigratedDatabase } from '../db/migrate.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { createRetriever } from '../knowledge/index.ts'
import { ingestPaths } from '../knowledge/ingest.ts'
import { cliLogger } from '../lib/logger.ts'
import { parseCliArgs } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = 'npm run ingest -- <file or folder>... [--prune]'

await runCli(async () => {
  const { values, positionals } = parseCliArgs({ prune: { type: 'boolean', default: false } }, USAGE)
  if (positionals.length === 0) throw new UsageError(`give at least one file or folder\n\nusage: ${USAGE}`)
  loadEnvFile()
  const config = loadCliConfig()
  const database = await openMigratedDatabase(config)
  const bar = new SingleBar(
    { format: 'ingesting [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
    undefined
  )
  try {
    const started = performance.now()
    const summary = await ingestPaths(database.db, positionals, {
      prune: values.prune,
      onStart: (total) => bar.start(total, 0, { file: '' }),
      onFile: (source) => bar.increment(1, { file: source.length > 50 ? `...${source.slice(-47)}` : source })
    })
    bar.stop()
    for (const { source, error } of summary.failed) console.error(`  failed  ${source}: ${error}`)
    for (const { source, reason } of summary.skipped) console.error(`  skipped ${source}: ${reason}`)
    for (const { source, reason } of summary.unsupported) console.error(`  not read ${source}: ${reason}`)
    console.log(
      `${summary.files} files in ${Math.round(performance.now() - started)} ms: ${summary.added} added, ` +
        `${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.removed} removed, ` +
        `${summary.skipped.length} skipped, ${summary.failed.length} failed` +
        (summary.unsupported.length > 0 ? `, ${summary.unsupported.length} not read (format not supported)` : '') +
        `; ${summary.chunks} chunks written`
    )
    // With embeddings configured, new text is embedded (once) and vectors of removed text deleted.
    const retriever = createRetriever(config, database.db, cliLogger())
    if (retriever.sync) {
      const synced = await retriever.sync()
      console.log(
        synced.unavailable
          ? `vectors: ${synced.unavailable}`
          : `vectors (${retriever.name}): ${synced.embedded} embedded, ${synced.deleted} deleted`
      )
    }
    return summary.failed.length > 0 ? 1 : 0
  } finally {
    bar.stop()
    await database.close()
  }
})
