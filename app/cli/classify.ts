// `npm run classify -- "text"` prints the classifier's verdict (topic, intent, language) as JSON; with --jsonl it reads
// {"text": ...} lines on standard input and writes one verdict a line.
import { createClassifier } from '../classifier/index.ts'
import { readIntent } from '../classifier/intent-model.ts'
import { languageModel } from '../classifier/language-model.ts'
import { loadCliConfig } from '../config.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { cliLogger } from '../lib/logger.ts'
import { parseCliArgs, stdinLines } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'
import { detectLanguage } from '../text/language.ts'

const round = (x: number) => Math.round(x * 1000) / 1000

const USAGE = 'npm run classify -- "text"   |   npm run classify -- --jsonl < messages.jsonl'

await runCli(async () => {
  const { values, positionals } = parseCliArgs({ jsonl: { type: 'boolean', default: false } }, USAGE)
  if (!values.jsonl && positionals.length === 0) throw new UsageError(`usage: ${USAGE}`)
  loadEnvFile()
  const classifier = createClassifier(loadCliConfig(), cliLogger())
  // The topic, and what the router reads beside it: the intent and the language.
  const verdict = async (text: string) => {
    const { label, score, escalation, classifier: by, sure } = await classifier.classify(text)
    const { intent, score: intentScore } = readIntent(text)
    const language = detectLanguage(text, null, languageModel)
    return {
      label,
      score,
      escalation,
      classifier: by,
      sure: sure ?? true,
      intent,
      intentScore: round(intentScore),
      language
    }
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
