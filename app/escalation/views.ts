// Escalations as the JWT API shows them: with the employee and the person responsible.
import { desc, eq, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { escalations, people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import type { EscalationStatus, Priority } from './repository.ts'

export interface EscalationView {
  id: number
  code: string
  status: EscalationStatus
  priority: Priority
  reason: string
  originalText: string
  answer: string | null
  employee: { id: number; name: string; phone: string; location: string | null }
  assignee: { id: number; name: string; role: string } | null
  ladderLevel: number
  reminderCount: number
  secondsToAnswer: number | null
  createdAt: string
  notifiedAt: string | null
  acknowledgedAt: string | null
  answeredAt: string | null
  closedAt: string | null
}

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

export async function findEscalationView(db: Db, id: number): Promise<EscalationView | undefined> {
  const [view] = await listEscalationViews(db, eq(escalations.id, id), 1)
  return view
}
