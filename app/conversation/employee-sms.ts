// What happens to a text sent to the employee number: each decision in turn, first match wins.
import { classifyText } from '../classifier/local-classifier.ts'
import type { Classification } from '../classifier/types.ts'
import type { Reason } from '../escalation/ladder.ts'
import { detectKeyword, keywordFromOptOutType } from '../inbound/keywords.ts'
import { handleOptOut } from '../inbound/opt-out.ts'
import {
  type HandledSms,
  type InboundDeps,
  type Outcome,
  processInbound,
  type Run
} from '../inbound/process-inbound.ts'
import { runStage } from '../inbound/stage.ts'
import type { InboundSms } from '../inbound/store-once.ts'
import { answerFromHandbook } from './answering.ts'
import { handleFeedback } from './feedback.ts'
import { followUpOf } from './follow-up.ts'
import { escalate, forward } from './handoff.ts'
import { continueAnswer } from './more.ts'
import { reply, smalltalkReply } from './replies.ts'
import { loadSender, type SenderState } from './sender.ts'
import type { ConversationDeps } from './types.ts'

// Classifier and model input is capped: a 1,600-character text says what it needs to in far less.
const MAX_QUESTION_CHARS = 600

export async function handleEmployeeSms(
  deps: ConversationDeps & Omit<InboundDeps, 'budgetMs'>,
  sms: InboundSms
): Promise<HandledSms> {
  return processInbound({ ...deps, budgetMs: deps.config.WEBHOOK_BUDGET_MS }, sms, (run) => decide(deps, sms, run))
}

async function decide(deps: ConversationDeps, sms: InboundSms, run: Run): Promise<Outcome> {
  const { config } = deps
  // Twilio's own opt-out handling has already answered these keywords: never repeat its reply.
  const twilioKeyword = keywordFromOptOutType(sms.optOutType)
  const keyword = twilioKeyword ?? detectKeyword(sms.body)
  const company = { company: config.COMPANY_NAME }
  const sender = await loadSender(deps.db, config, sms.from, keyword, deps.now())
  const { person, rate, last } = sender

  const optedIn = twilioKeyword ? null : reply('optedIn', person?.language, company)
  const optOut = await handleOptOut(deps.db, person, keyword, { now: deps.now(), optedInReply: optedIn })
  if (optOut) return optOut
  if (rate !== 'allow') {
    const notice = rate === 'notify' ? reply('rateLimited', person?.language) : null
    return { reply: notice, personId: person?.id, answerMode: 'rate_limited' }
  }
  if (!person) return { reply: reply('unknownSender', null), answerMode: 'unknown_sender' }
  if (keyword === 'opt_in') return { reply: optedIn, personId: person.id, answerMode: 'opt_in' }
  if (keyword === 'help') {
    return {
      reply: twilioKeyword ? null : reply('help', person.language, company),
      personId: person.id,
      answerMode: 'help'
    }
  }
  if (keyword === 'more') return continueAnswer(person, last, config.SMS_MAX_SEGMENTS)
  if (!sms.body.trim()) return { reply: reply('emptyBody', person.language), personId: person.id, answerMode: 'empty' }
  const feedback = await handleFeedback(deps, run, person, keyword, sms.body, last)
  if (feedback) return feedback
  return handleMessage(
    deps,
    run,
    sender as SenderState & { person: NonNullable<SenderState['person']> },
    sms.body,
    keyword
  )
}

async function handleMessage(
  deps: ConversationDeps,
  run: Run,
  { person, last, active }: SenderState & { person: NonNullable<SenderState['person']> },
  body: string,
  keyword: ReturnType<typeof detectKeyword>
): Promise<Outcome> {
  const question = body.trim().slice(0, MAX_QUESTION_CHARS)
  const classification = await classify(deps, run, question)
  const [open] = active

  // While a person handles an escalation, messages on the same matter go to them, not the bot.
  if (classification.escalation !== 'none') {
    const sameMatter = open && (open.reason === classification.label || classification.label === 'human_request')
    if (sameMatter) return forward(deps, run, person, open, question, classification)
    return escalate(deps, run, person, classification.label as Reason, question, { extra: { classification } })
  }
  if (open && classification.label !== 'policy_question')
    return forward(deps, run, person, open, question, classification)
  if (classification.label === 'smalltalk' || keyword === 'positive_feedback' || keyword === 'yes') {
    return {
      personId: person.id,
      classification,
      reply: smalltalkReply(question, person.language),
      answerMode: 'smalltalk'
    }
  }
  return answerFromHandbook(deps, run, person, question, classification, followUpOf(question, last, deps.now()))
}

async function classify(deps: ConversationDeps, run: Run, text: string): Promise<Classification> {
  return runStage(
    run,
    deps.log,
    { name: 'classifier', latencyKey: 'classifyMs', capMs: deps.config.CLASSIFIER_TIMEOUT_MS },
    (signal) => deps.classifier.classify(text, { signal }),
    () => ({ ...classifyText(text), fallback: deps.classifier.name })
  )
}
