// News told before a question ("ya no voy a seguir trabajando aqui, cuando le entrego el uniforme?"): the
// topic model reads the whole text as the question it ends with; read alone, the told part is a call-out,
// a resignation or a machine down that the manager must hear of. Only when both models are sure of it.
import { customerAngerOnly, happensToSender, matchHrConcern } from '../text/hr-rules.ts'
import { textParts, toldBeforeQuestion, toldParts } from '../text/question-form.ts'
import { readIntent } from './intent-model.ts'
import { loadShippedModel } from './local-classifier.ts'
import { predict } from './logistic-regression.ts'
import type { Label } from './types.ts'

const MANAGER_NEWS: ReadonlySet<Label> = new Set(['attendance', 'operations', 'payroll'])
// Both models this sure of the told part alone: a situation told only to frame a question ("my back has been
// hurting since i slipped in march, can i still see the company doctor") stays a question.
const NEWS_SURE = 0.99

/** The manager's matter a text tells before it asks, or null. */
export function newsBeforeQuestion(text: string): Label | null {
  const told = toldBeforeQuestion(text)
  return told ? sureManagerNews(told) : null
}

function sureManagerNews(told: string, sure = NEWS_SURE): Label | null {
  const topic = predict(loadShippedModel(), told)[0]!
  if (!MANAGER_NEWS.has(topic.label) || topic.score < sure) return null
  const { intent, score } = readIntent(told)
  return intent === 'report' && score >= sure ? topic.label : null
}

// News asked to be passed on ("my phone is about to die, can someone tell marcus ill be 20 min late", "avisenle a mi
// jefe que no voy a poder ir"): what follows "tell <someone>" is the news itself. Asked of someone ("can someone
// tell", "pls let", "avisenle" opening a sentence), not "how do i let them know".
const PASS_ON =
  /(?:^|[,.;!?]\s*|\b(?:can|could|would|will|pls|plz|please|porfa|puedes|pueden|podrias|podrian)\s+(?:you\s+|u\s+|someone\s+|somebody\s+|anyone\s+|alguien\s+|ustedes\s+)?)(tell|let|text|call|inform|notify|message|msg|avis\w*|dile|diganle|decirle)\s+(?:(?:to|a|al|a la)\s+)?(?:(?:my|mi|the|el|la|our|nuestr[oa])\s+)?\w+\s+(?:know\s+)?(?:that\s+|que\s+|q\s+)?(.{8,})$/i

// Asked to be passed on, news is told for the manager by its very form: the models need be less sure of it alone.
const PASS_ON_SURE = 0.9

/** The manager's matter a text asks to be passed on to someone, or null. */
export function newsToPassOn(text: string): Label | null {
  const news = PASS_ON.exec(text.trim())?.[2]
  return news ? sureManagerNews(news, PASS_ON_SURE) : null
}

// A complaint told in a part of its own: a rule finds it in that part alone, or both models are near sure of it.
// Nearer sure than news: the topic model reads "my sup said ..." as a complaint at 0.99 ("i told my sup im pregnant").
const COMPLAINT_SURE = 0.995
const COMPLAINT_TOLD_SURE = 0.9

/**
 * Whether a text tells a complaint in a part of its own, beside a question ("how long is our break? bc our sup
 * only lets the guys he likes take them") or other news ("cant come in today, been throwing up all night.
 * honestly dreading coming back bc darnell keeps grabbing me in the walk in"): the topic model reads the whole
 * as the question or the call-out; HR must hear the complaint.
 */
export function complaintBeside(text: string): boolean {
  return textParts(text).length > 1 && toldParts(text).some(isComplaint)
}

function isComplaint(part: string): boolean {
  if (matchHrConcern(part) && happensToSender(part)) return true
  // A guest yelling at the sender is the manager's, however the topic model reads it (as in the whole text).
  if (customerAngerOnly(part)) return false
  const topic = predict(loadShippedModel(), part)[0]!
  if (topic.label !== 'hr_sensitive' || topic.score < COMPLAINT_SURE) return false
  const { intent, score } = readIntent(part)
  return intent === 'report' && score >= COMPLAINT_TOLD_SURE
}
