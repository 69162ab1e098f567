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
  if (!told) return null
  const topic = predict(loadShippedModel(), told)[0]!
  if (!MANAGER_NEWS.has(topic.label) || topic.score < NEWS_SURE) return null
  const { intent, score } = readIntent(told)
  return intent === 'report' && score >= NEWS_SURE ? topic.label : null
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
