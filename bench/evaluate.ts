// `npm run eval [-- options]`: answer quality, each figure beside a baseline.
//   --answers <corpus>=<file.jsonl>   answer sets through the real pipeline ({"q", "expect", "fact"}); the
//                                     corpus may list several paths joined by commas (a synonyms.txt among them)
//   --handbook <dir> [--questions <file.jsonl>]
//                                     an answer set on any handbook folder (its source/ subfolder when it has
//                                     one); questions {"q", "fact", "lang"}, <dir>/questions.jsonl by default
//   --budgets 1000,2000,...           also measure the model's passages at these token budgets
//   --routing <file.jsonl>            routing sets ({"text", "route", "lang"?, "about"?}) on --routing-corpus
//                                     (default: eval/routing*.jsonl and ../handbooks/routing-dev/*.jsonl if there)
//   --retrieval <file.jsonl>          retrieval sets on --corpus, against BM25
//   --classifier <file.jsonl>         the classifier's test set, against keywords
//   --only answers,routing,retrieval,classifier
//   --llm                             answer with the model configured in the environment (OPENAI_API_KEY,
//                                     OPENAI_BASE_URL, OPENAI_CHAT_MODEL) instead of extractively
//   --json                            the whole report as one JSON line at the end
import { existsSync, readdirSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type AnswerFigures, evaluateAnswers, handbookCorpus, readCases } from './answer-eval.ts'
import { evaluateClassifier } from './classifier-eval.ts'
import { evaluateRetrieval, type Ranking } from './retrieval-eval.ts'
import { evaluateRouting, type RoutingCase } from './routing-eval.ts'

const CORPUS_18F = '../shared/corpus/18f-handbook,eval/synonyms/18f/synonyms.txt'
const { values } = parseArgs({
  options: {
    answers: { type: 'string', multiple: true },
    routing: { type: 'string', multiple: true },
    'routing-corpus': { type: 'string', default: 'sample/handbook' },
    corpus: { type: 'string', default: CORPUS_18F },
    handbook: { type: 'string', multiple: true },
    questions: { type: 'string', multiple: true },
    budgets: { type: 'string', default: '' },
    retrieval: { type: 'string', multiple: true },
    classifier: { type: 'string', default: 'eval/classifier-test.jsonl' },
    only: { type: 'string', default: 'answers,routing,retrieval,classifier' },
    llm: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }
  }
})
const handbookSets = await Promise.all(
  (values.handbook ?? []).map(
    async (dir, i) =>
      `${(await handbookCorpus(dir)).join(',')}=${values.questions?.[i] ?? join(dir, 'questions.jsonl')}`
  )
)
// A handbook of one's own is evaluated alone, answers only, unless more is asked for.
const sections = new Set((handbookSets.length && !process.argv.includes('--only') ? 'answers' : values.only).split(','))
const budgets = values.budgets.split(',').filter(Boolean).map(Number)
const paths = (list: string) => list.split(',').filter(Boolean)
const report: Record<string, unknown> = {}

if (sections.has('answers')) {
  const sets = [...(values.answers ?? []), ...handbookSets]
  if (sets.length === 0)
    sets.push(
      `${CORPUS_18F}=../shared/eval/answers-dev.jsonl`,
      'sample/handbook=eval/answers-sample.jsonl',
      'eval/handbooks/copper-pot=eval/answers-copper-pot.jsonl',
      'eval/handbooks/northline=eval/answers-northline.jsonl',
      'eval/handbooks/bright-basket=eval/answers-bright-basket.jsonl',
      'eval/handbooks/riverside-clinic=eval/answers-riverside-clinic.jsonl',
      'eval/handbooks/harborview-hotel=eval/answers-harborview-hotel.jsonl',
      'eval/handbooks/kindred-care=eval/answers-kindred-care.jsonl'
    )
  const env = values.llm ? llmEnv() : {}
  console.log(`answers (${values.llm ? `model ${env.OPENAI_CHAT_MODEL ?? 'default'}` : 'extractive'}):`)
  const answers: Record<string, AnswerFigures> = {}
  for (const set of sets) {
    const [corpus, file] = set.split('=')
    if (!corpus || !file) throw new Error(`--answers wants <corpus>=<file.jsonl>, got "${set}"`)
    if (!paths(corpus).every(existsSync)) {
      console.log(`  ${basename(file)}: skipped, ${corpus} is not here`)
      continue
    }
    const { figures: f } = await evaluateAnswers(paths(corpus), await readCases(file), env, { budgets })
    const name = setName(file)
    answers[name] = f
    console.log(
      `  ${name.padEnd(26)} n=${String(f.n).padStart(3)}  fact ${pct(f.factRate)}  declined ${pct(f.declineRate)}  ` +
        `escalated ${pct(f.escalatedRate)}  fact in top-5 chunks ${pct(f.factInTop5)}  hit@3 ${pct(f.hit3)}  unfinished ${pct(f.unfinishedRate)}  invented figures ${pct(f.inventedFigureRate)}  ` +
        `segments ${f.meanSegments}  p50/p95 ${f.p50Ms}/${f.p95Ms} ms`
    )
    console.log(
      `  ${''.padEnd(26)}        fact in what the model is given: ${Object.entries(f.factInContext)
        .map(([b, rate]) => `${pct(rate)} at ${b} tokens (mean ${f.meanContextTokens[Number(b)]})`)
        .join(', ')}`
    )
    console.log(
      `  ${''.padEnd(26)}        BM25 best chunk: fact ${pct(f.baseline.factRate)}  declined ${pct(f.baseline.declineRate)}  segments ${f.baseline.meanSegments}`
    )
  }
  report.answers = answers
}

if (sections.has('routing')) {
  const dev = '../handbooks/routing-dev'
  const files = values.routing ?? [
    'eval/routing.jsonl',
    'eval/routing-holdout.jsonl',
    ...(existsSync(dev)
      ? readdirSync(dev)
          .filter((f) => f.endsWith('.jsonl'))
          .map((f) => `${dev}/${f}`)
      : [])
  ]
  console.log(`routing (on ${values['routing-corpus']}):`)
  const routing: Record<string, unknown> = {}
  for (const file of files) {
    const { figures: f } = await evaluateRouting(paths(values['routing-corpus']), await readCases<RoutingCase>(file))
    routing[basename(file)] = f
    const perRoute = Object.entries(f.perRoute)
      .map(([route, r]) => `${route} ${pct(r.recall)} of ${r.n}`)
      .join(', ')
    console.log(
      `  ${basename(file).padEnd(26)} n=${String(f.n).padStart(3)}  right person ${pct(f.accuracy)} (label-only baseline ${pct(f.baseline.accuracy)})  ` +
        `HR matters to the manager ${f.hrToManager}  questions escalated ${f.questionsEscalated}`
    )
    console.log(`  ${''.padEnd(26)}        ${perRoute}`)
    for (const [lang, l] of Object.entries(f.perLanguage)) {
      console.log(
        `  ${''.padEnd(26)}   ${lang} n=${String(l.n).padStart(3)}  urgent recall ${pct(l.urgentRecall)}  false urgent ${pct(l.falseUrgentRate)}  ` +
          `reports to a person ${pct(l.reportsToPerson)}  questions answered ${pct(l.questionsAnswered)}  ` +
          `complaints to HR ${pct(l.complaintsToHr)}  to their subject ${l.complaintsToSubject}`
      )
    }
  }
  report.routing = routing
}

if (sections.has('retrieval')) {
  const files = values.retrieval ?? [
    '../shared/eval/retrieval-dev.jsonl',
    'test/fixtures/retrieval-extra.jsonl',
    'eval/retrieval-holdout.jsonl'
  ]
  const retrieval = await evaluateRetrieval(paths(values.corpus), files)
  console.log(`retrieval: ${retrieval.pages} pages, ${retrieval.chunks} chunks from ${values.corpus}`)
  for (const [file, o] of Object.entries(retrieval.sets)) {
    console.log(
      `  ${file.padEnd(26)} n=${String(o.ours.n).padStart(3)}  ours  ${format(o.ours)}  (${o.msPerQuery} ms/query)`
    )
    console.log(`  ${''.padEnd(26)}        BM25  ${format(o.bm25)}`)
  }
  report.retrieval = retrieval.sets
}

if (sections.has('classifier')) {
  const scores = await evaluateClassifier(values.classifier)
  report.classifier = { file: values.classifier, ...scores }
  console.log(`classifier: ${scores.n} messages from ${values.classifier}`)
  for (const [name, s] of [
    ['ours', scores.ours],
    ['keywords', scores.keywordBaseline]
  ] as const) {
    console.log(
      `  ${name.padEnd(8)} accuracy ${pct(s.accuracy)}  safety recall ${pct(s.escalationRecall.safety)}  hr_sensitive recall ${pct(s.escalationRecall.hr_sensitive)}`
    )
    console.log(
      `           ${Object.entries(s.perLabel)
        .map(([l, p]) => `${l} P${pct(p.precision)}/R${pct(p.recall)}`)
        .join('  ')}`
    )
  }
}
if (values.json) console.log(JSON.stringify(report))

/** The model settings of the environment; without an API key there is nothing to evaluate. */
function llmEnv(): Record<string, string> {
  const env = Object.fromEntries(
    ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_CHAT_MODEL', 'OPENAI_EMBEDDING_MODEL']
      .filter((k) => process.env[k])
      .map((k) => [k, process.env[k]!])
  )
  if (!env.OPENAI_API_KEY) throw new Error('--llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server)')
  return env
}

/** A set's name: its file's, or for a handbook folder's question file the folder's ("mkc", "mkc/questions-es"). */
function setName(file: string): string {
  const name = basename(file, '.jsonl')
  if (!name.startsWith('questions')) return basename(file)
  const folder = basename(dirname(resolve(file)))
  return name === 'questions' ? folder : `${folder}/${name}`
}

function pct(x: number | undefined): string {
  return `${Math.round((x ?? 0) * 100)}%`.padStart(4)
}

function format(r: Ranking): string {
  return `hit@1 ${pct(r.hit1)}  hit@3 ${pct(r.hit3)}  hit@5 ${pct(r.hit5)}  MRR ${r.mrr.toFixed(3)}`
}
