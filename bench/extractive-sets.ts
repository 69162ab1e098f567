// The extractive answer on answer sets, fast: each handbook ingested once into an embedded database,
// each question searched and answered as answering.ts does (the same passages, the same relevance
// filter, the extractive writer), without the webhook, the classifier or routing. For trying changes to
// the answer writer quickly; `npm run eval` is the figure of record.
//   tsx bench/extractive-sets.ts <corpus>=<questions.jsonl> [...] [--show misses|all] [--dump file.jsonl]
//   [--all-passages: the writer is given every passage found, not only those covering enough of the question]
import { writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { extractiveAnswer } from '../app/answer/extractive.ts'
import { DEFAULT_ANSWER_MIN_COVERAGE } from '../app/config-schema.ts'
import { MIN_SHARE_OF_TOP } from '../app/conversation/find-passages.ts'
import { fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { createFullTextRetriever } from '../app/knowledge/index.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { isRelevant, type RetrievedChunk } from '../app/knowledge/types.ts'
import { type AnswerCase, readCases } from './answer-eval.ts'

export interface SetFigures {
  answerable: number
  unanswerable: number
  fact: number
  declined: number
  factInRead: number
  factInFound: number
}

export async function answerSet(
  corpus: string[],
  cases: AnswerCase[],
  onCase?: (c: AnswerCase, reply: string, passages: RetrievedChunk[]) => void,
  allPassages = false
): Promise<SetFigures> {
  const database = await fromPglite(await openPglite('memory://'))
  const figures: SetFigures = { answerable: 0, unanswerable: 0, fact: 0, declined: 0, factInRead: 0, factInFound: 0 }
  try {
    await runMigrations(database)
    await ingestPaths(
      database.db,
      corpus.map((p) => resolve(p))
    )
    const retriever = createFullTextRetriever(database.db)
    for (const c of cases) {
      const passages = await retriever.search(c.q, { limit: 8 })
      const top = passages[0]?.score ?? 0
      const relevant = allPassages
        ? passages
        : passages
            .filter((p) => isRelevant(p, DEFAULT_ANSWER_MIN_COVERAGE))
            .filter((p) => p.score >= top * MIN_SHARE_OF_TOP)
      const answer =
        relevant.length > 0
          ? extractiveAnswer({ question: c.q, passages: relevant, language: 'en', maxSegments: 3, companyName: 'Co' })
          : undefined
      const reply = answer?.answered ? answer.text : ''
      const fact = c.fact ? new RegExp(c.fact, 'i') : null
      if (fact) {
        figures.answerable++
        if (fact.test(reply)) figures.fact++
        if (relevant.slice(0, 6).some((p) => fact.test(`${p.heading}\n${p.content}`.replace(/\s+/g, ' '))))
          figures.factInRead++
        if (passages.some((p) => fact.test(`${p.heading}\n${p.content}`.replace(/\s+/g, ' ')))) figures.factInFound++
      } else {
        figures.unanswerable++
        if (!reply) figures.declined++
      }
      onCase?.(c, reply, relevant)
    }
  } finally {
    await database.close()
  }
  return figures
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { show: { type: 'string' }, dump: { type: 'string' }, 'all-passages': { type: 'boolean', default: false } }
  })
  const dump: string[] = []
  for (const set of positionals) {
    const [corpus, file] = set.split('=')
    if (!corpus || !file) throw new Error(`expected <corpus>=<questions.jsonl>, got "${set}"`)
    const lines: string[] = []
    const f = await answerSet(
      corpus.split(','),
      await readCases(file),
      (c, reply, passages) => {
        const right = c.fact ? new RegExp(c.fact, 'i').test(reply) : !reply
        if (values.show === 'all' || (values.show === 'misses' && !right))
          lines.push(
            `  ${right ? 'ok  ' : 'MISS'} ${c.q}  [${c.fact}]\n       -> ${reply.replace(/\n/g, ' / ') || '(declined)'}`
          )
        if (values.dump)
          dump.push(JSON.stringify({ set: basename(file), q: c.q, fact: c.fact, reply, passages: passages.length }))
      },
      values['all-passages']
    )
    const pct = (n: number, d: number) => `${d ? Math.round((n / d) * 1000) / 10 : 100}%`
    console.log(
      `${basename(file).padEnd(34)} fact ${pct(f.fact, f.answerable).padStart(6)} (${f.fact}/${f.answerable})  declined ${pct(f.declined, f.unanswerable).padStart(6)} (${f.declined}/${f.unanswerable})  fact in read ${pct(f.factInRead, f.answerable)}  in the 8 found ${pct(f.factInFound, f.answerable)}`
    )
    for (const line of lines) console.log(line)
  }
  if (values.dump) writeFileSync(values.dump, `${dump.join('\n')}\n`)
}
