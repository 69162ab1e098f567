// Runs every minute (a schedule in AWS, an interval in `npm run dev`): texts whose send is unknown or
// was abandoned are settled, alerts that never went out are retried, unacknowledged escalations get
// one reminder and then move up the ladder, and answered ones close after a while so the bot resumes.
// Each step claims its row with a conditional update, so two sweeps at once never double-text anyone.
// Escalations are swept a few at a time, urgent first, and no new work starts once the time left
// (the Lambda's, from its context) is less than two sends: what is left waits for the next minute.
import { eq } from 'drizzle-orm'
import { escalations } from '../../drizzle/schema.ts'
import { pruneRateLimits } from '../inbound/rate-limit.ts'
import { forEachBounded } from '../lib/bounded.ts'
import { findPersonById, type Person } from '../people/directory.ts'
import { sendLeaseMs, settleUncertainSends } from '../sms/settle.ts'
import { ackMinutes, ladderFor } from './ladder.ts'
import {
  autoCloseAnswered,
  claimOpen,
  type Escalation,
  listOpenEscalations,
  outboundStatuses,
  releaseFirstAlert
} from './repository.ts'
import {
  alertAssignee,
  alertFallback,
  alertKey,
  deliverFirstAlert,
  type EscalationDeps,
  fallbackKey,
  onCallPhone
} from './alerts.ts'
import { textEmployee } from './service.ts'
import { employeeLanguage, movedNotice } from './texts.ts'

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
  /** Texts whose send was unknown (a timeout, a 5xx, a worker that died): found sent, or sent now. */
  settled: number
  /** Escalations and texts not reached before the deadline: the next sweep takes them. */
  deferred: number
}

export interface SweepOptions {
  /** Milliseconds left to run (the Lambda's `context.getRemainingTimeInMillis`); no limit without it. */
  remainingMs?: () => number
}

const MINUTE = 60_000
const PARALLEL = 4
const ORDER: Readonly<Record<string, number>> = { urgent: 0, high: 1, normal: 2 }

export async function sweepEscalations(
  deps: EscalationDeps,
  { remainingMs }: SweepOptions = {}
): Promise<SweepSummary> {
  // Room for one more step: a send (or a lookup) and the ladder notice after it, each within its timeout.
  const reserveMs = 2 * (deps.timeoutMs ?? 5000) + 2000
  const mayStart = () => !remainingMs || remainingMs() > reserveMs
  const now = deps.now()
  const summary: SweepSummary = {
    notified: 0,
    reminded: 0,
    moved: 0,
    exhausted: 0,
    autoClosed: 0,
    overdueUrgent: 0,
    settled: 0,
    deferred: 0
  }
  const settled = await settleUncertainSends(deps, { mayStart })
  summary.settled = settled.sent + settled.found
  summary.deferred += settled.left

  const open = (await listOpenEscalations(deps.db)).sort(
    (a, b) => (ORDER[a.priority] ?? 3) - (ORDER[b.priority] ?? 3) || a.id - b.id
  )
  const texts = await outboundStatuses(deps.db, [...open.map(alertKey), ...open.map(fallbackKey)])
  const onError = (err: unknown, escalation: Escalation) =>
    deps.log.error({ err, escalation: escalation.code }, 'could not sweep an escalation')
  summary.deferred += await forEachBounded(open, { limit: PARALLEL, mayStart, onError }, async (escalation) => {
    const statuses = { alert: texts.get(alertKey(escalation)), fallback: texts.get(fallbackKey(escalation)) }
    const { step, overdue } = await sweepOne(deps, escalation, statuses, now)
    if (step) summary[step]++
    if (overdue) summary.overdueUrgent++
  })
  if (mayStart()) {
    const closeBefore = new Date(now.getTime() - deps.config.ESCALATION_AUTO_CLOSE_HOURS * 60 * MINUTE)
    summary.autoClosed = await autoCloseAnswered(deps.db, closeBefore, now)
    await pruneRateLimits(deps.db, now)
  }
  await deps.metrics?.sweep(summary)
  return summary
}

interface Swept {
  step?: 'notified' | 'reminded' | 'moved' | 'exhausted'
  /** An urgent escalation still unacknowledged past its time. */
  overdue?: boolean
}

/** The status of the escalation's current alert and of its text to ops' on-call phone, if any. */
interface TextStatuses {
  alert?: string
  fallback?: string
}

async function sweepOne(
  deps: EscalationDeps,
  escalation: Escalation,
  { alert: alertStatus, fallback }: TextStatuses,
  now: Date
): Promise<Swept> {
  const employee = await findPersonById(deps.db, escalation.employeeId)
  if (!employee) return {}
  const assignee = escalation.assigneeId ? await findPersonById(deps.db, escalation.assigneeId) : undefined
  if (!assignee) return sweepUnassigned(deps, escalation, employee, fallback, now)
  const waitMs = ackMinutes(deps.config, escalation.priority) * MINUTE
  let overdue = false
  // An assignee who was offboarded takes no texts, nor one a later complaint is about (kept away since): the
  // escalation moves on at once. Not an emergency that could reach nobody else (service.ts).
  const keptAway = escalation.reason !== 'safety' && escalation.excludedPersonIds?.includes(assignee.id)
  if (!assignee.deactivatedAt && !keptAway) {
    if (!escalation.notifiedAt)
      return (await deliverFirstAlert(deps, escalation, employee, assignee)) ? { step: 'notified' } : {}
    // Claimed, but the worker died before its alert was recorded, or after it failed and before the
    // claim was released (a Lambda cut off at its timeout): send it now. An alert whose send is unknown
    // was settled above. Only within the hour: escalations alerted before alerts had keys have none.
    const sinceClaim = now.getTime() - escalation.notifiedAt.getTime()
    const abandoned = sinceClaim > sendLeaseMs(deps) && sinceClaim < 60 * MINUTE
    if (abandoned && (alertStatus === undefined || alertStatus === 'failed')) {
      const alert = await alertAssignee(deps, escalation, employee, assignee, 'new')
      return alert.sent && !alert.repeated ? { step: 'notified' } : {}
    }

    if (now.getTime() - escalation.notifiedAt.getTime() < waitMs) return {}
    overdue = escalation.priority === 'urgent'

    if (escalation.reminderCount === 0) {
      const set = { reminderCount: 1, remindedAt: now }
      if (!(await claimOpen(deps.db, escalation.id, eq(escalations.reminderCount, 0), set, now))) return { overdue }
      await alertAssignee(deps, escalation, employee, assignee, 'reminder')
      return { step: 'reminded', overdue }
    }
    if (escalation.remindedAt && now.getTime() - escalation.remindedAt.getTime() < waitMs) return { overdue }
  }

  const ladder = await ladderFor(deps.db, employee, escalation.reason, new Set(escalation.excludedPersonIds))
  const position = ladder.findIndex((p) => p.id === assignee.id)
  const next = position >= 0 ? ladder[position + 1] : ladder[0]
  if (!next || next.id === assignee.id) {
    // The whole ladder let an emergency go unacknowledged: ops' on-call phone too.
    if (overdue && (fallback === undefined || fallback === 'failed'))
      await alertFallback(deps, escalation, employee, 'unanswered')
    return { step: 'exhausted', overdue }
  }
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
  const notice = movedNotice(next, assignee, employeeLanguage(escalation, employee))
  await textEmployee(deps, escalation, employee, notice, `${escalation.code}:moved:${movedUp.ladderLevel}`)
  return { step: 'moved', overdue }
}

/**
 * Nobody in the directory was there to alert (no manager, HR opted out). With ops' on-call phone: it
 * is texted (again, if that failed) and an urgent escalation is overdue after the usual wait; without
 * one an urgent escalation is overdue at once, so the unacknowledged-urgent alarm fires.
 */
async function sweepUnassigned(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  fallback: string | undefined,
  now: Date
): Promise<Swept> {
  const urgent = escalation.priority === 'urgent'
  const onCall = await onCallPhone(deps, escalation)
  if (!onCall) return { overdue: urgent }
  if (fallback === undefined || fallback === 'failed') {
    const sent = await alertFallback(deps, escalation, employee, 'nobody', onCall)
    return sent ? { step: 'notified' } : { overdue: urgent }
  }
  if (fallback === 'blocked') return { overdue: urgent }
  const waited = now.getTime() - escalation.createdAt.getTime() >= ackMinutes(deps.config, escalation.priority) * MINUTE
  return { overdue: urgent && waited }
}
