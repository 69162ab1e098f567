// `npm run eval [-- --corpus <folder>] [--retrieval <file.jsonl>]... [--classifier <file.jsonl>] [--json]`
// Answer quality, each figure beside a baseline:
// - retrieval: hit@1/3/5 and MRR (by page) for {"q", "expect": [pages]} lines, against plain BM25
//   (MiniSearch) over the same chunks;
// - classifier: accuracy, per-label precision and recall, and escalation recall for safety and
//   hr_sensitive, for {"text", "label"} lines, against a keyword baseline.
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import MiniSearch from 'minisearch'
import { classifyText } from '../app/classifier/local-classifier.ts'
import { LABELS, type Label } from '../app/classifier/types.ts'
import { fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { chunks, documents } from '../drizzle/schema.ts'
import { eq } from 'drizzle-orm'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { searchFullText } from '../app/knowledge/full-text-search.ts'

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus/18f-handbook' },
    retrieval: { type: 'string', multiple: true },
    classifier: { type: 'string', default: 'eval/classifier-test.jsonl' },
    json: { type: 'boolean', default: false }
  }
})
const retrievalSets = values.retrieval ?? [
  '../shared/eval/retrieval-dev.jsonl',
  'test/fixtures/retrieval-extra.jsonl',
  'eval/retrieval-holdout.jsonl'
]

interface Ranking {
  hit1: number
  hit3: number
  hit5: number
  mrr: number
  n: number
}

const report: Record<string, unknown> = {}

// --- Retrieval ---
const client = await openPglite('memory://')
const database = await fromPglite(client)
try {
  await runMigrations(database)
  const ingested = await ingestPaths(database.db, [resolve(values.corpus)])
  const rows = await database.db
    .select({
      id: chunks.id,
      title: chunks.title,
      heading: chunks.heading,
      content: chunks.content,
      keywords: chunks.keywords,
      source: documents.source
    })
    .from(chunks)
    .innerJoin(documents, eq(documents.id, chunks.documentId))
  const bm25 = new MiniSearch({ fields: ['title', 'heading', 'keywords', 'content'], storeFields: ['source'] })
  bm25.addAll(rows)
  console.log(`retrieval: ${ingested.added} pages, ${rows.length} chunks from ${values.corpus}`)
  const retrieval: Record<string, { ours: Ranking; bm25: Ranking; msPerQuery: number }> = {}
  for (const file of retrievalSets) {
    const questions = await readJsonl<{ q: string; expect: string[] }>(file)
    const ours: number[] = []
    const baseline: number[] = []
    const started = performance.now()
    for (const { q, expect } of questions) {
      ours.push(
        rankOf([...new Set((await searchFullText(database.db, q, { limit: 10 })).map((r) => r.source))], expect)
      )
    }
    const msPerQuery = Math.round(((performance.now() - started) / questions.length) * 10) / 10
    for (const { q, expect } of questions) {
      baseline.push(rankOf([...new Set(bm25.search(q).map((r) => r.source as string))], expect))
    }
    retrieval[basename(file)] = { ours: summarise(ours), bm25: summarise(baseline), msPerQuery }
    const o = retrieval[basename(file)]!
    console.log(
      `  ${basename(file).padEnd(26)} n=${String(questions.length).padStart(3)}  ours  ${format(o.ours)}  (${msPerQuery} ms/query)`
    )
    console.log(`  ${''.padEnd(26)}        BM25  ${format(o.bm25)}`)
  }
  report.retrieval = retrieval
} finally {
  await database.close()
}

// --- Classifier ---
const examples = await readJsonl<{ text: string; label: Label }>(values.classifier)
const ours = examples.map((e) => classifyText(e.text).label)
const keywords = examples.map((e) => keywordBaseline(e.text))
const scores = { ours: scoreLabels(examples, ours), keywords: scoreLabels(examples, keywords) }
report.classifier = { file: values.classifier, n: examples.length, ours: scores.ours, keywordBaseline: scores.keywords }
console.log(`classifier: ${examples.length} messages from ${values.classifier}`)
for (const [name, s] of Object.entries(scores)) {
  console.log(
    `  ${name.padEnd(8)} accuracy ${pct(s.accuracy)}  safety recall ${pct(s.escalationRecall.safety)}  hr_sensitive recall ${pct(s.escalationRecall.hr_sensitive)}`
  )
  console.log(
    `           ${LABELS.map((l) => `${l} P${pct(s.perLabel[l]!.precision)}/R${pct(s.perLabel[l]!.recall)}`).join('  ')}`
  )
}
if (values.json) console.log(JSON.stringify(report))

function rankOf(pages: string[], expect: string[]): number {
  const index = pages.findIndex((p) => expect.includes(p))
  return index < 0 ? Number.POSITIVE_INFINITY : index + 1
}

function summarise(ranks: number[]): Ranking {
  const n = ranks.length
  const share = (k: number) => round(ranks.filter((r) => r <= k).length / n)
  return {
    hit1: share(1),
    hit3: share(3),
    hit5: share(5),
    mrr: round(ranks.reduce((s, r) => s + (Number.isFinite(r) ? 1 / r : 0), 0) / n),
    n
  }
}

function scoreLabels(examples: Array<{ label: Label }>, predicted: Label[]) {
  const perLabel: Record<string, { precision: number; recall: number; support: number }> = {}
  for (const label of LABELS) {
    const truePositive = examples.filter((e, i) => e.label === label && predicted[i] === label).length
    const predictedCount = predicted.filter((p) => p === label).length
    const support = examples.filter((e) => e.label === label).length
    perLabel[label] = {
      precision: round(predictedCount ? truePositive / predictedCount : 0),
      recall: round(support ? truePositive / support : 0),
      support
    }
  }
  return {
    accuracy: round(examples.filter((e, i) => e.label === predicted[i]).length / examples.length),
    perLabel,
    escalationRecall: { safety: perLabel.safety!.recall, hr_sensitive: perLabel.hr_sensitive!.recall }
  }
}

/** The obvious baseline: the first label whose keywords appear, in order of urgency. */
function keywordBaseline(text: string): Label {
  const t = text.toLowerCase()
  const rules: Array<[Label, RegExp]> = [
    [
      'safety',
      /\b(fire|smoke|gas|blood|bleeding|hurt|injur\w*|cut|burn\w*|fell|gun|knife|weapon|fight|robbed|spill|911|emergency|unconscious|fainted)\b/
    ],
    [
      'hr_sensitive',
      /\b(harass\w*|discriminat\w*|racist|bully\w*|retaliat\w*|touch\w*|inappropriate|complaint|report)\b/
    ],
    ['payroll', /\b(paycheck|check|paid|pay|deposit|stub|underpaid|tips|wage)\b/],
    ['attendance', /\b(late|sick|call(ing)? out|shift|cover|leave early|miss|won'?t make it)\b/],
    ['human_request', /\b(manager|supervisor|person|someone|human|call me|speak|talk)\b/],
    ['smalltalk', /^(hi|hello|hey|thanks|thank you|ok|cool|got it|good morning)\b/],
    ['policy_question', /\b(policy|how|what|when|can i|do we|benefit|vacation|pto|break|dress)\b/]
  ]
  return rules.find(([, re]) => re.test(t))?.[0] ?? 'other'
}

async function readJsonl<T>(path: string): Promise<T[]> {
  return (await readFile(path, 'utf8'))
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

function pct(x: number | undefined): string {
  return `${Math.round((x ?? 0) * 100)}%`
}

function format(r: Ranking): string {
  return `hit@1 ${pct(r.hit1).padStart(4)}  hit@3 ${pct(r.hit3).padStart(4)}  hit@5 ${pct(r.hit5).padStart(4)}  MRR ${r.mrr.toFixed(3)}`
}
