// Twilio's status callbacks for outbound messages. They can arrive out of order ("sent" after
// "delivered"), so a status only moves forward.
import { and, eq } from 'drizzle-orm'
import { messages } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { setOptedOut } from '../people/directory.ts'
import { TWILIO_UNSUBSCRIBED } from './types.ts'

const ORDER: Readonly<Record<string, number>> = {
  sending: 1,
  accepted: 1,
  queued: 1,
  scheduled: 1,
  dry_run: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  undelivered: 3,
  failed: 3,
  canceled: 3
}

/** Twilio's status callback parameters (schemas/twilio.ts validates them). */
export interface StatusCallback {
  MessageSid: string
  MessageStatus: string
  ErrorCode?: string
}

/** Applies one callback; returns false when the message is unknown or the status is older than ours. */
export async function recordDeliveryStatus(db: Db, callback: StatusCallback, now: Date): Promise<boolean> {
  const update = {
    sid: callback.MessageSid,
    status: callback.MessageStatus.toLowerCase(),
    errorCode: callback.ErrorCode ? Number(callback.ErrorCode) : undefined
  }
  const [message] = await db
    .select({ id: messages.id, status: messages.status, to: messages.toPhone, channel: messages.channel })
    .from(messages)
    .where(and(eq(messages.twilioSid, update.sid), eq(messages.direction, 'outbound')))
  if (!message) return false
  if (update.errorCode === TWILIO_UNSUBSCRIBED) await setOptedOut(db, message.to, message.channel, true, now)
  if ((ORDER[update.status] ?? 0) < (ORDER[message.status] ?? 0)) return false
  await db
    .update(messages)
    .set({ status: update.status, errorCode: update.errorCode ?? null, updatedAt: now })
    .where(eq(messages.id, message.id))
  return true
}
