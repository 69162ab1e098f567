// Every outbound SMS goes through here: recorded in `messages` before it is sent, never sent to an
// opted-out person, at most once per cause (its idempotency key), and a refusal from the provider is
// recorded rather than thrown, so the caller's work (an escalation, a relay) is never lost.
//
// A send is claimed by its row (status `sending`, `updated_at` the claim's time). It ends `failed` when
// the provider surely did not accept it, `unknown` when it may have (a timeout, a 5xx), or with the
// provider's status. A claim left `sending` past its lease belongs to a worker that died (a Lambda cut
// off at its timeout). An unknown or abandoned send is looked up with the provider before it is sent
// again (settle.ts), by the next caller with the same cause or by the sweep.
import { and, eq, lt, or, sql } from 'drizzle-orm'
import { messages, people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { countSegments } from './segments.ts'
import { type Claim, sendClaimed, sendLeaseMs, settleClaimed } from './settle.ts'
import type { SmsSender } from './types.ts'

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
  | {
      sent: false
      messageId: number
      reason: 'opted_out' | 'deactivated' | 'failed' | 'in_flight' | 'unknown'
      errorCode?: number
    }

/** A text recorded and claimed for sending by queueSms, or a cause that was texted before. */
export type Queued = { messageId: number; claimedAt: Date } | { repeat: true }

export async function sendSms(deps: OutboxDeps, sms: OutgoingSms): Promise<OutboxResult> {
  return deliverQueued(deps, await queueSms(deps.db, sms, deps.now()), sms)
}

/**
 * Records an outgoing text without sending it: the claim to deliver (deliverQueued), or what became of
 * it when there is nothing to send (opted out, deactivated). Run inside the transaction of the change
 * that causes the text, so the change is never stored without it.
 */
export async function queueSms(db: Db, sms: OutgoingSms, at: Date): Promise<Queued | OutboxResult> {
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
  if (!inserted) return { repeat: true }
  return blocked ? { sent: false, messageId: inserted.id, reason: blocked } : { messageId: inserted.id, claimedAt: at }
}

/** Sends a text queueSms recorded (after the transaction that recorded it), and records what became of it. */
export async function deliverQueued(
  deps: OutboxDeps,
  queued: Queued | OutboxResult,
  sms: OutgoingSms
): Promise<OutboxResult> {
  if ('sent' in queued) return queued
  if ('repeat' in queued) return claimRepeat(deps, sms)
  return sendClaimed(deps, { ...queued, channel: sms.channel, to: sms.to, from: sms.from, body: sms.body })
}

/**
 * The key was texted before. A text that surely did not go out (failed) is tried again; one that may
 * have (unknown, or claimed by a worker whose lease ran out) is looked up first; each only by the one
 * caller that claims it. Anything else is reported as it stands.
 */
async function claimRepeat(deps: OutboxDeps, sms: OutgoingSms): Promise<OutboxResult> {
  const key = sms.key!
  const at = deps.now()
  const [existing] = await deps.db
    .select({ id: messages.id, status: messages.status, sid: messages.twilioSid, updatedAt: messages.updatedAt })
    .from(messages)
    .where(eq(messages.idempotencyKey, key))
  if (!existing) throw new Error('an outbound message key conflicted but the message is gone')
  const stale = new Date(at.getTime() - sendLeaseMs(deps))
  const [claimed] = await deps.db
    .update(messages)
    .set({ status: 'sending', updatedAt: at })
    .where(
      and(
        eq(messages.id, existing.id),
        eq(messages.updatedAt, existing.updatedAt),
        or(
          eq(messages.status, 'failed'),
          eq(messages.status, 'unknown'),
          and(eq(messages.status, 'sending'), lt(messages.updatedAt, stale))
        )
      )
    )
    .returning({ id: messages.id, body: messages.body, createdAt: messages.createdAt })
  if (claimed) {
    const claim: Claim = {
      messageId: claimed.id,
      claimedAt: at,
      channel: sms.channel,
      to: sms.to,
      from: sms.from,
      body: claimed.body
    }
    // The text may be out already: look for it before sending it again.
    if (existing.status !== 'failed') return settleClaimed(deps, claim, claimed.createdAt)
    return sendClaimed(deps, claim)
  }
  if (existing.status === 'blocked') return { sent: false, messageId: existing.id, reason: 'opted_out' }
  if (existing.status === 'sending' || !existing.sid)
    return { sent: false, messageId: existing.id, reason: 'in_flight' }
  return { sent: true, messageId: existing.id, sid: existing.sid, status: existing.status, repeated: true }
}
