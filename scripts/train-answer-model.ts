// `tsx scripts/train-answer-model.ts [--cache file.json] [--handbook <dir>]...`: trains the extractive
// answer's sentence model (app/answer/answer-model.ts) on the project's own answer sets, questions
// written on the 18F handbook and the stored features of handbooks published by others (below): each
// handbook is ingested into an embedded database, each question searched as the
// conversation does, and every sentence of the passages the answer writer reads becomes an example
// (it answers when it holds the set's fact and, where the set names pages, is on one of them; every
// sentence read for a question the handbook does not answer is a negative). Writes
// app/answer/data/answer-model.json: the weights. It prints the threshold that would decline every
// unanswerable training question, and how many answers that costs (why the decline stays the scorer's).
// Handbooks published by others may not be copied here, nor questions about them: `--handbook <dir>`
// (a folder with questions.jsonl) stores only what training reads of it, numbers (each sentence's
// features, whether it holds the fact and whether the reply it leads would), in
// eval/answer-features/<name>.json, and every stored file is read on later runs, so training is the
// same without the handbooks.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { FEATURES, questionContext, unitFeatures } from '../app/answer/answer-model.ts'
import { answers } from '../app/answer/answers-question.ts'
import { leadAround, PASSAGES_CONSIDERED } from '../app/answer/extractive.ts'
import { scoreSentences } from '../app/answer/sentence-scoring.ts'
import { DEFAULT_ANSWER_MIN_COVERAGE } from '../app/config-schema.ts'
import { MIN_SHARE_OF_TOP } from '../app/conversation/find-passages.ts'
import { fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { createFullTextRetriever } from '../app/knowledge/index.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { isRelevant } from '../app/knowledge/types.ts'
import { type AnswerCase, handbookCorpus, readCases } from '../bench/answer-eval.ts'

const CORPUS_18F = '../shared/corpus/18f-handbook,eval/synonyms/18f/synonyms.txt'
const HANDBOOKS = ['copper-pot', 'northline', 'bright-basket', 'riverside-clinic', 'harborview-hotel', 'kindred-care']
export const FEATURE_STORE = 'eval/answer-features'
export const TRAINING_SETS = [
  `${CORPUS_18F}=eval/answers-18f-texting.jsonl`,
  `${CORPUS_18F}=../shared/eval/answers-dev.jsonl`,
  'sample/handbook=eval/answers-sample.jsonl',
  ...HANDBOOKS.map((h) => `eval/handbooks/${h}=eval/answers-${h}.jsonl`)
]

export interface Question {
  set: string
  /** Absent in a stored file (eval/answer-features): its text is not the project's to keep. */
  q?: string
  answerable: boolean
  /** One row of features per sentence read, whether it answers, and whether the reply led by it would. */
  units: Array<{ x: number[]; y: 0 | 1; gate?: boolean; lead?: 0 | 1 }>
}

export async function collect(sets: string[]): Promise<Question[]> {
  const questions: Question[] = []
  for (const set of sets) {
    const [corpus, file] = set.split('=') as [string, string]
    const database = await fromPglite(await openPglite('memory://'))
    try {
      await runMigrations(database)
      await ingestPaths(
        database.db,
        corpus.split(',').map((p) => resolve(p))
      )
      const retriever = createFullTextRetriever(database.db)
      for (const c of await readCases<AnswerCase>(file)) {
        const found = await retriever.search(c.q, { limit: 8 })
        const top = found[0]?.score ?? 0
        const passages = found
          .filter((p) => isRelevant(p, DEFAULT_ANSWER_MIN_COVERAGE) && p.score >= top * MIN_SHARE_OF_TOP)
          .slice(0, PASSAGES_CONSIDERED)
        const fact = c.fact ? new RegExp(c.fact, 'i') : null
        const question: Question = { set: file, q: c.q, answerable: fact !== null, units: [] }
        questions.push(question)
        if (passages.length === 0) continue
        const { units, topics } = scoreSentences(c.q, undefined, passages)
        const context = questionContext(passages, topics)
        for (const unit of units) {
          const passage = passages[unit.passage]!
          const onPage = !c.expect?.length || c.expect.includes(passage.source)
          const y = fact && onPage && fact.test(unit.text.replace(/\s+/g, ' ')) ? 1 : 0
          const lead = fact && onPage && fact.test(leadAround(units, unit).replace(/\s+/g, ' ')) ? 1 : 0
          question.units.push({ x: unitFeatures(unit, passage, context), y, gate: answers(unit, topics), lead })
        }
      }
    } finally {
      await database.close()
    }
  }
  return questions
}

/** Logistic regression by full-batch gradient descent with L2: deterministic, small, enough here. */
export function train(rows: Array<{ x: number[]; y: 0 | 1 }>, { epochs = 3000, rate = 0.5, l2 = 0.001 } = {}) {
  const d = FEATURES.length
  const w = new Array<number>(d).fill(0)
  let b = 0
  const positives = rows.filter((r) => r.y === 1).length
  // Each class weighs half: answering sentences are few among those read.
  const weightOf = (y: number) =>
    y === 1 ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives))
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Array<number>(d).fill(0)
    let gb = 0
    for (const { x, y } of rows) {
      let z = b
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!
      const g = (1 / (1 + Math.exp(-z)) - y) * weightOf(y)
      for (let i = 0; i < d; i++) gw[i]! += g * x[i]!
      gb += g
    }
    for (let i = 0; i < d; i++) w[i]! -= rate * (gw[i]! / rows.length + l2 * w[i]!)
    b -= (rate * gb) / rows.length
  }
  return { weights: w, bias: b }
}

export function probability(x: number[], m: { weights: number[]; bias: number }): number {
  let z = m.bias
  for (let i = 0; i < x.length; i++) z += m.weights[i]! * x[i]!
  return 1 / (1 + Math.exp(-z))
}

/** Per question: the best sentence's probability and whether it answers. */
export function bestOf(q: Question, m: { weights: number[]; bias: number }): { p: number; right: boolean } {
  let best = { p: 0, right: false }
  for (const u of q.units) {
    const p = probability(u.x, m)
    if (p > best.p) best = { p, right: u.y === 1 }
  }
  return best
}

/** The lowest threshold that declines every unanswerable question, a little above the highest of them. */
export function thresholdFor(questions: Question[], m: { weights: number[]; bias: number }): number {
  const unanswerable = questions.filter((q) => !q.answerable).map((q) => bestOf(q, m).p)
  return Math.min(0.95, Math.max(0.05, ...unanswerable) + 0.01)
}

/** Questions of the stored handbooks; with `handbooks`, those collected (and stored) first. */
export async function storedQuestions(handbooks: string[] = []): Promise<Question[]> {
  mkdirSync(FEATURE_STORE, { recursive: true })
  for (const dir of handbooks) {
    const name = basename(resolve(dir))
    const corpus = (await handbookCorpus(dir)).join(',')
    const numbers = (await collect([`${corpus}=${join(dir, 'questions.jsonl')}`])).map((q) => ({
      set: name,
      answerable: q.answerable,
      units: q.units
    }))
    writeFileSync(join(FEATURE_STORE, `${name}.json`), `${JSON.stringify(numbers)}\n`)
  }
  return readdirSync(FEATURE_STORE)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(FEATURE_STORE, f), 'utf8')) as Question[])
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { cache: { type: 'string' }, handbook: { type: 'string', multiple: true } }
  })
  const cached = values.cache && existsSync(values.cache)
  const own: Question[] = cached ? JSON.parse(readFileSync(values.cache!, 'utf8')) : await collect(TRAINING_SETS)
  if (values.cache && !cached) writeFileSync(values.cache, JSON.stringify(own))
  const questions = [...own, ...(await storedQuestions(values.handbook))]
  const rows = questions.flatMap((q) => q.units)
  const m = train(rows)
  const threshold = thresholdFor(questions, m)
  const model = {
    features: [...FEATURES],
    weights: m.weights.map((w) => Math.round(w * 1e4) / 1e4),
    bias: Math.round(m.bias * 1e4) / 1e4
  }
  writeFileSync('app/answer/data/answer-model.json', `${JSON.stringify(model, null, 2)}\n`)
  const answerable = questions.filter((q) => q.answerable)
  const right = answerable.filter((q) => {
    const best = bestOf(q, m)
    return best.right && best.p >= threshold
  }).length
  console.log(
    `${rows.length} sentences of ${questions.length} questions; declining them all takes ${threshold.toFixed(3)}`
  )
  console.log(`training: best sentence answers and is above the threshold for ${right} of ${answerable.length}`)
  for (const [i, f] of FEATURES.entries()) console.log(`  ${f.padEnd(16)} ${model.weights[i]}`)
}
