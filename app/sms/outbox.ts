// Every outbound SMS goes through here: recorded in `messages` before it is sent, never sent to an
// opted-out person, at most once per cause (its idempotency key), and a refusal from the provider is
// recorded rather than thrown, so the caller's work (an escalation, a relay) is never lost.
import { and, eq, sql } from 'drizzle-orm'
import { messages, people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { maskPhone, redactText } from '../lib/redact.ts'
import { withTimeout } from '../lib/timeout.ts'
import { setOptedOut } from '../people/directory.ts'
import { countSegments } from './segments.ts'
import { SendError, type SmsSender, TWILIO_UNSUBSCRIBED } from './types.ts'

export interface OutboxDeps {
  db: Db
  sms: SmsSender
  log: Logger
  now: () => Date
  statusCallbackUrl?: string
  timeoutMs?: number
}

export interface OutgoingSms {
  to: string
  from: string
  body: string
  channel: 'employee' | 'manager'
  personId?: number | null
  escalationId?: number | null
  /** What causes this text; the same key is texted once, however often the cause runs. */
  key?: string
}

export type OutboxResult =
  | { sent: true; messageId: number; sid: string; status: string; repeated?: boolean }
  | { sent: false; messageId: number; reason: 'opted_out' | 'deactivated' | 'failed' | 'in_flight'; errorCode?: number }

export async function sendSms(deps: OutboxDeps, sms: OutgoingSms): Promise<OutboxResult> {
  const queued = await queueSms(deps.db, sms, deps.now())
  return typeof queued === 'number' ? deliverQueued(deps, queued, sms) : queued
}

/**
 * Records an outgoing text without sending it: the id of the row to deliver (deliverQueued), or what
 * became of it when there is nothing to send (opted out, already sent). Run inside the transaction of
 * the change that causes the text, so the change is never stored without it.
 */
export async function queueSms(db: Db, sms: OutgoingSms, at: Date): Promise<number | OutboxResult> {
  const { segments, encoding } = countSegments(sms.body)
  const [recipient] = await db
    .select({
      id: people.id,
      optedOut: people.optedOut,
      managerOptedOut: people.managerOptedOut,
      deactivated: sql<boolean>`${people.deactivatedAt} is not null`
    })
    .from(people)
    .where(eq(people.phone, sms.to))
  // Nothing goes to someone who opted out of this number (Twilio keeps opt-outs per number), nor to
  // someone offboarded (deactivated in the directory).
  const optedOut = sms.channel === 'manager' ? recipient?.managerOptedOut : recipient?.optedOut
  const blocked = optedOut ? 'opted_out' : recipient?.deactivated ? 'deactivated' : undefined
  const row = {
    direction: 'outbound' as const,
    channel: sms.channel,
    fromPhone: sms.from,
    toPhone: sms.to,
    body: sms.body,
    segments,
    encoding,
    personId: sms.personId ?? recipient?.id,
    escalationId: sms.escalationId,
    idempotencyKey: sms.key,
    createdAt: at,
    updatedAt: at
  }
  const status = blocked ? 'blocked' : 'sending'
  const errorMessage = blocked === 'opted_out' ? 'recipient opted out' : blocked ? 'recipient deactivated' : null
  const [inserted] = await db
    .insert(messages)
    .values({ ...row, status, errorMessage })
    .onConflictDoNothing({ target: messages.idempotencyKey })
    .returning({ id: messages.id })
  if (!inserted) return claimRepeat(db, sms.key!, at)
  return blocked ? { sent: false, messageId: inserted.id, reason: blocked } : inserted.id
}

/** Sends a text queueSms recorded, and records what became of it. */
export async function deliverQueued(deps: OutboxDeps, messageId: number, sms: OutgoingSms): Promise<OutboxResult> {
  try {
    const result = await withTimeout('sms send', deps.timeoutMs ?? 5000, (signal) =>
      deps.sms.send({ to: sms.to, from: sms.from, body: sms.body, statusCallback: deps.statusCallbackUrl }, { signal })
    )
    await deps.db
      .update(messages)
      .set({ twilioSid: result.sid, status: result.status, updatedAt: deps.now() })
      .where(eq(messages.id, messageId))
    return { sent: true, messageId, sid: result.sid, status: result.status }
  } catch (error) {
    const code = error instanceof SendError ? error.code : undefined
    deps.log.warn({ err: error, to: maskPhone(sms.to), code }, 'outbound SMS failed')
    await deps.db
      .update(messages)
      .set({
        status: 'failed',
        errorCode: code ?? null,
        errorMessage: redactText(String((error as Error).message)).slice(0, 500),
        updatedAt: deps.now()
      })
      .where(eq(messages.id, messageId))
    if (code === TWILIO_UNSUBSCRIBED) await setOptedOut(deps.db, sms.to, sms.channel, true, deps.now())
    return { sent: false, messageId, reason: 'failed', errorCode: code }
  }
}

/**
 * The key was texted before. Only a text that certainly did not go out (it failed) is tried again,
 * and only by the one caller that claims it; anything else is reported as it stands.
 */
async function claimRepeat(db: Db, key: string, at: Date): Promise<number | OutboxResult> {
  const [claimed] = await db
    .update(messages)
    .set({ status: 'sending', updatedAt: at })
    .where(and(eq(messages.idempotencyKey, key), eq(messages.status, 'failed')))
    .returning({ id: messages.id })
  if (claimed) return claimed.id
  const [existing] = await db
    .select({ id: messages.id, status: messages.status, sid: messages.twilioSid })
    .from(messages)
    .where(eq(messages.idempotencyKey, key))
  if (!existing) throw new Error('an outbound message key conflicted but the message is gone')
  if (existing.status === 'blocked') return { sent: false, messageId: existing.id, reason: 'opted_out' }
  if (existing.status === 'sending' || !existing.sid)
    return { sent: false, messageId: existing.id, reason: 'in_flight' }
  return { sent: true, messageId: existing.id, sid: existing.sid, status: existing.status, repeated: true }
}
