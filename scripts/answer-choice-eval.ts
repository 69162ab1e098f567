// `tsx scripts/answer-choice-eval.ts [--cache file.json]`: how the extractive writer's two decisions
// (which sentence answers, and whether any does) would fare if the answer model (answer-model.ts) took
// part in them, measured on handbooks it was not trained on: each set is left out of training in turn
// (the repo's sets, and the handbooks of others stored as numbers in eval/answer-features). Per set and
// in total, for the repo's sets and for the others': answerable questions whose chosen sentence holds the
// fact and passes the decline test, and unanswerables declined. The choices:
// - scorer: the sentence scorer's best, declined by its test (what the writer does);
// - blend w: the best by score + w × the model's probability, declined by the same test;
// - veto p: the scorer's best, declined also when the model rates it below p.
// Right means the reply's lead (the sentence and the lines it needs, as the writer composes them) holds
// the fact: a proxy of `npm run eval` without the lines added after it, cheap enough to compare many.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { FEATURES } from '../app/answer/answer-model.ts'
import { collect, probability, type Question, storedQuestions, TRAINING_SETS, train } from './train-answer-model.ts'

const HAND_SCORE = FEATURES.indexOf('handScore')
const BLENDS = [0.5, 1, 2]
const VETOES = [0.2, 0.3, 0.5]

interface Tally {
  answerable: number
  right: number
  unanswerable: number
  declined: number
}

type Model = { weights: number[]; bias: number }
type Choice = (q: Question, m: Model) => { right: boolean; answered: boolean }

function pick(q: Question, m: Model, blend: number): Question['units'][number] | undefined {
  let best: Question['units'][number] | undefined
  let top = Number.NEGATIVE_INFINITY
  for (const u of q.units) {
    const value = u.x[HAND_SCORE]! + (blend > 0 ? blend * probability(u.x, m) : 0)
    if (value > top) [best, top] = [u, value]
  }
  return best
}

const CHOICES: Array<[string, Choice]> = [
  [
    'scorer',
    (q, m) => {
      const best = pick(q, m, 0)
      return { right: best?.lead === 1, answered: best?.gate === true }
    }
  ],
  ...BLENDS.map((w): [string, Choice] => [
    `blend ${w}`,
    (q, m) => {
      const best = pick(q, m, w)
      return { right: best?.lead === 1, answered: best?.gate === true }
    }
  ]),
  ...VETOES.map((p): [string, Choice] => [
    `veto ${p}`,
    (q, m) => {
      const best = pick(q, m, 0)
      return { right: best?.lead === 1, answered: best?.gate === true && probability(best.x, m) >= p }
    }
  ])
]

function tally(questions: Question[], m: Model, choice: Choice, into: Tally): void {
  for (const q of questions) {
    const { right, answered } = choice(q, m)
    if (q.answerable) {
      into.answerable++
      if (right && answered) into.right++
    } else {
      into.unanswerable++
      if (!answered) into.declined++
    }
  }
}

const empty = (): Tally => ({ answerable: 0, right: 0, unanswerable: 0, declined: 0 })
const show = (t: Tally) => `${t.right}/${t.answerable} right, ${t.declined}/${t.unanswerable} declined`

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { cache: { type: 'string' } } })
  const cached = values.cache && existsSync(values.cache)
  const own: Question[] = cached ? JSON.parse(readFileSync(values.cache!, 'utf8')) : await collect(TRAINING_SETS)
  if (values.cache && !cached) writeFileSync(values.cache, JSON.stringify(own))
  const others = await storedQuestions()
  const sets = new Map<string, Question[]>()
  for (const q of [...own, ...others]) sets.set(q.set, [...(sets.get(q.set) ?? []), q])
  const totals = new Map(CHOICES.map(([name]) => [name, { own: empty(), others: empty() }]))
  for (const [name, questions] of sets) {
    const m = train([...sets].filter(([other]) => other !== name).flatMap(([, qs]) => qs.flatMap((q) => q.units)))
    const side = own.some((q) => q.set === name) ? 'own' : 'others'
    const line = CHOICES.map(([choice, fn]) => {
      const t = empty()
      tally(questions, m, fn, t)
      tally(questions, m, fn, totals.get(choice)![side])
      return `${choice}: ${t.right}/${t.declined}`
    })
    console.log(`${name.split('/').at(-1)!.padEnd(32)} ${line.join('  ')}`)
  }
  for (const [choice, t] of totals) console.log(`${choice.padEnd(10)} own: ${show(t.own)}; others': ${show(t.others)}`)
}
