// Runs every minute (a schedule in AWS, an interval in `npm run dev`): alerts that never went out are
// retried, unacknowledged escalations get one reminder and then move up the ladder, and answered ones
// close after a while so the bot resumes. Each step claims its row with a conditional update, so two
// sweeps at once never double-text anyone.
import { and, eq, isNull, lt } from 'drizzle-orm'
import { escalations } from '../../drizzle/schema.ts'
import { pruneRateLimits } from '../conversation/rate-limit.ts'
import { findPersonById } from '../people/directory.ts'
import { sendSms } from '../sms/outbox.ts'
import { ackMinutes, alertAssignee, type EscalationDeps, ladderFor, type Reason } from './escalations.ts'

export interface SweepSummary {
  /** Alerts that had not gone out (for example Twilio was down) and were sent now. */
  notified: number
  reminded: number
  moved: number
  /** Unacknowledged with nobody left on the ladder. */
  exhausted: number
  autoClosed: number
  /** Urgent escalations still unacknowledged past their time (alarm on this). */
  overdueUrgent: number
}

const MINUTE = 60_000

export async function sweepEscalations(deps: EscalationDeps): Promise<SweepSummary> {
  const now = deps.now()
  const summary: SweepSummary = { notified: 0, reminded: 0, moved: 0, exhausted: 0, autoClosed: 0, overdueUrgent: 0 }
  const open = await deps.db.select().from(escalations).where(eq(escalations.status, 'open'))

  for (const escalation of open) {
    const employee = await findPersonById(deps.db, escalation.employeeId)
    const assignee = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
    if (!employee || !assignee) continue
    const waitMs = ackMinutes(deps.config, escalation.priority) * MINUTE

    if (!escalation.notifiedAt) {
      if (await claim(deps, escalation.id, isNull(escalations.notifiedAt), { notifiedAt: now })) {
        await alertAssignee(deps, escalation, employee, assignee, 'new')
        summary.notified++
      }
      continue
    }
    if (now.getTime() - escalation.notifiedAt.getTime() < waitMs) continue
    if (escalation.priority === 'urgent') summary.overdueUrgent++

    if (escalation.reminderCount === 0) {
      if (await claim(deps, escalation.id, eq(escalations.reminderCount, 0), { reminderCount: 1, remindedAt: now })) {
        await alertAssignee(deps, escalation, employee, assignee, 'reminder')
        summary.reminded++
      }
      continue
    }
    if (escalation.remindedAt && now.getTime() - escalation.remindedAt.getTime() < waitMs) continue

    const ladder = await ladderFor(deps.db, employee, escalation.reason as Reason)
    const next =
      ladder[ladder.findIndex((p) => p.id === assignee.id) + 1] ??
      (ladder.some((p) => p.id === assignee.id) ? undefined : ladder[0])
    if (!next || next.id === assignee.id) {
      summary.exhausted++
      continue
    }
    const moved = await claim(deps, escalation.id, eq(escalations.ladderLevel, escalation.ladderLevel), {
      ladderLevel: escalation.ladderLevel + 1,
      assigneeId: next.id,
      reminderCount: 0,
      remindedAt: null,
      notifiedAt: now
    })
    if (!moved) continue
    await alertAssignee(deps, { ...escalation, assigneeId: next.id }, employee, next, 'moved', assignee)
    await sendSms(deps, {
      to: employee.phone,
      from: deps.config.TWILIO_EMPLOYEE_NUMBER,
      channel: 'employee',
      personId: employee.id,
      escalationId: escalation.id,
      body: `Your message has been passed to ${next.name}, as ${assignee.name} has not answered yet.`
    })
    summary.moved++
  }

  const closeBefore = new Date(now.getTime() - deps.config.ESCALATION_AUTO_CLOSE_HOURS * 60 * MINUTE)
  const closed = await deps.db
    .update(escalations)
    .set({ status: 'closed', closedAt: now, updatedAt: now })
    .where(and(eq(escalations.status, 'answered'), lt(escalations.answeredAt, closeBefore)))
    .returning({ id: escalations.id })
  summary.autoClosed = closed.length
  await pruneRateLimits(deps.db, now)
  await deps.metrics?.sweep(summary)
  return summary
}

/** Applies `set` only if the row is still open and `condition` holds: true for the one sweep that won. */
async function claim(
  deps: EscalationDeps,
  id: number,
  condition: ReturnType<typeof eq>,
  set: Partial<typeof escalations.$inferInsert>
): Promise<boolean> {
  const rows = await deps.db
    .update(escalations)
    .set({ ...set, updatedAt: deps.now() })
    .where(and(eq(escalations.id, id), eq(escalations.status, 'open'), condition))
    .returning({ id: escalations.id })
  return rows.length > 0
}
