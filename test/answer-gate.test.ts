// The answer figures gate CI: each handbook of eval/handbooks/<name>/ that has a questions.jsonl and an
// entry in eval/answer-minimums.json, each entry that names its own corpus and questions (the repo's
// held-out sets), and the 18F development set where the 18F handbook is here, goes through the answer
// evaluation on one ingested database; a change that loses answers fails.
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { evaluateAnswers, handbookCorpus, readCases } from '../bench/answer-eval.ts'
import { CORPUS_18F, SHARED, SKIP_WITHOUT_18F } from './fixtures/data.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const HANDBOOKS = join(ROOT, 'eval/handbooks')

interface Minimums {
  /** For a set that is not a folder with questions.jsonl: its handbook (paths from the repository's root) and questions. */
  corpus?: string | string[]
  questions?: string
  /** Share of answerable questions whose fact is in the passages a model is given (full-text search). */
  factInContext?: number
  /** Share of answerable questions whose extractive reply holds the fact. */
  fact?: number
  /** Share of unanswerable questions the extractive writer declines. */
  declined?: number
  /** Highest share of questions handed to a person. */
  maxEscalated?: number
}

// Ten handbooks ingested and questioned one after another: about two minutes alone, more on a busy
// machine, so past tap's 180 s for a file.
t.setTimeout(600_000)

const { handbooks: minimums } = JSON.parse(await readFile(join(ROOT, 'eval/answer-minimums.json'), 'utf8')) as {
  handbooks: Record<string, Minimums>
}

interface GateSet {
  name: string
  corpus: string[]
  questions: string
  skip: string | false
}

const sets: GateSet[] = [
  {
    name: '18f-handbook',
    corpus: [CORPUS_18F, join(ROOT, 'eval/synonyms/18f/synonyms.txt')],
    questions: `${SHARED}eval/answers-dev.jsonl`,
    skip: SKIP_WITHOUT_18F
  }
]
for (const name of (await readdir(HANDBOOKS)).sort()) {
  const dir = join(HANDBOOKS, name)
  if (!existsSync(join(dir, 'questions.jsonl'))) continue
  sets.push({ name, corpus: await handbookCorpus(dir), questions: join(dir, 'questions.jsonl'), skip: false })
}
for (const [name, min] of Object.entries(minimums)) {
  if (!min.corpus || !min.questions || sets.some((s) => s.name === name)) continue
  const corpus = (Array.isArray(min.corpus) ? min.corpus : [min.corpus]).map((p) => join(ROOT, p))
  sets.push({ name, corpus, questions: join(ROOT, min.questions), skip: false })
}

for (const set of sets.filter((s) => !minimums[s.name]))
  t.comment(`${set.name}: no minimums in eval/answer-minimums.json, not gated`)

for (const set of sets.filter((s) => minimums[s.name])) {
  t.test(`${set.name}: answers at or above their minimums`, { skip: set.skip }, async (t) => {
    const min = minimums[set.name]!
    const { figures } = await evaluateAnswers(set.corpus, await readCases(set.questions))
    const inContext = figures.factInModelContext
    const report = `fact in context ${inContext}, fact ${figures.factRate}, declined ${figures.declineRate}, escalated ${figures.escalatedRate}`
    t.comment(`${set.name}: ${report}`)
    if (min.factInContext !== undefined)
      t.ok(inContext >= min.factInContext, `fact in what the model is given ${inContext} >= ${min.factInContext}`)
    if (min.fact !== undefined)
      t.ok(figures.factRate >= min.fact, `fact in the reply ${figures.factRate} >= ${min.fact}`)
    if (min.declined !== undefined)
      t.ok(figures.declineRate >= min.declined, `unanswerables declined ${figures.declineRate} >= ${min.declined}`)
    if (min.maxEscalated !== undefined)
      t.ok(figures.escalatedRate <= min.maxEscalated, `escalated ${figures.escalatedRate} <= ${min.maxEscalated}`)
  })
}
