// Who deals with a message: the bot answers questions; reports and requests go to a person; anything
// about harassment, discrimination or retaliation goes to HR, never to the employee's manager; an
// emergency goes to a person at once. While an escalation is open, only messages on its matter join it.
import type { Classification } from '../classifier/types.ts'
import type { Reason } from '../escalation/ladder.ts'
import type { Escalation } from '../escalation/repository.ts'
import { continuesMatter, type Intent, isHypotheticalSafetyQuestion } from './intent.ts'

export type Route =
  /** Answer from the handbook; `offerHr` adds a line offering HR, `safety` puts 911 guidance first. */
  | { kind: 'answer'; offerHr: boolean; safety: boolean }
  /** `keepAway`: people who must not handle it (the subject of the HR matter it continues). */
  | { kind: 'escalate'; reason: Reason; keepAway?: number[] }
  | { kind: 'forward'; escalation: Escalation }
  | { kind: 'smalltalk' }

export interface RouteInput {
  text: string
  classification: Classification
  intent: Intent
  /** Open escalations about the sender, newest first. */
  active: Escalation[]
  /** The message is only greetings, thanks or acknowledgements. */
  pleasantry: boolean
}

const MANAGER_MATTERS = new Set(['attendance', 'payroll', 'human_request'])
const HR_MATTERS = new Set(['hr_sensitive', 'hr_request'])

export function routeMessage({ text, classification, intent, active, pleasantry }: RouteInput): Route {
  const label = classification.label
  const hrOpen = active.find((e) => HR_MATTERS.has(e.reason))
  const sameMatter = (reason: string) => active.find((e) => e.reason === reason)

  // More on an open HR matter goes to HR, whatever else it looks like: the manager may be its subject.
  const continuesHr = hrOpen && intent !== 'question' && continuesMatter(text)
  if (label === 'safety') {
    // A rule matched: escalate unless it plainly asks what to do if it ever happens. The model alone
    // (no rule) is less sure: a question it labels safety is answered, with 911 guidance first.
    const byRule = classification.classifier.startsWith('rules:')
    if (isHypotheticalSafetyQuestion(text) || (!byRule && intent === 'question')) {
      return { kind: 'answer', offerHr: false, safety: true }
    }
    // The model alone suspects an emergency in more on an HR matter: HR has it. A rule-certain
    // emergency is raised at once, away from whoever the HR matter is about (see escalate).
    if (continuesHr && !byRule) return { kind: 'forward', escalation: hrOpen }
    if (continuesHr) return { kind: 'escalate', reason: 'safety', keepAway: hrOpen.excludedPersonIds }
    const open = sameMatter('safety')
    return open && continuesMatter(text)
      ? { kind: 'forward', escalation: open }
      : { kind: 'escalate', reason: 'safety' }
  }
  if (pleasantry) return { kind: 'smalltalk' }

  // Anything that may carry on an HR matter goes to HR: never guess it belongs to a manager's matter.
  if (hrOpen && (label === 'hr_sensitive' || continuesHr)) return { kind: 'forward', escalation: hrOpen }
  // Asking for HR by name goes to HR, however it is put ("can someone from HR call me").
  if (intent !== 'question' && /\b(hr|h\.r\.|human resources|people team)\b/i.test(text)) {
    return hrOpen ? { kind: 'forward', escalation: hrOpen } : { kind: 'escalate', reason: 'hr_request' }
  }
  if (label === 'hr_sensitive') {
    if (intent !== 'question') return { kind: 'escalate', reason: 'hr_sensitive' }
    // A question about harassment or a complaint gets the answer and a private way to HR; one the model
    // only half suspects ("how often should I meet my manager") just gets the answer.
    const sure = classification.classifier.startsWith('rules:') || classification.score >= 0.6
    return { kind: 'answer', offerHr: sure, safety: false }
  }
  if (intent === 'person') {
    if (/\b(hr|h\.r\.|human resources|people team)\b/i.test(text))
      return hrOpen ? { kind: 'forward', escalation: hrOpen } : { kind: 'escalate', reason: 'hr_request' }
    const open = active.find(
      (e) => MANAGER_MATTERS.has(e.reason) || e.reason === 'no_answer' || e.reason === 'disputed_answer'
    )
    return open ? { kind: 'forward', escalation: open } : { kind: 'escalate', reason: 'human_request' }
  }
  if (intent === 'report') {
    const open =
      sameMatter(label) ?? (continuesMatter(text) ? active.find((e) => !HR_MATTERS.has(e.reason)) : undefined)
    if (open) return { kind: 'forward', escalation: open }
    if (MANAGER_MATTERS.has(label)) return { kind: 'escalate', reason: label as Reason }
  }
  return { kind: 'answer', offerHr: false, safety: false }
}
