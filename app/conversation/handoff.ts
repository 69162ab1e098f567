// Bringing in a person: raising an escalation (the employee is told who has it) or adding the message
// to the one already open on the same matter.
import type { Classification } from '../classifier/types.ts'
import type { Reason } from '../escalation/ladder.ts'
import { isHrMatter, priorityFor } from '../escalation/ladder.ts'
import { closeEscalation, countInboundMessages, type Escalation, keepAwayToo } from '../escalation/repository.ts'
import { forwardToEscalation, raiseEscalation } from '../escalation/service.ts'
import { MAY_CONTINUE_A_COMPLAINT, subjectsOf } from '../escalation/subjects.ts'
import { type Outcome, outboundKey, type Run } from '../inbound/process-inbound.ts'
import { findPersonById, type Person } from '../people/directory.ts'
import { matchHrConcern } from '../text/hr-rules.ts'
import type { LastInteraction } from './sender.ts'
import { reply } from './replies.ts'
import type { ConversationDeps } from './types.ts'

export interface HandoffOptions {
  /** People who must not handle it, beyond those it is about (see escalation/subjects.ts). */
  exclude?: ReadonlySet<number>
  extra?: Partial<Outcome>
  /** The question the matter began with, when it began as one (see RaiseInput). */
  question?: string
  /** What raises it when the same cause may come in several messages (see RaiseInput). */
  cause?: string
}

/** Raises an escalation for this message (or finds the one it already raised) and tells the employee who has it. */
export async function escalate(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  reason: Reason,
  text: string,
  { exclude, extra = {}, question, cause }: HandoffOptions = {}
): Promise<Outcome> {
  const { escalation, assignee, fallback } = await raiseEscalation(deps, {
    employee: person,
    reason,
    priority: priorityFor(reason),
    text,
    inboundMessageId: run.messageId,
    exclude,
    question,
    cause
  })
  const safety = reason === 'safety' ? `${reply('safetyFirst', person.language)} ` : ''
  // An emergency that reached only someone it names ("Dana collapsed and isnt breathing") is not said to be in their
  // hands: the sender hears plainly that nobody else could be reached.
  const handled = assignee && !escalation.excludedPersonIds?.includes(assignee.id)
  const ack = handled
    ? reply('escalationAck', person.language, { who: handlerName(assignee, person.language) })
    : reply(nobodyReached(reason, fallback), person.language)
  return {
    answerMode: 'escalated',
    ...extra,
    reply: safety + ack,
    personId: person.id,
    escalationId: escalation.id,
    // Another message may have raised it (an earlier YES): only the one that did is its interaction.
    raisedEscalation: escalation.inboundMessageId === run.messageId
  }
}

/** Who has it, HR named in the employee's language ("Dana in HR", "Dana de Recursos Humanos"). */
function handlerName(assignee: Person, language: string): string {
  if (assignee.role !== 'hr') return assignee.name
  return language === 'es' ? `${assignee.name} de Recursos Humanos` : `${assignee.name} in HR`
}

const HR_OFFER_WINDOW_MS = 30 * 60 * 1000

/**
 * "HR": the employee takes up the offer to reach HR privately. What goes to HR is their last question
 * when it came just before, otherwise only that they asked; it never reaches their manager.
 */
export async function reachHr(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  last: LastInteraction | undefined,
  body: string,
  active: Escalation[]
): Promise<Outcome> {
  // HR again when the last message already went to an HR matter still open: HR has it, nobody is texted again.
  const already = active.find((e) => e.id === last?.escalationId && isHrMatter(e.reason))
  if (already) {
    const assignee = already.assigneeId ? await findPersonById(deps.db, already.assigneeId) : undefined
    return {
      reply: assignee
        ? reply('escalationAck', person.language, { who: handlerName(assignee, person.language) })
        : reply('complaintNobody', person.language),
      personId: person.id,
      answerMode: 'escalated',
      escalationId: already.id
    }
  }
  const recent =
    last && deps.now().getTime() - last.createdAt.getTime() <= HR_OFFER_WINDOW_MS && last.answerMode !== 'smalltalk'
  const text = recent ? `${last.question} (asked to reach HR privately)` : body
  return escalate(deps, run, person, 'hr_request', text, {
    extra: { contextInteractionId: recent ? last.id : undefined },
    // Several HR texts to one offer raise one escalation, even when they arrive together.
    cause: recent ? `private-hr:${last.id}` : undefined
  })
}

/** Adds the message to an open escalation: the person handling it gets it on the manager number. */
export async function forward(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  escalation: Escalation,
  text: string,
  classification: Classification
): Promise<Outcome> {
  // More that speaks of whoever has the matter as the one it is about ("not Marcus, he's the problem") never
  // reaches them: it is raised anew past them, to HR when it reads as a complaint, urgent when it is an emergency.
  const about = escalation.assigneeId ? await subjectsOf(deps.db, person, escalation.reason, text, deps.now()) : []
  if (escalation.assigneeId && about.includes(escalation.assigneeId)) {
    const emergency = escalation.reason === 'safety' || classification.label === 'safety'
    const complaint = classification.label === 'hr_sensitive' || matchHrConcern(text) !== null
    const reason = emergency ? 'safety' : complaint ? 'hr_sensitive' : 'human_request'
    // A matter that may have been the start of it ("i need to talk to someone about what happened at close", then "it
    // was marcus") is taken from them: kept away and closed, and the new one carries its words on.
    const carriedOn = MAY_CONTINUE_A_COMPLAINT.has(escalation.reason)
    if (carriedOn) {
      await keepAwayToo(deps.db, escalation.id, about, deps.now())
      await closeEscalation(deps.db, escalation.id, deps.now())
    }
    return escalate(deps, run, person, reason, carriedOn ? `${escalation.originalText}\n${text}` : text, {
      exclude: new Set([...about, ...(escalation.excludedPersonIds ?? [])]),
      extra: { classification }
    })
  }
  // Whoever else it names is kept away from the matter from now on: neither the sweep's next rung nor their own view of
  // it reaches them ("Grace knows, she told me to keep quiet").
  const newlyNamed = about.filter((id) => !(escalation.excludedPersonIds ?? []).includes(id))
  if (newlyNamed.length > 0 && isHrMatter(escalation.reason))
    await keepAwayToo(deps.db, escalation.id, newlyNamed, deps.now())
  const [{ assignee, fallback }, linked] = await Promise.all([
    forwardToEscalation(deps, escalation, person, text, outboundKey(run, 'forward')),
    countInboundMessages(deps.db, escalation.id)
  ])
  const safety = classification.label === 'safety' ? `${reply('safetyFirst', person.language)} ` : ''
  // The first time, say that other questions still get answered.
  const passed = linked <= 1 ? 'forwardedFirst' : 'forwarded'
  return {
    reply:
      safety +
      (assignee
        ? reply(passed, person.language, { who: assignee.name })
        : reply(nobodyReached(escalation.reason, fallback), person.language)),
    personId: person.id,
    answerMode: 'forwarded',
    classification,
    escalationId: escalation.id
  }
}

// What the sender is told when nobody could be texted: ops' on-call contact has it, or they must reach someone another
// way (HR for a complaint: "a manager" may be whom it is about).
function nobodyReached(
  reason: string,
  fallback: boolean | undefined
): 'escalationFallback' | 'complaintNobody' | 'escalationNobody' {
  if (fallback) return 'escalationFallback'
  return isHrMatter(reason) ? 'complaintNobody' : 'escalationNobody'
}
