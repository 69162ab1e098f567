// Managers' answers that become answers: a question an employee asked that the handbook did not
// answer, and the answer a manager or HR gave, suggested for review. An approved FAQ is written into
// the knowledge base as its own document (`faq/<id>`), so it is searched with the handbook.
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from './columns.ts'
import { escalations, people } from './core-schema.ts'
import { documents } from './knowledge-schema.ts'

export const faqs = pgTable(
  'faqs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // One suggestion per escalation: the answer to it, kept up to date while it is only suggested.
    escalationId: integer('escalation_id')
      .unique()
      .references(() => escalations.id),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    status: text('status', { enum: ['suggested', 'approved', 'rejected'] })
      .notNull()
      .default('suggested'),
    // The location of the employee who asked; null answers every location.
    location: text('location'),
    answeredById: integer('answered_by_id').references(() => people.id),
    reviewedById: integer('reviewed_by_id').references(() => people.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    check('faqs_status_check', sql`${t.status} in ('suggested', 'approved', 'rejected')`),
    index('faqs_status_idx').on(t.status, t.createdAt)
  ]
)
