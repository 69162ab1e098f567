// Where a message a danger rule or the topic model calls an emergency goes. A rule-certain one is raised at once
// (away from whoever an HR matter it carries on is about); what the model alone suspects may be a question about
// safety, an injury told after the fact, or more on a matter already open.
import type { Intent } from '../classifier/intent-model.ts'
import type { Escalation } from '../escalation/repository.ts'
import { carriesOn, continuesMatter } from '../text/continues-matter.ts'
import { fold } from '../text/fold.ts'
import { asksAboutPolicy } from '../text/not-now.ts'
import type { Route } from './route-types.ts'

export interface EmergencyReading {
  text: string
  /** A danger rule found it, not the model alone. */
  byRule: boolean
  intent: Intent
  /** It asks something too ("what do i pull"): answered after the 911 line. */
  asks: boolean
  /** A work injury told after the fact, for its paperwork or as mending. */
  injuryToReport: boolean
  /** The open HR matter it carries on, if any. */
  continuesHr?: Escalation
  /** The HR matter closed lately it says goes on, if any. */
  reopensHr?: Escalation
  /** An emergency of the sender's still open. */
  open?: Escalation
}

export function routeEmergency({
  text,
  byRule,
  intent,
  asks,
  injuryToReport,
  continuesHr,
  reopensHr,
  open
}: EmergencyReading): Route {
  if (!byRule && injuryToReport) return { kind: 'escalate', reason: 'report', alsoAnswer: asks }
  // The model alone (no rule) calls a question about safety an emergency: it is answered, plainly.
  // So is one that asks what to do if it ever happens ("what do we do in case of a tornado warning").
  if (!byRule && (intent === 'question' || asksAboutPolicy(fold(text))))
    return { kind: 'answer', offerHr: false, safety: false }
  // The model alone suspects an emergency in more on an HR matter: HR has it. A rule-certain
  // emergency is raised at once, away from whoever the HR matter is about.
  if (continuesHr && !byRule) return { kind: 'forward', escalation: continuesHr }
  if (continuesHr) return { kind: 'escalate', reason: 'safety', keepAway: continuesHr.excludedPersonIds }
  if (reopensHr)
    return { kind: 'escalate', reason: byRule ? 'safety' : 'hr_sensitive', keepAway: reopensHr.excludedPersonIds }
  // More on an emergency still open joins it; once a manager has answered it, only what says it goes on does ("hes
  // still bleeding"): a new emergency told with a "he" ("jordan just collapsed and he is not breathing") is raised.
  const joins = open && (byRule && open.status === 'answered' ? carriesOn(text) : continuesMatter(text))
  return joins
    ? { kind: 'forward', escalation: open }
    : // What it asks ("what do i pull", "where is the eyewash") is answered after the 911 line.
      { kind: 'escalate', reason: 'safety', alsoAnswer: asks }
}
