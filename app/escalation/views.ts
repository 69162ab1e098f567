// Escalations as the JWT API shows them: with the employee and the person responsible.
import { asc, desc, eq, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { escalations, messages, people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import type { EscalationView } from '../schemas/escalate.ts'

const assignees = alias(people, 'assignee')

export async function listEscalationViews(db: Db, where: SQL | undefined, limit = 50): Promise<EscalationView[]> {
  const rows = await db
    .select({ escalation: escalations, employee: people, assignee: assignees })
    .from(escalations)
    .innerJoin(people, eq(people.id, escalations.employeeId))
    .leftJoin(assignees, eq(assignees.id, escalations.assigneeId))
    .where(where)
    .orderBy(desc(escalations.id))
    .limit(limit)
  return rows.map(({ escalation: e, employee, assignee }) => ({
    id: e.id,
    code: e.code,
    status: e.status,
    priority: e.priority,
    reason: e.reason,
    originalText: e.originalText,
    answer: e.answer,
    employee: { id: employee.id, name: employee.name, phone: employee.phone, location: employee.location },
    assignee: assignee ? { id: assignee.id, name: assignee.name, role: assignee.role } : null,
    ladderLevel: e.ladderLevel,
    reminderCount: e.reminderCount,
    secondsToAnswer: e.secondsToAnswer,
    createdAt: e.createdAt.toISOString(),
    notifiedAt: e.notifiedAt?.toISOString() ?? null,
    acknowledgedAt: e.acknowledgedAt?.toISOString() ?? null,
    answeredAt: e.answeredAt?.toISOString() ?? null,
    closedAt: e.closedAt?.toISOString() ?? null
  }))
}

export async function escalationMessages(db: Db, escalationId: number) {
  const rows = await db.select().from(messages).where(eq(messages.escalationId, escalationId)).orderBy(asc(messages.id))
  return rows.map(toMessageView)
}

/** A stored text as the API shows it (the escalation's messages, the outbox). */
export function toMessageView(m: typeof messages.$inferSelect) {
  return {
    id: m.id,
    direction: m.direction,
    channel: m.channel,
    from: m.fromPhone,
    to: m.toPhone,
    body: m.body,
    status: m.status,
    errorCode: m.errorCode,
    createdAt: m.createdAt.toISOString()
  }
}
