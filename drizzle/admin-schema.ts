// The admin page (/admin): one-time sign-in codes, sessions, the record of who saw which escalation,
// and what HR did with a knowledge gap. Codes and sessions are stored as hashes only.
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt } from './columns.ts'
import { faqs } from './faq-schema.ts'
import { people } from './core-schema.ts'

// One row per phone that asked for a code: the code's HMAC (null once used), and the wrong tries.
export const adminCodes = pgTable('admin_codes', {
  phone: text('phone').primaryKey(),
  codeHash: text('code_hash'),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: createdAt()
})

export const adminSessions = pgTable(
  'admin_sessions',
  {
    // SHA-256 of the cookie's value: a copy of the table signs nobody in.
    idHash: text('id_hash').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    // The synchronizer token every form of the session carries.
    csrfToken: text('csrf_token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt()
  },
  (t) => [index('admin_sessions_person_idx').on(t.personId)]
)

// Who saw which escalations, on which page, when.
export const adminViews = pgTable(
  'admin_views',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    page: text('page').notNull(),
    escalationIds: integer('escalation_ids').array().notNull(),
    viewedAt: createdAt()
  },
  (t) => [index('admin_views_person_idx').on(t.personId, t.viewedAt)]
)

// A group of questions answered once (an FAQ) or marked not for the assistant: the questions asked
// before it that share its words no longer show as a gap.
export const gapResolutions = pgTable('gap_resolutions', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  words: text('words').array().notNull(),
  kind: text('kind', { enum: ['answered', 'dismissed'] }).notNull(),
  faqId: integer('faq_id').references(() => faqs.id, { onDelete: 'set null' }),
  byId: integer('by_id').references(() => people.id),
  createdAt: createdAt()
})
