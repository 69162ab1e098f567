// Routing evaluation: each message goes through the real pipeline and lands somewhere: answered (or
// declined) by the bot, handed to the manager, to HR, raised as an emergency, or taken as smalltalk.
// Beside it, the routing the classifier's label alone gives (the landed code's rule: every label but
// policy_question, smalltalk and other goes to a person).
import { classifyText } from '../app/classifier/local-classifier.ts'
import { type Exchange, MANAGER_PHONE, startPipeline } from './pipeline.ts'

export type Route = 'answer' | 'manager' | 'hr' | 'safety' | 'smalltalk'

export interface RoutingCase {
  text: string
  route: Route
}

export interface RoutingFigures {
  n: number
  accuracy: number
  /** Per expected route: how many, and the share that landed there. */
  perRoute: Record<string, { n: number; recall: number }>
  /** HR matters that reached the employee's own manager: must be 0. */
  hrToManager: number
  /** Questions handed to a person instead of answered. */
  questionsEscalated: number
  baseline: { accuracy: number }
}

export function landed(exchange: Exchange): Route {
  if (exchange.mode === 'smalltalk') return 'smalltalk'
  const e = exchange.escalation
  if (!e || !['escalated', 'forwarded', 'no_answer_escalated'].includes(exchange.mode)) return 'answer'
  if (e.reason === 'safety') return 'safety'
  return e.assigneeRole === 'hr' || e.reason === 'hr_sensitive' || e.reason === 'hr_request' ? 'hr' : 'manager'
}

function labelRoute(text: string): Route {
  const { label } = classifyText(text)
  if (label === 'safety') return 'safety'
  if (label === 'hr_sensitive') return 'hr'
  if (label === 'smalltalk') return 'smalltalk'
  return label === 'policy_question' || label === 'other' ? 'answer' : 'manager'
}

export async function evaluateRouting(corpus: string | string[], cases: RoutingCase[]) {
  const pipeline = await startPipeline(corpus, cases.length)
  const results: Array<RoutingCase & { got: Route; reply: string; toManager: boolean }> = []
  try {
    for (const [i, c] of cases.entries()) {
      const exchange = await pipeline.ask(i, c.text)
      const got = landed(exchange)
      results.push({
        ...c,
        got,
        reply: exchange.reply,
        toManager: exchange.escalation?.assigneePhone === MANAGER_PHONE
      })
    }
  } finally {
    await pipeline.close()
  }
  const perRoute: RoutingFigures['perRoute'] = {}
  for (const route of new Set(cases.map((c) => c.route))) {
    const of = results.filter((r) => r.route === route)
    perRoute[route] = { n: of.length, recall: round(of.filter((r) => r.got === route).length / of.length) }
  }
  const figures: RoutingFigures = {
    n: results.length,
    accuracy: round(results.filter((r) => r.got === r.route).length / results.length),
    perRoute,
    hrToManager: results.filter((r) => r.route === 'hr' && r.toManager).length,
    questionsEscalated: results.filter((r) => r.route === 'answer' && r.got !== 'answer').length,
    baseline: { accuracy: round(cases.filter((c) => labelRoute(c.text) === c.route).length / cases.length) }
  }
  return { figures, results }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
