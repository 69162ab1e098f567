// Handing a message to a person. Everything happens over SMS on the manager number: the alert, the
// manager's answer ("E42 ..."), reminders and the move up the ladder when nobody answers.
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { escalations, feedback } from '../../drizzle/schema.ts'
import { fitToSegments, smartEncode } from '../answer/segments.ts'
import type { Label } from '../classifier/types.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import type { Metrics } from '../metrics.ts'
import { findPersonById, findPersonByPhone, listByRole, type Person } from '../people/directory.ts'
import { type OutboxDeps, type OutboxResult, sendSms } from '../sms/outbox.ts'

export type Escalation = typeof escalations.$inferSelect
export type Priority = Escalation['priority']
export type EscalationStatus = Escalation['status']

/** Escalations still in a person's hands: the bot forwards the employee's messages instead of answering. */
export const ACTIVE_STATUSES: EscalationStatus[] = ['open', 'acknowledged', 'answered']

export interface EscalationDeps extends OutboxDeps {
  config: Config
  metrics?: Metrics
}

/** The outbox settings escalation texts use: status callbacks come back to POST /message/status. */
export function escalationDeps<T extends Omit<EscalationDeps, 'statusCallbackUrl'>>(deps: T): T & EscalationDeps {
  return { ...deps, statusCallbackUrl: `${deps.config.PUBLIC_BASE_URL}/message/status` }
}

export type Reason = Label | 'no_answer' | 'disputed_answer' | 'manual'

const CATEGORY: Readonly<Record<string, string>> = {
  safety: 'safety',
  hr_sensitive: 'HR concern',
  attendance: 'attendance',
  payroll: 'pay problem',
  human_request: 'asks for a person',
  no_answer: 'question the handbook does not answer',
  disputed_answer: 'says the answer was wrong',
  policy_question: 'question',
  manual: 'raised by ops'
}

/**
 * Who handles an employee's escalations, in order: the direct manager, then that manager's managers,
 * then HR. HR concerns go to HR first and skip the direct manager, who may be the subject.
 */
export async function ladderFor(db: Db, employee: Person, reason: Reason): Promise<Person[]> {
  const chain: Person[] = []
  let phone = employee.managerPhone
  for (let depth = 0; phone && depth < 6; depth++) {
    const manager = await findPersonByPhone(db, phone)
    if (!manager || manager.role === 'employee' || chain.some((p) => p.id === manager.id)) break
    chain.push(manager)
    phone = manager.managerPhone
  }
  const hr = await listByRole(db, 'hr')
  const ladder = reason === 'hr_sensitive' ? [...hr, ...chain.slice(1)] : [...chain, ...hr]
  return ladder.filter((p, i) => p.id !== employee.id && !p.optedOut && ladder.findIndex((q) => q.id === p.id) === i)
}

/** The employee's escalation still in a person's hands, by phone (so it can run beside the person lookup). */
export async function findActiveEscalationByPhone(db: Db, phone: string): Promise<Escalation | undefined> {
  const [open] = await db
    .select()
    .from(escalations)
    .where(
      and(
        eq(escalations.employeeId, sql`(select id from people where phone = ${phone})`),
        inArray(escalations.status, ACTIVE_STATUSES)
      )
    )
    .orderBy(desc(escalations.id))
    .limit(1)
  return open
}

export async function findEscalationByCode(db: Db, code: string): Promise<Escalation | undefined> {
  const [found] = await db.select().from(escalations).where(eq(escalations.code, code.toUpperCase())).limit(1)
  return found
}

export interface RaiseInput {
  employee: Person
  reason: Reason
  priority: Priority
  text: string
  inboundMessageId?: number
}

export interface Raised {
  escalation: Escalation
  assignee: Person | undefined
  created: boolean
}

/**
 * Creates the escalation and texts the first person on the ladder. Raising it again for the same
 * inbound message returns the first one (and only texts the manager if that never happened).
 */
export async function raiseEscalation(deps: EscalationDeps, input: RaiseInput): Promise<Raised> {
  const ladder = await ladderFor(deps.db, input.employee, input.reason)
  const assignee = ladder[0]
  const [created] = await deps.db
    .insert(escalations)
    .values({
      employeeId: input.employee.id,
      assigneeId: assignee?.id,
      reason: input.reason,
      label: input.reason,
      priority: input.priority,
      originalText: input.text,
      inboundMessageId: input.inboundMessageId,
      createdAt: deps.now(),
      updatedAt: deps.now()
    })
    .onConflictDoNothing({ target: escalations.inboundMessageId })
    .returning()
  const escalation =
    created ??
    (await deps.db.select().from(escalations).where(eq(escalations.inboundMessageId, input.inboundMessageId!)))[0]!
  if (created) await deps.metrics?.escalation({ priority: escalation.priority, reason: escalation.reason })
  const current = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  if (current && !escalation.notifiedAt) await alertAssignee(deps, escalation, input.employee, current, 'new')
  return { escalation, assignee: current, created: Boolean(created) }
}

export type AlertKind = 'new' | 'reminder' | 'moved'

/** Texts the person responsible from the manager number. */
export async function alertAssignee(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  assignee: Person,
  kind: AlertKind,
  previous?: Person
): Promise<OutboxResult> {
  const body = managerAlert(escalation, employee, kind, deps.config.SMS_MAX_SEGMENTS, previous)
  const result = await sendSms(deps, {
    to: assignee.phone,
    from: deps.config.TWILIO_MANAGER_NUMBER,
    body,
    channel: 'manager',
    personId: assignee.id,
    escalationId: escalation.id
  })
  const at = deps.now()
  // An alert that did not go out leaves notified_at empty, and the next sweep tries again.
  const set =
    kind === 'reminder' ? { remindedAt: at, updatedAt: at } : { notifiedAt: result.sent ? at : null, updatedAt: at }
  await deps.db.update(escalations).set(set).where(eq(escalations.id, escalation.id))
  return result
}

/** "URGENT: Alex Rivera (Downtown), safety: "I cut my hand..." Code E42. Reply "E42 <your answer>" or "ACK E42"." */
export function managerAlert(
  escalation: Pick<Escalation, 'code' | 'priority' | 'reason' | 'originalText'>,
  employee: Pick<Person, 'name' | 'location'>,
  kind: AlertKind,
  maxSegments: number,
  previous?: Pick<Person, 'name'>
): string {
  const priority = escalation.priority.toUpperCase()
  const who = `${employee.name}${employee.location ? ` (${employee.location})` : ''}`
  const category = CATEGORY[escalation.reason] ?? escalation.reason
  const lead =
    kind === 'reminder'
      ? `REMINDER ${priority}`
      : kind === 'moved'
        ? `${priority}, passed on as ${previous?.name ?? 'the first contact'} has not answered`
        : priority
  const prefix = smartEncode(`${lead}: ${who}, ${category}: "`)
  const suffix = `" Code ${escalation.code}. Reply "${escalation.code} <your answer>" or "ACK ${escalation.code}".`
  const words = smartEncode(escalation.originalText.replace(/\s+/g, ' ').trim())
  // Never below two segments: the frame alone takes most of one.
  const { part } = fitToSegments(words, Math.max(maxSegments, 2), { prefix, suffix, continuation: '...' })
  return prefix + part + suffix
}

/** Adds an employee's further message to an open escalation and forwards it. */
export async function forwardToEscalation(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  text: string
): Promise<Person | undefined> {
  const assignee = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  if (!assignee) return undefined
  const prefix = smartEncode(`${escalation.code} ${employee.name}: "`)
  const { part } = fitToSegments(smartEncode(text.trim()), Math.max(deps.config.SMS_MAX_SEGMENTS, 2), {
    prefix,
    suffix: '"',
    continuation: '...'
  })
  await sendSms(deps, {
    to: assignee.phone,
    from: deps.config.TWILIO_MANAGER_NUMBER,
    body: `${prefix}${part}"`,
    channel: 'manager',
    personId: assignee.id,
    escalationId: escalation.id
  })
  return assignee
}

export function priorityFor(reason: Reason): Priority {
  return reason === 'safety' ? 'urgent' : reason === 'hr_sensitive' ? 'high' : 'normal'
}

export function ackMinutes(config: Config, priority: Priority): number {
  return priority === 'urgent'
    ? config.ESCALATION_ACK_MINUTES_URGENT
    : priority === 'high'
      ? config.ESCALATION_ACK_MINUTES_HIGH
      : config.ESCALATION_ACK_MINUTES_NORMAL
}

export async function acknowledge(db: Db, escalation: Escalation, at: Date): Promise<boolean> {
  const updated = await db
    .update(escalations)
    .set({ status: 'acknowledged', acknowledgedAt: at, updatedAt: at })
    .where(and(eq(escalations.id, escalation.id), eq(escalations.status, 'open')))
    .returning({ id: escalations.id })
  return updated.length > 0
}

/**
 * A person's answer to an escalation, from the manager number or the API: recorded first (with the
 * time to answer, and as feedback on the interaction), then relayed to the employee.
 */
export async function answerEscalation(
  deps: EscalationDeps,
  escalation: Escalation,
  answer: string,
  by: Person | undefined
): Promise<OutboxResult | undefined> {
  const at = deps.now()
  await deps.db
    .update(escalations)
    .set({
      status: 'answered',
      answer,
      answeredById: by?.id,
      answeredAt: sql`coalesce(${escalations.answeredAt}, ${at.toISOString()}::timestamptz)`,
      acknowledgedAt: sql`coalesce(${escalations.acknowledgedAt}, ${at.toISOString()}::timestamptz)`,
      secondsToAnswer: sql`coalesce(${escalations.secondsToAnswer}, ${Math.max(0, Math.round((at.getTime() - escalation.createdAt.getTime()) / 1000))})`,
      updatedAt: at
    })
    .where(eq(escalations.id, escalation.id))
  await deps.db.insert(feedback).values({
    interactionId: escalation.interactionId,
    escalationId: escalation.id,
    personId: by?.id,
    kind: 'manager_reply',
    text: answer
  })
  return relayAnswer(deps, escalation, answer, { name: by?.name ?? 'Your manager' })
}

export async function closeEscalation(db: Db, escalation: Escalation, at: Date): Promise<void> {
  await db
    .update(escalations)
    .set({ status: 'closed', closedAt: at, updatedAt: at })
    .where(eq(escalations.id, escalation.id))
}

/** Sends a manager's answer to the employee from the employee number, stamped with the manager's name. */
async function relayAnswer(
  deps: EscalationDeps,
  escalation: Escalation,
  answer: string,
  by: Pick<Person, 'name'>
): Promise<OutboxResult | undefined> {
  const employee = await findPersonById(deps.db, escalation.employeeId)
  if (!employee) return undefined
  return sendSms(deps, {
    to: employee.phone,
    from: deps.config.TWILIO_EMPLOYEE_NUMBER,
    body: smartEncode(`${by.name}: ${answer.trim()}`),
    channel: 'employee',
    personId: employee.id,
    escalationId: escalation.id
  })
}
