// People, their messages, the interactions and escalations they lead to (see schema.ts).
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex
} from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from './columns.ts'

export const people = pgTable(
  'people',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    phone: text('phone').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: ['employee', 'manager', 'hr', 'ops'] })
      .notNull()
      .default('employee'),
    managerPhone: text('manager_phone'),
    location: text('location'),
    language: text('language').notNull().default('en'),
    // Opted out of the employee number (STOP texted to it); Twilio keeps opt-outs per number.
    optedOut: boolean('opted_out').notNull().default(false),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    // Offboarded: the row and its history stay, but nothing is sent to or taken from the person.
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    // Opted out of the manager number: no escalation texts, and off every ladder.
    managerOptedOut: boolean('manager_opted_out').notNull().default(false),
    managerOptedOutAt: timestamp('manager_opted_out_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    check('people_role_check', sql`${t.role} in ('employee', 'manager', 'hr', 'ops')`),
    index('people_manager_phone_idx').on(t.managerPhone),
    index('people_role_idx').on(t.role)
  ]
)

export const messages = pgTable(
  'messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // Twilio's MessageSid; the unique constraint is what makes webhook processing idempotent.
    twilioSid: text('twilio_sid').unique(),
    direction: text('direction', { enum: ['inbound', 'outbound'] }).notNull(),
    // Which of the two numbers the message went through.
    channel: text('channel', { enum: ['employee', 'manager'] })
      .notNull()
      .default('employee'),
    fromPhone: text('from_phone').notNull(),
    toPhone: text('to_phone').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    segments: integer('segments'),
    encoding: text('encoding'),
    errorCode: integer('error_code'),
    errorMessage: text('error_message'),
    personId: integer('person_id').references(() => people.id),
    // Inbound: the reply given in TwiML, so a re-delivery gets the same answer.
    replyText: text('reply_text'),
    // Inbound: when a worker took the message; a stale claim can be taken over after a crash.
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    escalationId: integer('escalation_id'),
    // Outbound: the cause of the text ("m42:relay", "E7:alert:0"). Unique, so a cause that runs twice
    // (a re-delivered webhook, two workers at once) texts once.
    idempotencyKey: text('idempotency_key').unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    check('messages_direction_check', sql`${t.direction} in ('inbound', 'outbound')`),
    index('messages_person_created_idx').on(t.personId, t.createdAt),
    index('messages_escalation_idx').on(t.escalationId)
  ]
)

export const interactions = pgTable(
  'interactions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // One interaction per inbound message, enforced here.
    messageId: bigint('message_id', { mode: 'number' })
      .notNull()
      .unique()
      .references(() => messages.id),
    personId: integer('person_id').references(() => people.id),
    question: text('question').notNull(),
    answer: text('answer'),
    // extractive | llm | no_answer | smalltalk | escalated | forwarded | help | more | feedback | ...
    answerMode: text('answer_mode').notNull(),
    // The language the message was written in (en, es), as read from its text; null before 0015.
    language: text('language'),
    label: text('label'),
    labelScore: real('label_score'),
    classifier: text('classifier'),
    escalation: text('escalation'),
    sources: jsonb('sources').$type<InteractionSource[]>().notNull().default([]),
    // The chunks the model was given to answer from, in the order given (empty when no model was asked).
    answerPassages: jsonb('answer_passages').$type<number[]>().notNull().default([]),
    model: text('model'),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    latency: jsonb('latency').$type<Record<string, number>>().notNull().default({}),
    fallbacks: jsonb('fallbacks').$type<string[]>().notNull().default([]),
    contextInteractionId: integer('context_interaction_id'),
    // The part of a long answer not sent yet; `MORE` sends the next piece.
    remainingText: text('remaining_text'),
    createdAt: createdAt()
  },
  (t) => [
    index('interactions_person_created_idx').on(t.personId, t.createdAt),
    index('interactions_label_idx').on(t.label),
    // The insights read a window of days.
    index('interactions_created_idx').on(t.createdAt),
    // One MORE per page: two MOREs at once cannot both continue the same interaction.
    uniqueIndex('interactions_more_once_idx').on(t.contextInteractionId).where(sql`answer_mode = 'more'`)
  ]
)

export interface InteractionSource {
  chunkId: number
  source: string
  title: string
  heading: string
  score: number
}

export const escalations = pgTable(
  'escalations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // What managers type to answer ("E42 ..."), derived from the id so it needs no second round trip.
    code: text('code').notNull().unique().generatedAlwaysAs(sql`'E' || id::text`),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => people.id),
    // The person currently responsible (moves up the ladder when nobody acknowledges).
    assigneeId: integer('assignee_id').references(() => people.id),
    // Who it was assigned to before (alerted, then passed over): they may still see and answer it.
    previousAssigneeIds: integer('previous_assignee_ids').array().notNull().default(sql`'{}'::int[]`),
    interactionId: integer('interaction_id')
      .unique()
      .references(() => interactions.id),
    // The inbound message that raised it: a re-delivered message never raises a second escalation.
    inboundMessageId: bigint('inbound_message_id', { mode: 'number' })
      .unique()
      .references(() => messages.id),
    // What else raised it, when one cause may arrive in several messages ("accepted:<interaction>" for
    // YES to a decline): unique, so three YES texts at once raise one escalation.
    cause: text('cause').unique(),
    answeredById: integer('answered_by_id').references(() => people.id),
    secondsToAnswer: integer('seconds_to_answer'),
    reason: text('reason').notNull(),
    label: text('label'),
    priority: text('priority', { enum: ['urgent', 'high', 'normal'] }).notNull(),
    status: text('status', { enum: ['open', 'acknowledged', 'answered', 'closed'] })
      .notNull()
      .default('open'),
    originalText: text('original_text').notNull(),
    // The question it began with, when it began as one (declined, disputed, or asked of a person):
    // with the answer a person gives, it becomes a suggested FAQ.
    question: text('question'),
    answer: text('answer'),
    ladderLevel: integer('ladder_level').notNull().default(0),
    // People the employee's message names (say, the manager it complains about): never on its ladder.
    excludedPersonIds: integer('excluded_person_ids').array().notNull().default(sql`'{}'::int[]`),
    reminderCount: integer('reminder_count').notNull().default(0),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    check('escalations_priority_check', sql`${t.priority} in ('urgent', 'high', 'normal')`),
    check('escalations_status_check', sql`${t.status} in ('open', 'acknowledged', 'answered', 'closed')`),
    index('escalations_status_idx').on(t.status, t.notifiedAt),
    index('escalations_employee_status_idx').on(t.employeeId, t.status),
    index('escalations_assignee_status_idx').on(t.assigneeId, t.status),
    index('escalations_created_idx').on(t.createdAt)
  ]
)

export const feedback = pgTable(
  'feedback',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    interactionId: integer('interaction_id').references(() => interactions.id),
    escalationId: integer('escalation_id').references(() => escalations.id),
    personId: integer('person_id').references(() => people.id),
    // positive | disputed | manager_reply
    kind: text('kind').notNull(),
    text: text('text'),
    // What gave it (the message's idempotency key), so a redelivered message records it once.
    cause: text('cause').unique(),
    createdAt: createdAt()
  },
  (t) => [index('feedback_interaction_idx').on(t.interactionId)]
)

// Fixed-window counters shared by every instance (Lambda has no shared memory).
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })]
)
