// Who is texting and where they are in a conversation: looked up together, in one round of queries.
import { and, desc, eq, gt, sql } from 'drizzle-orm'
import { interactions } from '../../drizzle/schema.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import { preparedFor } from '../db/prepared.ts'
import { type Escalation, findActiveEscalationsByPhone, findRecentHrMattersByPhone } from '../escalation/repository.ts'
import { COMPLAINT_MEMORY_MS } from '../escalation/subjects.ts'
import type { Keyword } from '../inbound/keywords.ts'
import { checkRateLimit, type RateDecision } from '../inbound/rate-limit.ts'
import { findPersonByPhone, type Person } from '../people/directory.ts'

export interface LastInteraction {
  id: number
  question: string
  answer: string | null
  answerMode: string
  label: string | null
  remainingText: string | null
  escalationId: number | null
  createdAt: Date
}

export interface SenderState {
  person: Person | undefined
  rate: RateDecision
  /** The sender's latest interaction in the last day. */
  last: LastInteraction | undefined
  /** Escalations about the sender still in a person's hands, newest first. */
  active: Escalation[]
  /** The sender's HR matter closed latest in the last quarter: a text may carry it on ("it happened again"). */
  closedHr?: Escalation
}

const DAY_MS = 24 * 60 * 60 * 1000

export async function loadSender(
  db: Db,
  config: Config,
  phone: string,
  keyword: Keyword | null,
  now: Date
): Promise<SenderState> {
  // Independent reads, sent together: postgres.js pipelines them on one connection.
  const [person, rate, last, active, recentHr] = await Promise.all([
    findPersonByPhone(db, phone),
    // Opting out or back in never counts against the limit.
    keyword === 'opt_out' || keyword === 'opt_in'
      ? ('allow' as const)
      : checkRateLimit(db, `sms:${phone}`, config.RATE_LIMIT_PER_HOUR, now),
    lastInteraction(db, phone, new Date(now.getTime() - DAY_MS)),
    findActiveEscalationsByPhone(db, phone),
    findRecentHrMattersByPhone(db, phone, new Date(now.getTime() - COMPLAINT_MEMORY_MS))
  ])
  return { person, rate, last, active, closedHr: recentHr.find((e) => e.status === 'closed') }
}

/** The sender's latest interaction since `since`, looked up by phone so it can run beside the person lookup. */
async function lastInteraction(db: Db, phone: string, since: Date): Promise<LastInteraction | undefined> {
  const [last] = await latestInteraction(db).execute({ phone, since: since.toISOString() })
  return last
}

const latestInteraction = preparedFor((db) =>
  db
    .select({
      id: interactions.id,
      question: interactions.question,
      answer: interactions.answer,
      answerMode: interactions.answerMode,
      label: interactions.label,
      remainingText: interactions.remainingText,
      escalationId: sql<
        number | null
      >`(select escalation_id from messages where messages.id = ${interactions.messageId})`,
      createdAt: interactions.createdAt
    })
    .from(interactions)
    .where(
      and(
        eq(interactions.personId, sql`(select id from people where phone = ${sql.placeholder('phone')})`),
        gt(interactions.createdAt, sql.placeholder('since'))
      )
    )
    .orderBy(desc(interactions.id))
    .limit(1)
    .prepare('latest_interaction')
)
