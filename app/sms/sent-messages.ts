// Stored texts as the API shows them: an escalation's messages, and the outbox ops read.
import { and, asc, eq, gt, ne, type SQL } from 'drizzle-orm'
import { messages } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'

export interface MessageView {
  id: number
  direction: string
  channel: string
  from: string
  to: string
  body: string
  status: string
  errorCode: number | null
  createdAt: string
}

export function toMessageView(m: typeof messages.$inferSelect): MessageView {
  return {
    id: m.id,
    direction: m.direction,
    channel: m.channel,
    from: m.fromPhone,
    to: m.toPhone,
    body: m.body,
    status: m.status,
    errorCode: m.errorCode,
    createdAt: m.createdAt.toISOString()
  }
}

/** What the assistant texted out (not the TwiML replies), oldest first, after `since` (and `where`). */
export async function listSentMessages(
  db: Db,
  { since, limit, where }: { since?: string; limit: number; where?: SQL }
): Promise<MessageView[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.direction, 'outbound'),
        ne(messages.status, 'twiml'),
        since ? gt(messages.createdAt, new Date(since)) : undefined,
        where
      )
    )
    .orderBy(asc(messages.id))
    .limit(limit)
  return rows.map(toMessageView)
}

export async function listEscalationMessages(db: Db, escalationId: number): Promise<MessageView[]> {
  const rows = await db.select().from(messages).where(eq(messages.escalationId, escalationId)).orderBy(asc(messages.id))
  return rows.map(toMessageView)
}
