// The escalations table: every query the escalation code runs, and nothing else.
import { and, count, desc, eq, gte, inArray, isNull, lt, ne, or, type Placeholder, type SQL, sql } from 'drizzle-orm'
import { escalations, feedback, messages } from '../../drizzle/schema.ts'
import { escalationsVisibleTo, type Viewer } from '../auth/escalation-access.ts'
import type { Db } from '../db/database.ts'
import { preparedFor } from '../db/prepared.ts'

export type Escalation = typeof escalations.$inferSelect
export type NewEscalation = typeof escalations.$inferInsert
export type Priority = Escalation['priority']
export type EscalationStatus = Escalation['status']

/** Escalations still in a person's hands: the bot forwards the employee's messages on that matter. */
export const ACTIVE_STATUSES: EscalationStatus[] = ['open', 'acknowledged', 'answered']

const byPhone = (phone: string | Placeholder) => sql`(select id from people where phone = ${phone})`

// Read for every text (is there a matter this one continues?).
const activeByPhone = preparedFor((db) =>
  db
    .select()
    .from(escalations)
    .where(
      and(eq(escalations.employeeId, byPhone(sql.placeholder('phone'))), inArray(escalations.status, ACTIVE_STATUSES))
    )
    .orderBy(desc(escalations.id))
    .limit(5)
    .prepare('active_escalations_by_phone')
)

/** The employee's escalations still in a person's hands, newest first, by phone (to run beside the person lookup). */
export async function findActiveEscalationsByPhone(db: Db, phone: string): Promise<Escalation[]> {
  return activeByPhone(db).execute({ phone })
}

// Read for every text too (does it carry on a complaint HR closed lately?) and when a matter is raised.
const recentHrByPhone = preparedFor((db) =>
  db
    .select()
    .from(escalations)
    .where(
      and(
        eq(escalations.employeeId, byPhone(sql.placeholder('phone'))),
        inArray(escalations.reason, ['hr_sensitive', 'hr_request']),
        or(inArray(escalations.status, ACTIVE_STATUSES), gte(escalations.closedAt, sql.placeholder('since')))
      )
    )
    .orderBy(desc(escalations.id))
    .prepare('recent_hr_by_phone')
)

/** The employee's HR matters still in a person's hands or closed since `since`, newest first, by phone. */
export async function findRecentHrMattersByPhone(db: Db, phone: string, since: Date): Promise<Escalation[]> {
  return recentHrByPhone(db).execute({ phone, since: since.toISOString() })
}

export async function findEscalationById(db: Db, id: number): Promise<Escalation | undefined> {
  const [found] = await db.select().from(escalations).where(eq(escalations.id, id)).limit(1)
  return found
}

/** The escalation with this code, if `viewer` may see it (otherwise as if there were none). */
export async function findVisibleByCode(db: Db, viewer: Viewer, code: string): Promise<Escalation | undefined> {
  return findVisible(db, viewer, eq(escalations.code, code.toUpperCase()))
}

export async function findVisible(db: Db, viewer: Viewer, where: SQL): Promise<Escalation | undefined> {
  const [found] = await db
    .select()
    .from(escalations)
    .where(and(where, escalationsVisibleTo(viewer)))
    .limit(1)
  return found
}

/** The most recently updated escalation still in a person's hands that is assigned to the viewer. */
export async function latestAssignedTo(db: Db, viewer: Viewer): Promise<Escalation | undefined> {
  const [latest] = await db
    .select()
    .from(escalations)
    .where(
      and(
        eq(escalations.assigneeId, viewer.personId ?? 0),
        inArray(escalations.status, ACTIVE_STATUSES),
        escalationsVisibleTo(viewer)
      )
    )
    .orderBy(desc(escalations.updatedAt), desc(escalations.id))
    .limit(1)
  return latest
}

/**
 * Inserts an escalation; for an inbound message or a cause that already raised one, returns that one
 * instead (the unique constraints decide, so messages arriving together raise one).
 */
export async function insertEscalation(
  db: Db,
  values: NewEscalation
): Promise<{ escalation: Escalation; created: boolean }> {
  const [created] = await db.insert(escalations).values(values).onConflictDoNothing().returning()
  if (created) return { escalation: created, created: true }
  const [existing] = await db
    .select()
    .from(escalations)
    .where(
      or(
        values.inboundMessageId ? eq(escalations.inboundMessageId, values.inboundMessageId) : undefined,
        values.cause ? eq(escalations.cause, values.cause) : undefined
      )
    )
  return { escalation: existing!, created: false }
}

/**
 * Claims the first alert: sets notified_at only if it is still empty, so of two workers (a new
 * escalation and a sweep) exactly one texts the assignee.
 */
export async function claimFirstAlert(db: Db, id: number, at: Date): Promise<boolean> {
  const rows = await db
    .update(escalations)
    .set({ notifiedAt: at, updatedAt: at })
    .where(and(eq(escalations.id, id), isNull(escalations.notifiedAt), eq(escalations.status, 'open')))
    .returning({ id: escalations.id })
  return rows.length > 0
}

/** An alert that did not go out: clear the claim so the next sweep tries again. */
export async function releaseFirstAlert(db: Db, id: number, at: Date): Promise<void> {
  await db.update(escalations).set({ notifiedAt: null, updatedAt: at }).where(eq(escalations.id, id))
}

/**
 * Applies `set` only while the escalation is open and `condition` holds: true for the one worker that
 * won. A new assignee keeps the one before among those who may still answer it.
 */
export async function claimOpen(
  db: Db,
  id: number,
  condition: ReturnType<typeof eq>,
  set: Partial<NewEscalation>,
  at: Date
): Promise<boolean> {
  const passedOn =
    set.assigneeId === undefined
      ? {}
      : {
          previousAssigneeIds: sql`array_remove(array_append(${escalations.previousAssigneeIds}, ${escalations.assigneeId}), null)`
        }
  const rows = await db
    .update(escalations)
    .set({ ...set, ...passedOn, updatedAt: at })
    .where(and(eq(escalations.id, id), eq(escalations.status, 'open'), condition))
    .returning({ id: escalations.id })
  return rows.length > 0
}

export async function listOpenEscalations(db: Db): Promise<Escalation[]> {
  return db.select().from(escalations).where(eq(escalations.status, 'open'))
}

export async function acknowledgeEscalation(db: Db, id: number, at: Date): Promise<boolean> {
  const updated = await db
    .update(escalations)
    .set({ status: 'acknowledged', acknowledgedAt: at, updatedAt: at })
    .where(and(eq(escalations.id, id), eq(escalations.status, 'open')))
    .returning({ id: escalations.id })
  return updated.length > 0
}

/**
 * Records a person's answer (time to answer, who; status `answered` unless `keepStatus`), unless the
 * escalation is closed, and keeps it as feedback on the interaction it came from. False when closed.
 */
export async function recordAnswer(
  db: Db,
  escalation: Escalation,
  answer: string,
  byId: number | undefined,
  at: Date,
  { keepStatus = false, cause }: { keepStatus?: boolean; cause?: string } = {}
): Promise<boolean> {
  const iso = at.toISOString()
  const seconds = Math.max(0, Math.round((at.getTime() - escalation.createdAt.getTime()) / 1000))
  const updated = await db
    .update(escalations)
    .set({
      ...(keepStatus ? {} : { status: 'answered' as const }),
      answer,
      answeredById: byId,
      answeredAt: sql`coalesce(${escalations.answeredAt}, ${iso}::timestamptz)`,
      acknowledgedAt: sql`coalesce(${escalations.acknowledgedAt}, ${iso}::timestamptz)`,
      secondsToAnswer: sql`coalesce(${escalations.secondsToAnswer}, ${seconds})`,
      updatedAt: at
    })
    .where(and(eq(escalations.id, escalation.id), keepStatus ? undefined : ne(escalations.status, 'closed')))
    .returning({ id: escalations.id })
  if (updated.length === 0) return false
  await db
    .insert(feedback)
    .values({
      interactionId: escalation.interactionId,
      escalationId: escalation.id,
      personId: byId,
      kind: 'manager_reply',
      text: answer,
      cause
    })
    .onConflictDoNothing({ target: feedback.cause })
  return true
}

/** Closes it unless it already is: true for the one caller that closed it. */
export async function closeEscalation(db: Db, id: number, at: Date): Promise<boolean> {
  const updated = await db
    .update(escalations)
    .set({ status: 'closed', closedAt: at, updatedAt: at })
    .where(and(eq(escalations.id, id), ne(escalations.status, 'closed')))
    .returning({ id: escalations.id })
  return updated.length > 0
}

/** Keeps these people away from the escalation too (more on a complaint named them): added, never replaced. */
export async function keepAwayToo(db: Db, id: number, personIds: number[], at: Date): Promise<void> {
  await db
    .update(escalations)
    .set({ excludedPersonIds: withAdded(personIds), updatedAt: at })
    .where(eq(escalations.id, id))
}

/**
 * Keeps these people away from the employee's other open matters of these reasons too: a complaint about them was
 * raised while those were open. Their order for a reply without a code is left as it was.
 */
export async function keepAwayFromOpenMatters(
  db: Db,
  employeeId: number,
  reasons: string[],
  personIds: number[],
  exceptId: number
): Promise<void> {
  await db
    .update(escalations)
    .set({ excludedPersonIds: withAdded(personIds) })
    .where(
      and(
        eq(escalations.employeeId, employeeId),
        inArray(escalations.status, ACTIVE_STATUSES),
        inArray(escalations.reason, reasons),
        ne(escalations.id, exceptId)
      )
    )
}

function withAdded(personIds: number[]) {
  const added = sql`array[${sql.join(
    personIds.map((id) => sql`${id}`),
    sql`, `
  )}]::int[]`
  return sql`array(select distinct unnest(${escalations.excludedPersonIds} || ${added}))`
}

/** More of the matter reached its handler: a reply without a code answers the matter they were texted last. */
export async function touchEscalation(db: Db, id: number, at: Date): Promise<void> {
  await db.update(escalations).set({ updatedAt: at }).where(eq(escalations.id, id))
}

/** Undoes a close whose follow-up failed (the relay of the answer): it is in a person's hands again. */
export async function reopenEscalation(db: Db, id: number, status: EscalationStatus, at: Date): Promise<void> {
  await db.update(escalations).set({ status, closedAt: null, updatedAt: at }).where(eq(escalations.id, id))
}

/** Answered escalations older than `before` close by themselves; returns how many. */
export async function autoCloseAnswered(db: Db, before: Date, at: Date): Promise<number> {
  const closed = await db
    .update(escalations)
    .set({ status: 'closed', closedAt: at, updatedAt: at })
    .where(and(eq(escalations.status, 'answered'), lt(escalations.answeredAt, before)))
    .returning({ id: escalations.id })
  return closed.length
}

/** How many of the employee's messages are linked to the escalation (the one that raised it included). */
export async function countInboundMessages(db: Db, escalationId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(messages)
    .where(and(eq(messages.escalationId, escalationId), eq(messages.direction, 'inbound')))
  return row?.n ?? 0
}

/** The status of each of these outbound texts (by idempotency key) that exists. */
export async function outboundStatuses(db: Db, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map()
  const rows = await db
    .select({ key: messages.idempotencyKey, status: messages.status })
    .from(messages)
    .where(inArray(messages.idempotencyKey, keys))
  return new Map(rows.map((r) => [r.key!, r.status]))
}
