// Handing a message to a person, over SMS on the manager number: raising an escalation and alerting
// the person responsible, forwarding the employee's further messages, relaying the answer back.
import { suggestFaq } from '../faq/repository.ts'
import { findPersonById, type Person } from '../people/directory.ts'
import { deliverQueued, type OutboxResult, type OutgoingSms, type Queued, queueSms, sendSms } from '../sms/outbox.ts'
import { alertFallback, deliverFirstAlert, type EscalationDeps, onCallPhone } from './alerts.ts'
import { isHrMatter, ladderFor, type Reason } from './ladder.ts'
import {
  acknowledgeEscalation,
  closeEscalation,
  type Escalation,
  insertEscalation,
  type Priority,
  keepAwayFromOpenMatters,
  recordAnswer,
  touchEscalation
} from './repository.ts'
import { MAY_CONTINUE_A_COMPLAINT, subjectsOf } from './subjects.ts'
import { acknowledgedNotice, employeeLanguage, forwardedMessage, relayedAnswer } from './texts.ts'

export interface RaiseInput {
  employee: Person
  reason: Reason
  priority: Priority
  text: string
  inboundMessageId?: number
  /** People who must not handle it, beyond those it is about (see subjects.ts). */
  exclude?: ReadonlySet<number>
  /** The question it began with, if it began as one: the answer to it may become an FAQ. */
  question?: string
  /** What raised it when one cause may arrive in several messages (YES to a decline): raised once. */
  cause?: string
}

export interface Raised {
  escalation: Escalation
  assignee: Person | undefined
  created: boolean
  /** Nobody on the ladder, and ops' on-call phone (ESCALATION_FALLBACK_PHONE) was texted. */
  fallback?: boolean
}

/**
 * Creates the escalation and texts the first person on the ladder. Raising it again for the same
 * inbound message returns the first one, and the first alert is claimed before it is sent, so a sweep
 * running at the same time never sends a second one.
 */
export async function raiseEscalation(deps: EscalationDeps, input: RaiseInput): Promise<Raised> {
  const at = deps.now()
  const about = await subjectsOf(deps.db, input.employee, input.reason, input.question ?? input.text, at)
  const exclude = new Set([...(input.exclude ?? []), ...about])
  let [assignee] = await ladderFor(deps.db, input.employee, input.reason, exclude)
  // Everyone an emergency names kept away, nobody else there and no on-call phone ("someone is robbing the store with a
  // gun, he has Marcus and Dana in the back office"): it reaches them all the same, the sender already told to call 911.
  if (!assignee && input.reason === 'safety' && !deps.config.ESCALATION_FALLBACK_PHONE && exclude.size > 0)
    [assignee] = await ladderFor(deps.db, input.employee, input.reason)
  const { escalation, created } = await insertEscalation(deps.db, {
    employeeId: input.employee.id,
    assigneeId: assignee?.id,
    reason: input.reason,
    label: input.reason,
    priority: input.priority,
    originalText: input.text,
    question: input.question ?? null,
    inboundMessageId: input.inboundMessageId,
    cause: input.cause,
    excludedPersonIds: [...exclude],
    createdAt: at,
    updatedAt: at
  })
  if (created) await deps.metrics?.escalation({ priority: escalation.priority, reason: escalation.reason })
  // Whoever a complaint is about handles none of the sender's matters still open that may carry it on (a pay
  // problem raised before it): the sweep moves one they hold on at once.
  if (created && isHrMatter(input.reason) && exclude.size > 0)
    await keepAwayFromOpenMatters(
      deps.db,
      input.employee.id,
      [...MAY_CONTINUE_A_COMPLAINT],
      [...exclude],
      escalation.id
    )
  const current = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  if (current && !escalation.notifiedAt) await deliverFirstAlert(deps, escalation, input.employee, current)
  if (current) return { escalation, assignee: current, created }
  // Nobody in the directory to alert: ops' on-call phone at once, or the alarm at once.
  const fallback = await alertFallback(deps, escalation, input.employee, 'nobody')
  if (!fallback && created && escalation.priority === 'urgent')
    await deps.metrics?.sweep({ notified: 0, reminded: 0, moved: 0, overdueUrgent: 1 })
  return { escalation, assignee: undefined, created, fallback }
}

/**
 * Forwards an employee's further message on an open escalation to the person handling it; with nobody
 * handling it, to ops' on-call phone (ESCALATION_FALLBACK_PHONE) as its first alert went.
 */
export async function forwardToEscalation(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  text: string,
  key?: string
): Promise<{ assignee?: Person; fallback: boolean }> {
  const assignee = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  const to = assignee?.phone ?? (await onCallPhone(deps, escalation))
  if (!to) return { fallback: false }
  await sendSms(deps, {
    to,
    from: deps.config.TWILIO_MANAGER_NUMBER,
    body: forwardedMessage(escalation, employee, text, deps.config.SMS_MAX_SEGMENTS),
    channel: 'manager',
    personId: assignee?.id,
    escalationId: escalation.id,
    key
  })
  // Answered without a code, the handler's reply is taken as to this matter now (HR may hold a complaint and a
  // request from whoever it is about: "I'm speaking with Jordan today" must reach the one who complained).
  if (assignee) await touchEscalation(deps.db, escalation.id, deps.now())
  return { assignee, fallback: !assignee }
}

export type AnswerResult = { kind: 'closed' } | { kind: 'no_employee' } | { kind: 'relayed'; outbox: OutboxResult }

/** Who signs an answer: a person (with their directory id), or HR, ops or the company. */
export interface Signer {
  id?: number
  name: string
}

/**
 * A person's answer to an escalation, from the manager number or the API: the answer (with the time
 * to answer, and as feedback), the relay to the employee and, with `close`, the closing are stored in
 * one transaction, so a failure stores none of them; the relay is sent once they are.
 */
export async function answerEscalation(
  deps: EscalationDeps,
  escalation: Escalation,
  answer: string,
  by: Signer,
  { key, close = false }: { key?: string; close?: boolean } = {}
): Promise<AnswerResult> {
  const cause = key && `${key}:feedback`
  const employee = await findPersonById(deps.db, escalation.employeeId)
  const parts = employee
    ? // A long answer goes in parts, in order; each part is its own cause, so a retry sends only what is missing.
      relayedAnswer(by, answer).map((part, i) =>
        employeeText(deps, escalation, employee, part, key && (i === 0 ? key : `${key}:${i + 1}`))
      )
    : []
  const at = deps.now()
  // The state change, the answer and the texts are stored together: none of them is lost alone.
  const stored = await deps.db.transaction(async (tx) => {
    if (close && !(await closeEscalation(tx, escalation.id, at))) return 'closed'
    if (!(await recordAnswer(tx, escalation, answer, by.id, at, { keepStatus: close, cause }))) return 'closed'
    if (parts.length === 0) return 'no_employee'
    const queued: Array<Queued | OutboxResult> = []
    for (const part of parts) queued.push(await queueSms(tx, part, at))
    return queued
  })
  if (stored === 'closed' || stored === 'no_employee') return { kind: stored }
  let outbox: OutboxResult | undefined
  for (const [i, queued] of stored.entries()) {
    outbox = await deliverQueued(deps, queued, parts[i]!)
    if (!outbox.sent) break
  }
  // A person's answer to a question the handbook did not answer: HR may make it an FAQ.
  if (outbox!.sent && escalation.question) {
    const suggestion = {
      escalationId: escalation.id,
      question: escalation.question,
      answer,
      location: employee!.location,
      answeredById: by.id ?? null
    }
    await suggestFaq(deps.db, suggestion, deps.now())
  }
  return { kind: 'relayed', outbox: outbox! }
}

/**
 * "ACK E42": marks it acknowledged (once) and tells the employee someone is on it; the notice is
 * stored in the same transaction as the acknowledgement, so neither is kept without the other.
 */
export async function acknowledgeAndNotify(
  deps: EscalationDeps,
  escalation: Escalation,
  by: Person,
  key?: string
): Promise<void> {
  const employee = await findPersonById(deps.db, escalation.employeeId)
  const notice =
    employee &&
    employeeText(deps, escalation, employee, acknowledgedNotice(by, employeeLanguage(escalation, employee)), key)
  const at = deps.now()
  const stored = await deps.db.transaction(async (tx) => {
    if (!(await acknowledgeEscalation(tx, escalation.id, at)) || !notice) return undefined
    return queueSms(tx, notice, at)
  })
  if (stored) await deliverQueued(deps, stored, notice!)
}

/** A text about an escalation to the employee it is about, from the employee number. */
export function textEmployee(
  deps: EscalationDeps,
  escalation: Pick<Escalation, 'id'>,
  employee: Person,
  body: string,
  key?: string
): Promise<OutboxResult> {
  return sendSms(deps, employeeText(deps, escalation, employee, body, key))
}

function employeeText(
  deps: EscalationDeps,
  escalation: Pick<Escalation, 'id'>,
  employee: Person,
  body: string,
  key?: string
): OutgoingSms {
  return {
    to: employee.phone,
    from: deps.config.TWILIO_EMPLOYEE_NUMBER,
    channel: 'employee',
    personId: employee.id,
    escalationId: escalation.id,
    body,
    key
  }
}
