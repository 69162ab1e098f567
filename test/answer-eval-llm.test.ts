// The answer evaluation with a model configured (the OpenAI imitation): the same properties as the
// extractive answers, and no figure in any reply that the passages do not hold, even from a model
// that invents them.
import t from 'tap'
import { evaluateAnswers, readCases, unsupportedFigures } from '../bench/answer-eval.ts'
import { SAMPLE_HANDBOOK } from './fixtures/data.ts'
import { startImitations } from './imitations/index.ts'
import { faithfulModel } from './imitations/openai.ts'

const cases = await readCases(new URL('../eval/answers-sample.jsonl', import.meta.url).pathname)

t.test('a faithful model: the model decides, no invented figure, whole sentences', async (t) => {
  const { openai, env } = await startImitations(t, 'openai')
  const { figures, results } = await evaluateAnswers(SAMPLE_HANDBOOK, cases, { ...env, OPENAI_CHAT_MODEL: 'gpt-test' })
  const routedToAnswer = results.filter((r) => !r.escalated)
  t.ok(openai.chatRequests().length >= routedToAnswer.length * 0.9, 'questions go to the model, no gate before it')
  t.same(
    results.filter((r) => r.mode === 'extractive'),
    [],
    "every reply is the model's answer or its decline, none extractive"
  )
  t.ok(results.filter((r) => r.mode === 'llm').length >= figures.answerable * 0.8, 'most answers come from the model')
  t.equal(figures.inventedFigureRate, 0)
  t.equal(figures.unfinishedRate, 0)
  t.ok(figures.escalatedRate <= 0.05)
  const prompt = (openai.chatRequests()[0]!.json as { messages: Array<{ content: string }> }).messages[0]!.content
  t.match(prompt, /Lead with the answer itself/)
  t.match(prompt, /Never add a number/)
})

t.test('a model that invents figures: the guard falls back to the extractive answer', async (t) => {
  const { openai, env } = await startImitations(t, 'openai')
  openai.respondWith((request) => {
    const honest = faithfulModel(request) as { answer: string; answered: boolean; sources: string[] }
    return honest.answered ? { ...honest, answer: `${honest.answer} You also get 37 bonus days.` } : honest
  })
  const { figures, results } = await evaluateAnswers(SAMPLE_HANDBOOK, cases, { ...env, OPENAI_CHAT_MODEL: 'gpt-test' })
  t.equal(figures.inventedFigureRate, 0)
  t.notOk(
    results.some((r) => /37 bonus/.test(r.reply)),
    'no reply holds the invented figure'
  )
  t.ok(
    results.filter((r) => r.mode === 'extractive').length >= figures.answerable * 0.8,
    'answered extractively instead'
  )
})

t.test('unsupportedFigures: figures the passages do not hold', async (t) => {
  t.same(unsupportedFigures('You get 12 weeks and $1,200.', ['Up to 12 weeks, and $1200 a year.']), [])
  t.same(unsupportedFigures('You get 14 weeks.', ['Up to 12 weeks.']), ['14'])
})
