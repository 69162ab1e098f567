// Every inbound SMS is stored before anything else happens, and the unique Twilio MessageSid makes a
// re-delivery (Twilio's retry, a replay, two copies at once) a duplicate of the first: processed once,
// answered with the same reply.
import { and, eq, lt, or, sql } from 'drizzle-orm'
import { messages } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { preparedFor } from '../db/prepared.ts'

export interface InboundSms {
  sid: string
  from: string
  to: string
  body: string
  channel: 'employee' | 'manager'
  numMedia: number
  numSegments?: number
  optOutType?: string
}

export type StoreResult =
  | { kind: 'claimed'; id: number; retry: boolean }
  | { kind: 'duplicate'; reply: string | null }
  | { kind: 'in_progress' }

export interface StoreOptions {
  now: () => Date
  /** A claim older than this is taken over (its worker crashed or timed out). */
  leaseMs: number
  /** How long a duplicate waits for the first copy to finish before giving up. */
  waitMs: number
}

// Every text is stored first, once: a redelivery finds the row by its MessageSid.
const insertInbound = preparedFor((db) =>
  db
    .insert(messages)
    .values({
      twilioSid: sql.placeholder('sid'),
      direction: 'inbound',
      channel: sql.placeholder('channel'),
      fromPhone: sql.placeholder('from'),
      toPhone: sql.placeholder('to'),
      body: sql.placeholder('body'),
      status: 'processing',
      segments: sql.placeholder('segments'),
      claimedAt: sql.placeholder('claimedAt')
    })
    .onConflictDoNothing({ target: messages.twilioSid })
    .returning({ id: messages.id })
    .prepare('insert_inbound')
)

export async function storeInbound(
  db: Db,
  sms: InboundSms,
  { now, leaseMs, waitMs }: StoreOptions
): Promise<StoreResult> {
  const [inserted] = await insertInbound(db).execute({
    sid: sms.sid,
    channel: sms.channel,
    from: sms.from,
    to: sms.to,
    body: sms.body,
    segments: sms.numSegments ?? null, // a placeholder needs a value where a missing field meant the default
    claimedAt: now()
  })
  if (inserted) return { kind: 'claimed', id: inserted.id, retry: false }

  const giveUpAt = Date.now() + waitMs
  for (;;) {
    const at = now()
    const [claimed] = await db
      .update(messages)
      .set({ status: 'processing', claimedAt: at, updatedAt: at })
      .where(
        and(
          eq(messages.twilioSid, sms.sid),
          or(
            eq(messages.status, 'failed'),
            and(eq(messages.status, 'processing'), lt(messages.claimedAt, new Date(at.getTime() - leaseMs)))
          )
        )
      )
      .returning({ id: messages.id })
    if (claimed) return { kind: 'claimed', id: claimed.id, retry: true }

    const [existing] = await db
      .select({ status: messages.status, reply: messages.replyText })
      .from(messages)
      .where(eq(messages.twilioSid, sms.sid))
    if (existing?.status === 'processed') return { kind: 'duplicate', reply: existing.reply }
    if (Date.now() >= giveUpAt) return { kind: 'in_progress' }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Marks a message whose processing failed, so a re-delivery may take it over at once. */
export async function markFailed(db: Db, id: number, now: Date): Promise<void> {
  await db
    .update(messages)
    .set({ status: 'failed', updatedAt: now })
    .where(and(eq(messages.id, id), eq(messages.status, 'processing')))
}
