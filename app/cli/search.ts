// `npm run search -- "question"` prints the top chunks as JSON; with --jsonl it reads {"q": ...}
// lines on standard input and writes one result a line. Same database and retriever as the server.
import { loadCliConfig } from '../config.ts'
import { openMigratedDatabase } from '../db/migrate.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { createRetriever } from '../knowledge/index.ts'
import { cliLogger } from '../lib/logger.ts'
import { parseCliArgs, stdinLines } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE =
  'npm run search -- "question" [--limit 5] [--location X]   |   npm run search -- --jsonl < questions.jsonl'

await runCli(async () => {
  const { values, positionals } = parseCliArgs(
    {
      jsonl: { type: 'boolean', default: false },
      limit: { type: 'string', default: '5' },
      location: { type: 'string' }
    },
    USAGE
  )
  const limit = Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new UsageError('--limit must be a whole number from 1 to 50')
  if (!values.jsonl && positionals.length === 0) throw new UsageError(`usage: ${USAGE}`)
  loadEnvFile()
  const config = loadCliConfig()
  const database = await openMigratedDatabase(config)
  const retriever = createRetriever(config, database.db, cliLogger())
  const search = async (q: string) =>
    (await retriever.search(q, { limit, location: values.location })).map(({ source, title, heading, score }) => ({
      source,
      title,
      heading,
      score
    }))
  try {
    if (!values.jsonl) {
      console.log(JSON.stringify(await search(positionals.join(' ')), null, 2))
      return
    }
    for await (const line of stdinLines()) {
      const input = JSON.parse(line) as { q?: unknown }
      if (typeof input.q !== 'string') throw new UsageError(`each line needs a "q" string: ${line.slice(0, 80)}`)
      console.log(JSON.stringify({ q: input.q, results: await search(input.q) }))
    }
  } finally {
    await retriever.close?.()
    await database.close()
  }
})
