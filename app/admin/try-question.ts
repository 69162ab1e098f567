// "Try a question" on the admin page: what an employee at a location would get for this text, read
// as their texts are (language, classifier, intent, routing) and answered by the very function that
// answers them, with the passages it came from. Nothing is stored, sent or escalated: a text that
// would go to a person says to whom.
import { inArray } from 'drizzle-orm'
import { chunks } from '../../drizzle/schema.ts'
import { answerFromHandbook } from '../conversation/answering.ts'
import { readMessage } from '../conversation/employee-sms.ts'
import { smalltalkReply } from '../conversation/replies.ts'
import type { ConversationDeps } from '../conversation/types.ts'
import { isHrMatter } from '../escalation/ladder.ts'
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
  // An employee at the chosen location, read as their texts are; the reply in the text's language.
  const at: Person = { ...asker, role: 'employee', location: input.location || null, language: 'en' }
  const run = {
    deadline: performance.now() + deps.config.WEBHOOK_BUDGET_MS,
    latency: {},
    fallbacks: [],
    messageId: 0
  }
  const { person: employee, classification, route } = await readMessage(deps, run, at, question, { active: [] })
  if (route.kind === 'smalltalk')
    return {
      reply: smalltalkReply(question, employee.language, deps.config.COMPANY_NAME),
      answered: false,
      passages: []
    }
  if (route.kind !== 'answer') {
    const reason = route.kind === 'escalate' ? route.reason : 'report'
    return { reply: handedOver(reason), answered: false, passages: [] }
  }
  const outcome = await answerFromHandbook(
    { ...deps, config: { ...deps.config, ESCALATE_ON_NO_ANSWER: false } },
    run,
    employee,
    question,
    classification,
    undefined,
    { offerHr: route.offerHr, safety: route.safety }
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

function handedOver(reason: string): string {
  if (reason === 'safety')
    return 'Not answered from the handbook: read as an emergency. The employee is told to call 911 if anyone is hurt or in danger, and their manager is alerted at once (urgent).'
  const who = isHrMatter(reason) ? 'HR (never the manager it may be about)' : 'their manager'
  return `Not answered from the handbook: read as a matter for a person (${reason.replace('_', ' ')}). It is passed to ${who}, and the employee is told so.`
}
