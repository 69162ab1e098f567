// `npm run classify -- "text"` prints the classifier's verdict as JSON; with --jsonl it reads
// {"text": ...} lines on standard input and writes one verdict a line.
import { createClassifier } from '../classifier/index.ts'
import { loadCliConfig } from '../config.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { cliLogger } from '../lib/logger.ts'
import { parseCliArgs, stdinLines } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = 'npm run classify -- "text"   |   npm run classify -- --jsonl < messages.jsonl'

await runCli(async () => {
  const { values, positionals } = parseCliArgs({ jsonl: { type: 'boolean', default: false } }, USAGE)
  if (!values.jsonl && positionals.length === 0) throw new UsageError(`usage: ${USAGE}`)
  loadEnvFile()
  const classifier = createClassifier(loadCliConfig(), cliLogger())
  const verdict = async (text: string) => {
    const { label, score, escalation, classifier: by } = await classifier.classify(text)
    return { label, score, escalation, classifier: by }
  }
  try {
    if (!values.jsonl) {
      console.log(JSON.stringify(await verdict(positionals.join(' '))))
      return
    }
    for await (const line of stdinLines()) {
      const input = JSON.parse(line) as { text?: unknown }
      if (typeof input.text !== 'string') throw new UsageError(`each line needs a "text" string: ${line.slice(0, 80)}`)
      console.log(JSON.stringify({ text: input.text, ...(await verdict(input.text)) }))
    }
  } finally {
    await classifier.close?.()
  }
})
