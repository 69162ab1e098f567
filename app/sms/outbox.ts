// Every outbound SMS goes through here: recorded in `messages` before it is sent, never sent to an
// opted-out person, and a refusal from the provider is recorded rather than thrown, so the caller's
// work (an escalation, a relay) is never lost because a text failed.
import { eq } from 'drizzle-orm'
import { messages, people } from '../../drizzle/schema.ts'
import { countSegments } from '../answer/segments.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { maskPhone } from '../lib/phone.ts'
import { withTimeout } from '../lib/timeout.ts'
import { setOptedOut } from '../people/directory.ts'
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
}

export type OutboxResult =
  | { sent: true; messageId: number; sid: string; status: string }
  | { sent: false; messageId: number; reason: 'opted_out' | 'failed'; errorCode?: number }

export async function sendSms(deps: OutboxDeps, sms: OutgoingSms): Promise<OutboxResult> {
  const at = deps.now()
  const { segments, encoding } = countSegments(sms.body)
  const [recipient] = await deps.db
    .select({ id: people.id, optedOut: people.optedOut })
    .from(people)
    .where(eq(people.phone, sms.to))
  const base = {
    direction: 'outbound' as const,
    channel: sms.channel,
    fromPhone: sms.from,
    toPhone: sms.to,
    body: sms.body,
    segments,
    encoding,
    personId: sms.personId ?? recipient?.id,
    escalationId: sms.escalationId,
    createdAt: at,
    updatedAt: at
  }
  if (recipient?.optedOut) {
    const [row] = await deps.db
      .insert(messages)
      .values({ ...base, status: 'blocked', errorMessage: 'recipient opted out' })
      .returning({ id: messages.id })
    return { sent: false, messageId: row!.id, reason: 'opted_out' }
  }
  const [row] = await deps.db
    .insert(messages)
    .values({ ...base, status: 'sending' })
    .returning({ id: messages.id })
  const messageId = row!.id
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
        errorMessage: String((error as Error).message).slice(0, 500),
        updatedAt: deps.now()
      })
      .where(eq(messages.id, messageId))
    if (code === TWILIO_UNSUBSCRIBED) await setOptedOut(deps.db, sms.to, true, deps.now())
    return { sent: false, messageId, reason: 'failed', errorCode: code }
  }
}
