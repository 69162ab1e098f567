// Routing evaluation: each message goes through the real pipeline and lands somewhere: answered (or
// declined) by the bot, handed to the manager, to HR, raised as an emergency, or taken as smalltalk.
// Figures per language: urgent recall, false urgent rate, reports reaching a person, questions
// answered, complaints reaching HR, and complaints reaching their subject (must be none). Beside it, the
// routing the classifier's label alone gives.
import { languageModel } from '../app/classifier/language-model.ts'
import { classifyText } from '../app/classifier/local-classifier.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { detectLanguage } from '../app/text/language.ts'
import { type Exchange, MANAGER_PHONE, startPipeline } from './pipeline.ts'

export type Route = 'answer' | 'manager' | 'hr' | 'safety' | 'smalltalk'

export interface RoutingCase {
  text: string
  /** `urgent` is read as `safety`. */
  route: Route | 'urgent'
  lang?: 'en' | 'es'
  /** Whom a complaint is about: `manager` (the sender's own) or a name. */
  about?: string | null
}

export interface LanguageFigures {
  n: number
  accuracy: number
  urgentRecall: number
  falseUrgentRate: number
  reportsToPerson: number
  questionsAnswered: number
  complaintsToHr: number
  complaintsToSubject: number
}

export interface RoutingFigures extends LanguageFigures {
  /** Per expected route: how many, and the share that landed there. */
  perRoute: Record<string, { n: number; recall: number }>
  perLanguage: Record<string, LanguageFigures>
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

// People a complaint names are put in the directory as managers, so routing to them would show.
const subjectPhone = (i: number) => `+1312555${String(9000 + i).padStart(4, '0')}`

type Result = RoutingCase & { want: Route; got: Route; reply: string; toSubject: boolean; toManager: boolean }

function figuresOf(results: Result[]): LanguageFigures {
  const rate = (list: Result[], ok: (r: Result) => boolean) =>
    list.length ? round(list.filter(ok).length / list.length) : 1
  const of = (want: Route) => results.filter((r) => r.want === want)
  const complaints = of('hr')
  return {
    n: results.length,
    accuracy: rate(results, (r) => r.got === r.want),
    urgentRecall: rate(of('safety'), (r) => r.got === 'safety'),
    falseUrgentRate: rate(
      results.filter((r) => r.want !== 'safety'),
      (r) => r.got === 'safety'
    ),
    reportsToPerson: rate(of('manager'), (r) => r.got === 'manager' || r.got === 'hr'),
    questionsAnswered: rate(of('answer'), (r) => r.got === 'answer' || r.got === 'smalltalk'),
    complaintsToHr: rate(complaints, (r) => r.got === 'hr'),
    complaintsToSubject: complaints.filter((r) => r.toSubject).length
  }
}

export async function evaluateRouting(corpus: string | string[], cases: RoutingCase[]) {
  const pipeline = await startPipeline(corpus, cases.length)
  const named = [...new Set(cases.flatMap((c) => (c.about && c.about !== 'manager' ? [c.about] : [])))]
  await upsertPeople(
    pipeline.database.db,
    named.map((name, i) => ({
      phone: subjectPhone(i),
      name,
      role: 'manager' as const,
      managerPhone: MANAGER_PHONE,
      location: 'Store 1',
      language: 'en'
    }))
  )
  const results: Result[] = []
  try {
    for (const [i, c] of cases.entries()) {
      const exchange = await pipeline.ask(i, c.text)
      const got = landed(exchange)
      const assignee = exchange.escalation?.assigneePhone
      const subject = c.about === 'manager' ? MANAGER_PHONE : c.about ? subjectPhone(named.indexOf(c.about)) : null
      results.push({
        ...c,
        lang: c.lang ?? detectLanguage(c.text, 'en', languageModel),
        want: c.route === 'urgent' ? 'safety' : c.route,
        got,
        reply: exchange.reply,
        toManager: assignee === MANAGER_PHONE,
        toSubject: Boolean(subject && assignee === subject)
      })
    }
  } finally {
    await pipeline.close()
  }
  const perRoute: RoutingFigures['perRoute'] = {}
  for (const route of new Set(results.map((r) => r.want))) {
    const of = results.filter((r) => r.want === route)
    perRoute[route] = { n: of.length, recall: round(of.filter((r) => r.got === route).length / of.length) }
  }
  const perLanguage = Object.fromEntries(
    [...new Set(results.map((r) => r.lang!))]
      .sort()
      .map((lang) => [lang, figuresOf(results.filter((r) => r.lang === lang))])
  )
  const figures: RoutingFigures = {
    ...figuresOf(results),
    perRoute,
    perLanguage,
    hrToManager: results.filter((r) => r.want === 'hr' && r.toManager).length,
    questionsEscalated: results.filter((r) => r.want === 'answer' && r.got !== 'answer' && r.got !== 'smalltalk')
      .length,
    baseline: { accuracy: round(results.filter((r) => labelRoute(r.text) === r.want).length / results.length) }
  }
  return { figures, results }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
