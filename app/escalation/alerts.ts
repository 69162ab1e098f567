// Alerting the people an escalation reaches, each text at most once per cause: the person responsible
// (one alert per rung of the ladder, one reminder) and ops' on-call phone when nobody is.
import type { Config } from '../config.ts'
import type { Metrics } from '../metrics/metrics.ts'
import { findPersonByPhone, type Person } from '../people/directory.ts'
import { type OutboxDeps, type OutboxResult, sendSms } from '../sms/outbox.ts'
import { twilioWebhookUrl } from '../twilio/webhook.ts'
import { claimFirstAlert, type Escalation, releaseFirstAlert } from './repository.ts'
import { type AlertKind, fallbackAlert, managerAlert } from './texts.ts'

export interface EscalationDeps extends OutboxDeps {
  config: Config
  metrics?: Metrics
}

/**
 * The outbox settings escalation texts use: status callbacks come back to POST /message/status (with
 * Twilio's retry policy), when the public URL is known.
 */
export function escalationDeps<T extends Omit<EscalationDeps, 'statusCallbackUrl'>>(
  deps: T,
  baseUrl = deps.config.PUBLIC_BASE_URL
): T & EscalationDeps {
  return { ...deps, statusCallbackUrl: baseUrl ? twilioWebhookUrl(baseUrl, '/message/status') : undefined }
}

/**
 * Ops' on-call phone for an escalation, unless it is the phone of someone the escalation keeps away (in a small shop
 * the owner may carry it): a complaint about them never reaches it. An emergency's reaches it all the same.
 */
export async function onCallPhone(deps: EscalationDeps, escalation: Escalation): Promise<string | undefined> {
  const phone = deps.config.ESCALATION_FALLBACK_PHONE || undefined
  if (!phone || escalation.reason === 'safety' || !escalation.excludedPersonIds?.length) return phone
  const holder = await findPersonByPhone(deps.db, phone, { includeDeactivated: true })
  return holder && escalation.excludedPersonIds.includes(holder.id) ? undefined : phone
}

/**
 * Texts ops' on-call phone about an escalation nobody has (once per escalation); true when it went. `onCall`: the
 * phone onCallPhone gave, when the caller has looked it up already.
 */
export async function alertFallback(
  deps: EscalationDeps,
  escalation: Escalation,
  employee: Person,
  why: 'nobody' | 'unanswered',
  onCall?: string
): Promise<boolean> {
  const phone = onCall ?? (await onCallPhone(deps, escalation))
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
