// "Try a question" on the admin page: what an employee at a location would get for this text, read
// as their texts are (language, classifier, intent, routing) and answered by the very function that
// answers them, with the passages it came from. Nothing is stored, sent or escalated: a text that
// would go to a person says to whom.
import { inArray } from 'drizzle-orm'
import { chunks } from '../../drizzle/schema.ts'
import { readIntent } from '../classifier/intent-model.ts'
import { languageModel } from '../classifier/language-model.ts'
import { classifyText } from '../classifier/local-classifier.ts'
import type { Classification } from '../classifier/types.ts'
import { answerFromHandbook } from '../conversation/answering.ts'
import { smalltalkReply } from '../conversation/replies.ts'
import { routeMessage } from '../conversation/routing.ts'
import type { ConversationDeps } from '../conversation/types.ts'
import { isHrMatter } from '../escalation/ladder.ts'
import { badRequest } from '../lib/errors.ts'
import type { Person } from '../people/directory.ts'
import { detectLanguage } from '../text/language.ts'
import { isPleasantry } from '../text/pleasantry.ts'

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
  // An employee at the chosen location, writing in the language of the text.
  const language = detectLanguage(question, 'en', languageModel)
  const employee: Person = { ...asker, role: 'employee', location: input.location || null, language }
  const classification = await classify(deps, question)
  const { intent, score } = readIntent(question)
  const route = routeMessage({
    text: question,
    classification,
    intent,
    intentScore: score,
    active: [],
    pleasantry: isPleasantry(question)
  })
  if (route.kind === 'smalltalk') return { reply: smalltalkReply(question, language), answered: false, passages: [] }
  if (route.kind !== 'answer') {
    const reason = route.kind === 'escalate' ? route.reason : 'report'
    return { reply: handedOver(reason), answered: false, passages: [] }
  }
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

async function classify(deps: ConversationDeps, text: string): Promise<Classification> {
  try {
    return await deps.classifier.classify(text, { signal: AbortSignal.timeout(deps.config.CLASSIFIER_TIMEOUT_MS) })
  } catch {
    return classifyText(text)
  }
}

function handedOver(reason: string): string {
  if (reason === 'safety')
    return 'Not answered from the handbook: read as an emergency. The employee is told to call 911 if anyone is hurt or in danger, and their manager is alerted at once (urgent).'
  const who = isHrMatter(reason) ? 'HR (never the manager it may be about)' : 'their manager'
  return `Not answered from the handbook: read as a matter for a person (${reason.replace('_', ' ')}). It is passed to ${who}, and the employee is told so.`
}
