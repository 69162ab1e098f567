// "Try a question" on the admin page: the reply an employee at a location would get from the
// handbook, by the very function that answers their texts, and the passages it came from. Nothing
// is stored, sent or escalated.
import { inArray } from 'drizzle-orm'
import { chunks } from '../../drizzle/schema.ts'
import { answerFromHandbook } from '../conversation/answering.ts'
import type { ConversationDeps } from '../conversation/types.ts'
import { badRequest } from '../lib/errors.ts'
import type { Person } from '../people/directory.ts'

export interface TriedQuestion {
  reply: string
  answered: boolean
  passages: Array<{ source: string; title: string; heading: string; text: string }>
}

export async function tryQuestion(
  deps: ConversationDeps,
  asker: Person,
  input: { question: string; location?: string }
): Promise<TriedQuestion> {
  const question = input.question.trim()
  if (!question) throw badRequest('Type a question to try')
  if (question.length > 1600) throw badRequest('That is longer than an SMS conversation allows')
  // An employee at the chosen location; a question without an answer is offered, never escalated.
  const employee: Person = { ...asker, role: 'employee', location: input.location || null, language: 'en' }
  const run = {
    deadline: performance.now() + deps.config.WEBHOOK_BUDGET_MS,
    latency: {},
    fallbacks: [],
    messageId: 0
  }
  const outcome = await answerFromHandbook(
    { ...deps, config: { ...deps.config, ESCALATE_ON_NO_ANSWER: false } },
    run,
    employee,
    question,
    { label: 'policy_question', score: 1, escalation: 'none', classifier: 'admin-try' },
    undefined
  )
  const answered = outcome.answerMode === 'extractive' || outcome.answerMode === 'llm'
  const sources = answered ? (outcome.sources ?? []).slice(0, 3) : []
  const texts = sources.length
    ? await deps.db
        .select({ id: chunks.id, content: chunks.content })
        .from(chunks)
        .where(
          inArray(
            chunks.id,
            sources.map((s) => s.chunkId)
          )
        )
    : []
  return {
    reply: outcome.reply ?? '',
    answered,
    passages: sources.map((s) => ({
      source: s.source,
      title: s.title,
      heading: s.heading,
      text: texts.find((t) => t.id === s.chunkId)?.content ?? ''
    }))
  }
}
