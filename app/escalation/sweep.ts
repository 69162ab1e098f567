// Runs every minute (a schedule in AWS, an interval in `npm run dev`): alerts that never went out are
// retried, unacknowledged escalations get one reminder and then move up the ladder, and answered ones
// close after a while so the bot resumes. Each step claims its row with a conditional update, so two
// sweeps at once never double-text anyone.
import { eq } from 'drizzle-orm'
import { escalations } from '../../drizzle/schema.ts'
import { pruneRateLimits } from '../inbound/rate-limit.ts'
import { findPersonById } from '../people/directory.ts'
import { ackMinutes, ladderFor } from './ladder.ts'
import { autoCloseAnswered, claimOpen, type Escalation, listOpenEscalations, releaseFirstAlert } from './repository.ts'
import { alertAssignee, deliverFirstAlert, type EscalationDeps, textEmployee } from './service.ts'
import { movedNotice } from './texts.ts'

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
  for (const escalation of await listOpenEscalations(deps.db)) {
    const { step, overdue } = await sweepOne(deps, escalation, now)
    if (step) summary[step]++
    if (overdue) summary.overdueUrgent++
  }
  const closeBefore = new Date(now.getTime() - deps.config.ESCALATION_AUTO_CLOSE_HOURS * 60 * MINUTE)
  summary.autoClosed = await autoCloseAnswered(deps.db, closeBefore, now)
  await pruneRateLimits(deps.db, now)
  await deps.metrics?.sweep(summary)
  return summary
}

interface Swept {
  step?: 'notified' | 'reminded' | 'moved' | 'exhausted'
  /** An urgent escalation still unacknowledged past its time. */
  overdue?: boolean
}

async function sweepOne(deps: EscalationDeps, escalation: Escalation, now: Date): Promise<Swept> {
  const employee = await findPersonById(deps.db, escalation.employeeId)
  const assignee = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  if (!employee || !assignee) return {}
  if (!escalation.notifiedAt)
    return (await deliverFirstAlert(deps, escalation, employee, assignee)) ? { step: 'notified' } : {}

  const waitMs = ackMinutes(deps.config, escalation.priority) * MINUTE
  if (now.getTime() - escalation.notifiedAt.getTime() < waitMs) return {}
  const overdue = escalation.priority === 'urgent'

  if (escalation.reminderCount === 0) {
    const set = { reminderCount: 1, remindedAt: now }
    if (!(await claimOpen(deps.db, escalation.id, eq(escalations.reminderCount, 0), set, now))) return { overdue }
    await alertAssignee(deps, escalation, employee, assignee, 'reminder')
    return { step: 'reminded', overdue }
  }
  if (escalation.remindedAt && now.getTime() - escalation.remindedAt.getTime() < waitMs) return { overdue }

  const ladder = await ladderFor(deps.db, employee, escalation.reason, new Set(escalation.excludedPersonIds))
  const position = ladder.findIndex((p) => p.id === assignee.id)
  const next = position >= 0 ? ladder[position + 1] : ladder[0]
  if (!next || next.id === assignee.id) return { step: 'exhausted', overdue }
  const moved = await claimOpen(
    deps.db,
    escalation.id,
    eq(escalations.ladderLevel, escalation.ladderLevel),
    {
      ladderLevel: escalation.ladderLevel + 1,
      assigneeId: next.id,
      reminderCount: 0,
      remindedAt: null,
      notifiedAt: now
    },
    now
  )
  if (!moved) return { overdue }
  const movedUp = { ...escalation, assigneeId: next.id, ladderLevel: escalation.ladderLevel + 1 }
  const alert = await alertAssignee(deps, movedUp, employee, next, 'moved', assignee)
  // Not delivered: the next sweep sends it again as a first alert.
  if (!alert.sent) await releaseFirstAlert(deps.db, escalation.id, now)
  await textEmployee(
    deps,
    escalation,
    employee,
    movedNotice(next, assignee),
    `${escalation.code}:moved:${movedUp.ladderLevel}`
  )
  return { step: 'moved', overdue }
}
