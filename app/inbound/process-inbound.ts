// The frame every inbound webhook shares (employee number and manager number): store the message,
// decide what to do, then record the outcome and the reply in one statement.
import { sql } from 'drizzle-orm'
import type { InteractionSource } from '../../drizzle/schema.ts'
import type { Classification } from '../classifier/types.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { maskPhone } from '../lib/redact.ts'
import type { Metrics } from '../metrics/metrics.ts'
import { countSegments } from '../sms/segments.ts'
import { type InboundSms, markFailed, storeInbound } from './store-once.ts'

/** What was decided for one message: the reply (null = send nothing) and what to record. */
export interface Outcome {
  reply: string | null
  personId?: number
  answerMode: string
  answer?: string | null
  classification?: Classification
  sources?: InteractionSource[]
  /** The chunks a model was given to answer from, in the order given. */
  answerPassages?: number[]
  model?: string
  promptTokens?: number
  completionTokens?: number
  /** The interaction this one follows up on, or (for MORE) continues. */
  contextInteractionId?: number
  /** What of a long answer is still to be sent; the next MORE continues from this interaction. */
  remainingText?: string | null
  /** The escalation this message raised, joined or answered. */
  escalationId?: number
  /** The escalation was raised by this message (so it points back at this interaction). */
  raisedEscalation?: boolean
  /** The language the message was written in (en, es), when it was read. */
  language?: string
}

/** One message's progress: its deadline, and what each stage recorded (see stage.ts). */
export interface Run {
  /** performance.now() value by which the reply must be ready. */
  deadline: number
  latency: Record<string, number>
  fallbacks: string[]
  /** The id of the stored inbound message; with a purpose, the idempotency key of what it sends. */
  messageId: number
}

export interface InboundDeps {
  db: Db
  log: Logger
  now: () => Date
  metrics: Metrics
  budgetMs: number
}

export interface HandledSms {
  reply: string | null
  /** Another delivery of this message holds it and has not finished: ask for a later re-delivery. */
  pending?: boolean
}

/** A claim older than this is taken over: its worker died (or lost the database) mid-way. */
export function claimLeaseMs(budgetMs: number): number {
  return budgetMs + 5000
}

/** The idempotency key of a text this inbound message causes: one per message and purpose. */
export function outboundKey(run: Pick<Run, 'messageId'>, purpose: string): string {
  return `m${run.messageId}:${purpose}`
}

// Two MOREs at once may pick the same page; the index lets one win and the other decide again.
const MORE_CONFLICT = 'interactions_more_once_idx'
const DECIDE_ATTEMPTS = 3

export async function processInbound(
  deps: InboundDeps,
  sms: InboundSms,
  decide: (run: Run) => Promise<Outcome>
): Promise<HandledSms> {
  const started = performance.now()
  const stored = await storeInbound(deps.db, sms, {
    now: deps.now,
    leaseMs: claimLeaseMs(deps.budgetMs),
    waitMs: deps.budgetMs / 2
  })
  if (stored.kind === 'duplicate') return { reply: stored.reply }
  // Never a 200 without the answer: the first delivery may have died after claiming the message.
  if (stored.kind === 'in_progress') return { reply: null, pending: true }

  const run: Run = { deadline: started + deps.budgetMs, latency: {}, fallbacks: [], messageId: stored.id }
  try {
    let outcome: Outcome
    for (let attempt = 1; ; attempt++) {
      outcome = await decide(run)
      run.latency.totalMs = Math.round(performance.now() - started)
      try {
        await finish(deps, stored.id, sms, outcome, run)
        break
      } catch (error) {
        if (attempt >= DECIDE_ATTEMPTS || !isConstraint(error, MORE_CONFLICT)) throw error
      }
    }
    await report(deps, sms, outcome, run, stored.retry)
    return { reply: outcome.reply }
  } catch (error) {
    // Only the database can fail here (providers degrade instead); leave the message to be redelivered.
    await markFailed(deps.db, stored.id, deps.now()).catch(() => {})
    throw error
  }
}

async function report(deps: InboundDeps, sms: InboundSms, outcome: Outcome, run: Run, retry: boolean): Promise<void> {
  await deps.metrics.message({
    channel: sms.channel,
    label: outcome.classification?.label,
    answerMode: outcome.answerMode,
    totalMs: run.latency.totalMs!,
    fallbacks: run.fallbacks,
    model: outcome.model,
    answerMs: run.latency.answerMs,
    promptTokens: outcome.promptTokens,
    completionTokens: outcome.completionTokens
  })
  deps.log.info(
    {
      sid: sms.sid,
      channel: sms.channel,
      from: maskPhone(sms.from),
      mode: outcome.answerMode,
      label: outcome.classification?.label,
      escalation: outcome.escalationId,
      totalMs: run.latency.totalMs,
      fallbacks: run.fallbacks.length > 0 ? run.fallbacks : undefined,
      retry: retry || undefined
    },
    'inbound sms handled'
  )
}

function isConstraint(error: unknown, name: string): boolean {
  for (
    let e = error as { constraint_name?: string; constraint?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.constraint_name === name || e.constraint === name) return true
  }
  return false
}

/**
 * Records the outcome in one statement (one round trip, atomic): the interaction, the processed
 * inbound message with its reply, the reply as an outbound message, and the link from a newly raised
 * escalation back to the interaction.
 */
async function finish(
  deps: InboundDeps,
  messageId: number,
  sms: InboundSms,
  outcome: Outcome,
  run: Run
): Promise<void> {
  const at = deps.now().toISOString()
  const reply = outcome.reply
  const { segments, encoding } = reply ? countSegments(reply) : { segments: null, encoding: null }
  const escalationId = outcome.escalationId ?? null
  const personId = outcome.personId ?? null
  const c = outcome.classification
  await deps.db.execute(sql`
    with interaction as (
      insert into interactions (message_id, person_id, question, answer, answer_mode, language, label, label_score, classifier,
        escalation, sources, answer_passages, model, prompt_tokens, completion_tokens, latency, fallbacks, context_interaction_id,
        remaining_text, created_at)
      values (${messageId}, ${personId}::int, ${sms.body}, ${outcome.answer ?? reply}, ${outcome.answerMode},
        ${outcome.language ?? null}, ${c?.label ?? null}, ${c?.score ?? null}::real, ${c?.classifier ?? null}, ${c?.escalation ?? null},
        ${JSON.stringify(outcome.sources ?? [])}::jsonb, ${JSON.stringify(outcome.answerPassages ?? [])}::jsonb,
        ${outcome.model ?? null}, ${outcome.promptTokens ?? null}::int,
        ${outcome.completionTokens ?? null}::int, ${JSON.stringify(run.latency)}::jsonb,
        ${JSON.stringify(run.fallbacks)}::jsonb, ${outcome.contextInteractionId ?? null}::int,
        ${outcome.remainingText ?? null}, ${at}::timestamptz)
      on conflict (message_id) do nothing
      returning id
    ),
    processed as (
      update messages set status = 'processed', reply_text = ${reply}, person_id = ${personId}::int,
        escalation_id = ${escalationId}::int, processed_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
      where id = ${messageId}
      returning id
    ),
    linked as (
      update escalations set interaction_id = (select id from interaction)
      where id = ${escalationId}::int and ${outcome.raisedEscalation === true} and exists (select 1 from interaction)
      returning id
    ),
    replied as (
      insert into messages (direction, channel, from_phone, to_phone, body, status, segments, encoding, person_id,
        escalation_id, created_at, updated_at)
      select 'outbound', ${sms.channel}, ${sms.to}, ${sms.from}, ${reply}::text, 'twiml', ${segments}::int, ${encoding},
        ${personId}::int, ${escalationId}::int, ${at}::timestamptz, ${at}::timestamptz
      where ${reply}::text is not null
      returning id
    )
    select (select count(*) from processed) as processed`)
}
