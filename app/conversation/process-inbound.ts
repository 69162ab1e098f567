// The frame every inbound webhook shares (employee number and manager number): store the message,
// decide what to do, record the outcome and the reply in one transaction.
import { eq } from 'drizzle-orm'
import { escalations, interactions, messages } from '../../drizzle/schema.ts'
import type { InteractionSource } from '../../drizzle/schema.ts'
import { countSegments } from '../answer/segments.ts'
import type { Classification } from '../classifier/types.ts'
import type { Db } from '../db/database.ts'
import type { Logger } from '../lib/logger.ts'
import { maskPhone } from '../lib/phone.ts'
import { type InboundSms, markFailed, storeInbound } from './inbound-log.ts'

/** What was decided for one message: the reply (null = send nothing) and what to record. */
export interface Outcome {
  reply: string | null
  personId?: number
  answerMode: string
  answer?: string | null
  classification?: Classification
  sources?: InteractionSource[]
  model?: string
  promptTokens?: number
  completionTokens?: number
  contextInteractionId?: number
  remainingText?: string | null
  /** The escalation this message raised, joined or answered. */
  escalationId?: number
  /** The escalation was raised by this message (so it points back at this interaction). */
  raisedEscalation?: boolean
}

export interface Run {
  /** performance.now() value by which the reply must be ready. */
  deadline: number
  latency: Record<string, number>
  fallbacks: string[]
  /** The id of the stored inbound message. */
  messageId: number
}

export interface InboundDeps {
  db: Db
  log: Logger
  now: () => Date
  budgetMs: number
}

export interface HandledSms { reply: string | null, duplicate: boolean }

export async function processInbound (deps: InboundDeps, sms: InboundSms, decide: (run: Run) => Promise<Outcome>): Promise<HandledSms> {
  const started = performance.now()
  const stored = await storeInbound(deps.db, sms, { now: deps.now, leaseMs: deps.budgetMs * 2, waitMs: deps.budgetMs / 2 })
  if (stored.kind === 'duplicate') return { reply: stored.reply, duplicate: true }
  if (stored.kind === 'in_progress') return { reply: null, duplicate: true }

  const run: Run = { deadline: started + deps.budgetMs, latency: {}, fallbacks: [], messageId: stored.id }
  try {
    const outcome = await decide(run)
    run.latency.totalMs = Math.round(performance.now() - started)
    await finish(deps, stored.id, sms, outcome, run)
    deps.log.info({
      sid: sms.sid, channel: sms.channel, from: maskPhone(sms.from), mode: outcome.answerMode, label: outcome.classification?.label,
      escalation: outcome.escalationId, totalMs: run.latency.totalMs, fallbacks: run.fallbacks.length > 0 ? run.fallbacks : undefined,
      retry: stored.retry || undefined
    }, 'inbound sms handled')
    return { reply: outcome.reply, duplicate: false }
  } catch (error) {
    // Only the database can fail here (providers degrade instead); leave the message to be redelivered.
    await markFailed(deps.db, stored.id, deps.now()).catch(() => {})
    throw error
  }
}

async function finish (deps: InboundDeps, messageId: number, sms: InboundSms, outcome: Outcome, run: Run): Promise<void> {
  const at = deps.now()
  const replyText = outcome.reply
  await deps.db.transaction(async (tx) => {
    const [interaction] = await tx.insert(interactions).values({
      messageId,
      personId: outcome.personId,
      question: sms.body,
      answer: outcome.answer ?? replyText,
      answerMode: outcome.answerMode,
      label: outcome.classification?.label,
      labelScore: outcome.classification?.score,
      classifier: outcome.classification?.classifier,
      escalation: outcome.classification?.escalation,
      sources: outcome.sources ?? [],
      model: outcome.model,
      promptTokens: outcome.promptTokens,
      completionTokens: outcome.completionTokens,
      latency: run.latency,
      fallbacks: run.fallbacks,
      contextInteractionId: outcome.contextInteractionId,
      remainingText: outcome.remainingText ?? null,
      createdAt: at
    }).onConflictDoNothing({ target: interactions.messageId }).returning({ id: interactions.id })
    await tx.update(messages)
      .set({ status: 'processed', replyText, personId: outcome.personId, escalationId: outcome.escalationId, processedAt: at, updatedAt: at })
      .where(eq(messages.id, messageId))
    if (interaction && outcome.escalationId && outcome.raisedEscalation) {
      await tx.update(escalations).set({ interactionId: interaction.id }).where(eq(escalations.id, outcome.escalationId))
    }
    if (replyText) {
      const { segments, encoding } = countSegments(replyText)
      await tx.insert(messages).values({
        direction: 'outbound', channel: sms.channel, fromPhone: sms.to, toPhone: sms.from, body: replyText, status: 'twiml',
        segments, encoding, personId: outcome.personId, escalationId: outcome.escalationId, createdAt: at, updatedAt: at
      })
    }
  })
}
