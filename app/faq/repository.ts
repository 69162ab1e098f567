// Suggested, approved and rejected FAQs: a question an employee asked and the answer a manager or HR
// gave it, one per escalation.
import { and, desc, eq, sql } from 'drizzle-orm'
import { faqs, people } from '../../drizzle/schema.ts'
import { linkedEscalationVisibleTo, type Viewer } from '../auth/escalation-access.ts'
import type { Db } from '../db/database.ts'

export type Faq = typeof faqs.$inferSelect
export type FaqStatus = Faq['status']
export const FAQ_STATUSES: readonly FaqStatus[] = ['suggested', 'approved', 'rejected']

export interface Suggestion {
  escalationId: number
  question: string
  answer: string
  location: string | null
  answeredById: number | null
}

/**
 * Keeps the answer to an escalation that began as a question as a suggested FAQ. A later answer to
 * the same escalation replaces the suggestion's; one already reviewed is left as HR decided.
 */
export async function suggestFaq(db: Db, suggestion: Suggestion, at: Date): Promise<void> {
  await db
    .insert(faqs)
    .values({ ...suggestion, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: faqs.escalationId,
      set: { answer: suggestion.answer, answeredById: suggestion.answeredById, updatedAt: at },
      setWhere: eq(faqs.status, 'suggested')
    })
}

export interface FaqRow extends Faq {
  answeredByName: string | null
}

/** The FAQs `viewer` may see: none from an escalation they may not see (one about them, say). */
export async function listFaqs(
  db: Db,
  viewer: Viewer,
  { status, limit }: { status?: FaqStatus; limit: number }
): Promise<FaqRow[]> {
  return db
    .select({ ...FAQ_COLUMNS, answeredByName: people.name })
    .from(faqs)
    .leftJoin(people, eq(people.id, faqs.answeredById))
    .where(and(status ? eq(faqs.status, status) : undefined, linkedEscalationVisibleTo(viewer, faqs.escalationId)))
    .orderBy(desc(faqs.createdAt), desc(faqs.id))
    .limit(limit)
}

export async function findFaq(db: Db, viewer: Viewer, id: number): Promise<FaqRow | undefined> {
  const [row] = await db
    .select({ ...FAQ_COLUMNS, answeredByName: people.name })
    .from(faqs)
    .leftJoin(people, eq(people.id, faqs.answeredById))
    .where(and(eq(faqs.id, id), linkedEscalationVisibleTo(viewer, faqs.escalationId)))
  return row
}

export async function updateFaq(db: Db, id: number, set: Partial<Faq>, onlyIf?: FaqStatus): Promise<boolean> {
  const rows = await db
    .update(faqs)
    .set(set)
    .where(and(eq(faqs.id, id), onlyIf ? eq(faqs.status, onlyIf) : undefined))
    .returning({ id: faqs.id })
  return rows.length > 0
}

/** How many FAQs there are in each state. */
export async function countFaqs(db: Db): Promise<Record<FaqStatus, number>> {
  const rows = await db.select({ status: faqs.status, n: sql<number>`count(*)::int` }).from(faqs).groupBy(faqs.status)
  const counts: Record<FaqStatus, number> = { suggested: 0, approved: 0, rejected: 0 }
  for (const row of rows) counts[row.status] = Number(row.n)
  return counts
}

const FAQ_COLUMNS = {
  id: faqs.id,
  escalationId: faqs.escalationId,
  question: faqs.question,
  answer: faqs.answer,
  status: faqs.status,
  location: faqs.location,
  answeredById: faqs.answeredById,
  reviewedById: faqs.reviewedById,
  reviewedAt: faqs.reviewedAt,
  documentId: faqs.documentId,
  createdAt: faqs.createdAt,
  updatedAt: faqs.updatedAt
}

/** An FAQ as the API shows it. */
export function faqView(row: FaqRow): {
  id: number
  status: FaqStatus
  question: string
  answer: string
  location: string | null
  escalationId: number | null
  answeredBy: { id: number; name: string } | null
  reviewedAt: string | null
  createdAt: string
  source: string | null
} {
  return {
    id: row.id,
    status: row.status,
    question: row.question,
    answer: row.answer,
    location: row.location,
    escalationId: row.escalationId,
    answeredBy: row.answeredById && row.answeredByName ? { id: row.answeredById, name: row.answeredByName } : null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    source: row.status === 'approved' ? `faq:${row.id}` : null
  }
}
