// Handing a message to a person, over SMS on the manager number: raising an escalation and alerting
// the person responsible, forwarding the employee's further messages, relaying the answer back.
import type { Config } from '../config.ts'
import type { Metrics } from '../metrics/metrics.ts'
import { suggestFaq } from '../faq/repository.ts'
import { findPersonById, type Person } from '../people/directory.ts'
import { type OutboxDeps, type OutboxResult, sendSms } from '../sms/outbox.ts'
import { ladderFor, type Reason } from './ladder.ts'
import {
  acknowledgeEscalation,
  claimFirstAlert,
  type Escalation,
  insertEscalation,
  type Priority,
  recordAnswer,
  releaseFirstAlert
} from './repository.ts'
import {
  acknowledgedNotice,
  type AlertKind,
  fallbackAlert,
  forwardedMessage,
  managerAlert,
  relayedAnswer
} from './texts.ts'

export interface EscalationDeps extends OutboxDeps {
  config: Config
  metrics?: Metrics
}

/** The outbox settings escalation texts use: status callbacks come back to POST /message/status. */
export function escalationDeps<T extends Omit<EscalationDeps, 'statusCallbackUrl'>>(deps: T): T & EscalationDeps {
  return { ...deps, statusCallbackUrl: `${deps.config.PUBLIC_BASE_URL}/message/status` }
}

export interface RaiseInput {
  employee: Person
  reason: Reason
  priority: Priority
  text: string
  inboundMessageId?: number
  /** People the message names, who must not handle it. */
  exclude?: ReadonlySet<number>
  /** The question it began with, if it began as one: the answer to it may become an FAQ. */
  question?: string
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
  const [assignee] = await ladderFor(deps.db, input.employee, input.reason, input.exclude)
  const at = deps.now()
  const { escalation, created } = await insertEscalation(deps.db, {
    employeeId: input.employee.id,
    assigneeId: assignee?.id,
    reason: input.reason,
    label: input.reason,
    priority: input.priority,
    originalText: input.text,
    question: input.question ?? null,
    inboundMessageId: input.inboundMessageId,
    excludedPersonIds: [...(input.exclude ?? [])],
    createdAt: at,
    updatedAt: at
  })
  if (created) await deps.metrics?.escalation({ priority: escalation.priority, reason: escalation.reason })
  const current = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  if (current && !escalation.notifiedAt) await deliverFirstAlert(deps, escalation, input.employee, current)
  if (current) return { escalation, assignee: current, created }
  // Nobody in the directory to alert: ops' on-call phone at once, or the alarm at once.
  const fallback = await alertFallback(deps, escalation, input.employee, 'nobody')
  if (!fallback && created && escalation.priority === 'urgent')
    await deps.metrics?.sweep({ notified: 0, reminded: 0, moved: 0, overdueUrgent: 1 })
  return { escalation, assignee: undefined, created, fallback }
}

/** Texts ops' on-call phone about an escalation nobody has (once per escalation); true when it went. */
export async function alertFallback(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  why: 'nobody' | 'unanswered'
): Promise<boolean> {
  const phone = deps.config.ESCALATION_FALLBACK_PHONE
  if (!phone) return false
  const result = await sendSms(deps, {
    to: phone,
    from: deps.config.TWILIO_MANAGER_NUMBER,
    body: fallbackAlert(escalation, employee, why, deps.config.SMS_MAX_SEGMENTS),
    channel: 'manager',
    escalationId: escalation.id,
    key: fallbackKey(escalation)
  })
  return result.sent
}

export function fallbackKey(escalation: Pick<Escalation, 'code'>): string {
  return `${escalation.code}:fallback`
}

/** Claims and sends the first alert; if it does not go out, the claim is released for the sweep to retry. */
export async function deliverFirstAlert(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  assignee: Person
): Promise<boolean> {
  if (!(await claimFirstAlert(deps.db, escalation.id, deps.now()))) return false
  const result = await alertAssignee(deps, escalation, employee, assignee, 'new')
  if (!result.sent) await releaseFirstAlert(deps.db, escalation.id, deps.now())
  return result.sent
}

/**
 * One alert per rung of the ladder (and one reminder): a retry (the sweep, after a timeout or a worker
 * that died) sends what did not go, never a second copy.
 */
export function alertKey(escalation: Pick<Escalation, 'code' | 'ladderLevel'>): string {
  return `${escalation.code}:alert:${escalation.ladderLevel}`
}

/** Texts the person responsible from the manager number (the caller has claimed the step). */
export async function alertAssignee(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  assignee: Person,
  kind: AlertKind,
  previous?: Person
): Promise<OutboxResult> {
  return sendSms(deps, {
    to: assignee.phone,
    from: deps.config.TWILIO_MANAGER_NUMBER,
    body: managerAlert(escalation, employee, kind, deps.config.SMS_MAX_SEGMENTS, previous),
    channel: 'manager',
    personId: assignee.id,
    escalationId: escalation.id,
    key: kind === 'reminder' ? `${escalation.code}:reminder:${escalation.ladderLevel}` : alertKey(escalation)
  })
}

/** Forwards an employee's further message on an open escalation to the person handling it. */
export async function forwardToEscalation(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  text: string,
  key?: string
): Promise<Person | undefined> {
  const assignee = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  if (!assignee) return undefined
  await sendSms(deps, {
    to: assignee.phone,
    from: deps.config.TWILIO_MANAGER_NUMBER,
    body: forwardedMessage(escalation, employee, text, deps.config.SMS_MAX_SEGMENTS),
    channel: 'manager',
    personId: assignee.id,
    escalationId: escalation.id,
    key
  })
  return assignee
}

export type AnswerResult = { kind: 'closed' } | { kind: 'no_employee' } | { kind: 'relayed'; outbox: OutboxResult }

/**
 * A person's answer to an escalation, from the manager number or the API: recorded first (with the
 * time to answer, and as feedback), then relayed to the employee from the employee number.
 */
export async function answerEscalation(
  deps: EscalationDeps,
  escalation: Escalation,
  answer: string,
  by: Person | undefined,
  { key, keepStatus = false }: { key?: string; keepStatus?: boolean } = {}
): Promise<AnswerResult> {
  const cause = key && `${key}:feedback`
  if (!(await recordAnswer(deps.db, escalation, answer, by?.id, deps.now(), { keepStatus, cause }))) {
    return { kind: 'closed' }
  }
  const employee = await findPersonById(deps.db, escalation.employeeId)
  if (!employee) return { kind: 'no_employee' }
  // A long answer goes in parts, in order; each part is its own cause, so a retry sends only what is missing.
  let outbox: OutboxResult | undefined
  for (const [i, part] of relayedAnswer(by, answer).entries()) {
    outbox = await textEmployee(deps, escalation, employee, part, key && (i === 0 ? key : `${key}:${i + 1}`))
    if (!outbox.sent) break
  }
  // A person's answer to a question the handbook did not answer: HR may make it an FAQ.
  if (outbox!.sent && escalation.question) {
    const suggestion = {
      escalationId: escalation.id,
      question: escalation.question,
      answer,
      location: employee.location,
      answeredById: by?.id ?? null
    }
    await suggestFaq(deps.db, suggestion, deps.now())
  }
  return { kind: 'relayed', outbox: outbox! }
}

/** "ACK E42": marks it acknowledged (once) and tells the employee someone is on it. */
export async function acknowledgeAndNotify(
  deps: EscalationDeps,
  escalation: Escalation,
  by: Person,
  key?: string
): Promise<void> {
  if (!(await acknowledgeEscalation(deps.db, escalation.id, deps.now()))) return
  const employee = await findPersonById(deps.db, escalation.employeeId)
  if (!employee) return
  await textEmployee(deps, escalation, employee, acknowledgedNotice(by), key)
}

/** A text about an escalation to the employee it is about, from the employee number. */
export function textEmployee(
  deps: EscalationDeps,
  escalation: Pick<Escalation, 'id'>,
  employee: Person,
  body: string,
  key?: string
): Promise<OutboxResult> {
  return sendSms(deps, {
    to: employee.phone,
    from: deps.config.TWILIO_EMPLOYEE_NUMBER,
    channel: 'employee',
    personId: employee.id,
    escalationId: escalation.id,
    body,
    key
  })
}
