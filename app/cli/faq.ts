// `npm run faq -- list [--status suggested]`: the FAQs managers' answers suggested, and their review:
// `approve <id> [--question ...] [--answer ...] [--all-locations]` (searched with the handbook from
// then on) and `reject <id>`. Acts as ops.
import { loadCliConfig } from '../config.ts'
import { openMigratedDatabase } from '../db/migrate.ts'
import { FAQ_STATUSES, type FaqStatus, faqView, listFaqs } from '../faq/repository.ts'
import { approveFaq, rejectFaq } from '../faq/service.ts'
import { createRetriever } from '../knowledge/index.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { cliLogger } from '../lib/logger.ts'
import { parseCliArgs } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

// Whoever runs the CLI has the database itself: they review as ops.
const OPERATOR = { role: 'ops' } as const

const USAGE =
  'npm run faq -- list [--status suggested|approved|rejected] [--json] | approve <id> [--question "..."] [--answer "..."] [--all-locations] | reject <id>'

await runCli(async () => {
  const { values, positionals } = parseCliArgs(
    {
      status: { type: 'string' },
      json: { type: 'boolean', default: false },
      question: { type: 'string' },
      answer: { type: 'string' },
      'all-locations': { type: 'boolean', default: false }
    },
    USAGE
  )
  const [command, idText] = positionals
  const id = Number(idText)
  if (command !== 'list' && command !== 'approve' && command !== 'reject') throw new UsageError(`usage: ${USAGE}`)
  if (command !== 'list' && !(Number.isInteger(id) && id > 0))
    throw new UsageError(`give the FAQ's id\n\nusage: ${USAGE}`)
  if (values.status && !FAQ_STATUSES.includes(values.status as FaqStatus))
    throw new UsageError(`--status must be one of ${FAQ_STATUSES.join(', ')}`)
  loadEnvFile()
  const config = loadCliConfig()
  const database = await openMigratedDatabase(config)
  try {
    if (command === 'list') {
      const faqs = (
        await listFaqs(database.db, OPERATOR, { status: values.status as FaqStatus | undefined, limit: 200 })
      ).map(faqView)
      if (values.json) console.log(JSON.stringify(faqs))
      else if (faqs.length === 0) console.log('no FAQs')
      else
        for (const f of faqs)
          console.log(
            `#${f.id} [${f.status}] ${f.location ?? 'all locations'}${f.answeredBy ? `, answered by ${f.answeredBy.name}` : ''}\n  Q: ${f.question}\n  A: ${f.answer}`
          )
      return 0
    }
    const retriever = createRetriever(config, database.db, cliLogger())
    const deps = { db: database.db, now: () => new Date(), syncVectors: retriever.sync }
    const faq =
      command === 'approve'
        ? await approveFaq(deps, OPERATOR, id, {
            question: values.question,
            answer: values.answer,
            allLocations: values['all-locations']
          })
        : await rejectFaq(deps, OPERATOR, id)
    console.log(
      `#${faq.id} ${faq.status}${faq.status === 'approved' ? ': answered from the knowledge base as "FAQ"' : ''}`
    )
    return 0
  } finally {
    await database.close()
  }
})
