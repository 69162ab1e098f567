// Sending a claimed text, and settling one whose fate is unknown: a send that timed out or got a 5xx
// (Twilio may have queued it) or that a dead worker left claimed. Such a text is looked up with the
// provider (sent since the attempt, to that number, with that body) and recorded if it is there;
// only when it is not is it sent again. The sweep settles what nobody else came back for.
import { and, asc, eq, gt, inArray, lt, or } from 'drizzle-orm'
import { messages } from '../../drizzle/schema.ts'
import { forEachBounded } from '../lib/bounded.ts'
import { maskPhone, redactText } from '../lib/redact.ts'
import { withTimeout } from '../lib/timeout.ts'
import { setOptedOut } from '../people/directory.ts'
import type { OutboxDeps, OutboxResult } from './outbox.ts'
import { SendError, TWILIO_UNSUBSCRIBED } from './types.ts'

/** A text this worker holds: its row is `sending` with `updated_at` = `claimedAt`. */
export interface Claim {
  messageId: number
  claimedAt: Date
  /** The number it goes out on: an opt-out Twilio reports (21610) is that number's. */
  channel: 'employee' | 'manager'
  to: string
  from: string
  body: string
}

/** How long a claimed send may stay `sending` before it is taken as abandoned: its timeout and then some. */
export function sendLeaseMs(deps: Pick<OutboxDeps, 'timeoutMs'>): number {
  return (deps.timeoutMs ?? 5000) + 10_000
}

// Older unknown texts are left as they are (listed in GET /outbox): sent that late they would confuse.
const SETTLE_WINDOW_MS = 24 * 60 * 60 * 1000

export async function sendClaimed(deps: OutboxDeps, claim: Claim): Promise<OutboxResult> {
  const { messageId } = claim
  try {
    const result = await withTimeout('sms send', deps.timeoutMs ?? 5000, (signal) =>
      deps.sms.send(
        { to: claim.to, from: claim.from, body: claim.body, statusCallback: deps.statusCallbackUrl },
        { signal }
      )
    )
    await finish(deps, claim, { twilioSid: result.sid, status: result.status, errorCode: null, errorMessage: null })
    return { sent: true, messageId, sid: result.sid, status: result.status }
  } catch (error) {
    const code = error instanceof SendError ? error.code : undefined
    // Only the provider's refusal is sure; anything else (our timeout, a 5xx, a lost connection) may have sent it.
    const unknown = !(error instanceof SendError) || error.outcome === 'unknown'
    deps.log.warn({ err: error, to: maskPhone(claim.to), code, unknown }, 'outbound SMS failed')
    await finish(deps, claim, {
      status: unknown ? 'unknown' : 'failed',
      errorCode: code ?? null,
      errorMessage: redactText(String((error as Error).message)).slice(0, 500)
    })
    if (code === TWILIO_UNSUBSCRIBED) await setOptedOut(deps.db, claim.to, claim.channel, true, deps.now())
    return { sent: false, messageId, reason: unknown ? 'unknown' : 'failed', errorCode: code }
  }
}

/** Looks the claimed text up with the provider; sends it only if it is not there. */
export async function settleClaimed(deps: OutboxDeps, claim: Claim, since: Date): Promise<OutboxResult> {
  let found: Array<{ sid: string; status: string }>
  try {
    found = await withTimeout('sms lookup', deps.timeoutMs ?? 5000, (signal) =>
      deps.sms.find({ to: claim.to, from: claim.from, body: claim.body }, since, { signal })
    )
  } catch (error) {
    deps.log.warn({ err: error, to: maskPhone(claim.to) }, 'could not look up an outbound SMS; it stays unknown')
    await finish(deps, claim, { status: 'unknown' })
    return { sent: false, messageId: claim.messageId, reason: 'unknown' }
  }
  // A message another row already holds is that row's (the same words sent for another cause).
  const known = found.length
    ? (
        await deps.db
          .select({ sid: messages.twilioSid })
          .from(messages)
          .where(
            inArray(
              messages.twilioSid,
              found.map((f) => f.sid)
            )
          )
      ).map((r) => r.sid)
    : []
  const match = found.find((f) => !known.includes(f.sid))
  if (!match) return sendClaimed(deps, claim)
  deps.log.info({ to: maskPhone(claim.to) }, 'an outbound SMS whose send was unknown had gone out')
  await finish(deps, claim, { twilioSid: match.sid, status: match.status, errorCode: null, errorMessage: null })
  return { sent: true, messageId: claim.messageId, sid: match.sid, status: match.status, repeated: true }
}

/**
 * The sweep's part: texts left unknown, or claimed by a worker that died, are claimed and settled,
 * oldest first, at most `limit`, a few at a time; `mayStart` is asked before each (the sweep's deadline).
 */
export async function settleUncertainSends(
  deps: OutboxDeps,
  { limit = 50, mayStart = () => true }: { limit?: number; mayStart?: () => boolean } = {}
): Promise<{ sent: number; found: number; left: number }> {
  const now = deps.now()
  const stale = new Date(now.getTime() - sendLeaseMs(deps))
  const rows = await deps.db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.direction, 'outbound'),
        or(eq(messages.status, 'unknown'), and(eq(messages.status, 'sending'), lt(messages.updatedAt, stale))),
        gt(messages.createdAt, new Date(now.getTime() - SETTLE_WINDOW_MS))
      )
    )
    .orderBy(asc(messages.id))
    .limit(limit)
  const summary = { sent: 0, found: 0, left: 0 }
  const onError = (err: unknown) => deps.log.error({ err }, 'could not settle an outbound SMS')
  summary.left = await forEachBounded(rows, { limit: 4, mayStart, onError }, async (row) => {
    const claimedAt = deps.now()
    const [claimed] = await deps.db
      .update(messages)
      .set({ status: 'sending', updatedAt: claimedAt })
      .where(and(eq(messages.id, row.id), eq(messages.status, row.status), eq(messages.updatedAt, row.updatedAt)))
      .returning({ id: messages.id })
    if (!claimed) return
    const claim = {
      messageId: row.id,
      claimedAt,
      channel: row.channel,
      to: row.toPhone,
      from: row.fromPhone,
      body: row.body
    }
    const result = await settleClaimed(deps, claim, row.createdAt)
    if (result.sent) summary[result.repeated ? 'found' : 'sent']++
  })
  return summary
}

/** Records the outcome, unless another worker has taken the text over since (its lease ran out). */
async function finish(deps: OutboxDeps, claim: Claim, set: Partial<typeof messages.$inferInsert>): Promise<void> {
  const updated = await deps.db
    .update(messages)
    .set({ ...set, updatedAt: deps.now() })
    .where(
      and(eq(messages.id, claim.messageId), eq(messages.status, 'sending'), eq(messages.updatedAt, claim.claimedAt))
    )
    .returning({ id: messages.id })
  if (updated.length === 0)
    deps.log.warn({ to: maskPhone(claim.to) }, 'an outbound SMS was taken over before it finished')
}
