// What happens to a text sent to the employee number: each decision in turn, first match wins.
import { intentScores, readIntent } from '../classifier/intent-model.ts'
import { complaintBeside, newsBeforeQuestion, newsToPassOn } from '../classifier/news-first.ts'
import { languageModel } from '../classifier/language-model.ts'
import { classifyText } from '../classifier/local-classifier.ts'
import type { Classification } from '../classifier/types.ts'
import { detectKeyword, type Keyword, keywordFromOptOutType } from '../inbound/keywords.ts'
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
import { isHrMatter } from '../escalation/ladder.ts'
import { aboutSomeoneElse } from '../escalation/subjects.ts'
import { findPersonByPhone, type Person } from '../people/directory.ts'
import { detectLanguage } from '../text/language.ts'
import { isPleasantry } from '../text/pleasantry.ts'
import { answerFromHandbook } from './answering.ts'
import { questionsIn } from './questions-in.ts'
import { handleFeedback } from './feedback.ts'
import { followUpOf, newsBefore } from './follow-up.ts'
import { escalate, forward, reachHr } from './handoff.ts'
import { continueAnswer } from './more.ts'
import { reply, smalltalkReply } from './replies.ts'
import { routeMessage } from './routing.ts'
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
  const optOut = await handleOptOut(deps.db, person, keyword, {
    channel: 'employee',
    now: deps.now(),
    optedInReply: optedIn
  })
  if (optOut?.answerMode === 'opted_out' && person)
    return (await optedOutEmergency(deps, run, person, sms.body)) ?? optOut
  if (optOut) return optOut
  if (rate !== 'allow') {
    // The limit guards cost, never safety: an emergency gets through however many texts came before it.
    const emergency = person && (await emergencyIn(deps, run, sms.body))
    if (emergency) return handleMessage(deps, run, { ...sender, person }, sms.body, keyword, emergency)
    const notice = rate === 'notify' ? reply('rateLimited', person?.language) : null
    return { reply: notice, personId: person?.id, answerMode: 'rate_limited' }
  }
  if (!person) return unknownSender(deps, run, sms.body)
  const personId = person.id
  if (keyword === 'opt_in') return { reply: optedIn, personId, answerMode: 'opt_in' }
  if (keyword === 'help')
    return { reply: twilioKeyword ? null : reply('help', person.language, company), personId, answerMode: 'help' }
  if (keyword === 'more') return continueAnswer(person, last, config.SMS_MAX_SEGMENTS)
  if (keyword === 'private_hr') return reachHr(deps, run, person, last, sms.body, sender.active)
  if (!sms.body.trim()) return { reply: reply('emptyBody', person.language), personId, answerMode: 'empty' }
  const feedback = await handleFeedback(deps, run, person, keyword, sms.body, last)
  if (feedback) return feedback
  return handleMessage(deps, run, { ...sender, person }, sms.body, keyword)
}

/** A message that is not a keyword: classified, then answered, handed to a person, or added to an open matter. */
async function handleMessage(
  deps: ConversationDeps,
  run: Run,
  { person: registered, last, active, closedHr }: SenderState & { person: Person },
  body: string,
  keyword: Keyword | null,
  /** Its classification, when it was classified already (an emergency past the rate limit). */
  classified?: Classification
): Promise<Outcome> {
  const text = body.trim().slice(0, MAX_QUESTION_CHARS)
  const pleasantry = keyword === 'positive_feedback' || keyword === 'yes'
  const { person, classification, route } = await readMessage(
    deps,
    run,
    registered,
    text,
    { active, closedHr },
    pleasantry,
    classified
  )
  const outcome = await act()
  return { ...outcome, language: person.language }

  async function act(): Promise<Outcome> {
    switch (route.kind) {
      case 'smalltalk':
        return {
          personId: person.id,
          classification,
          reply: smalltalkReply(text, person.language, deps.config.COMPANY_NAME),
          answerMode: 'smalltalk'
        }
      case 'forward':
        return forward(deps, run, person, route.escalation, text, classification)
      case 'escalate': {
        // A complaint never goes to whoever the HR matter it continues is about (nor, see subjects.ts,
        // to anyone it names).
        const exclude = route.keepAway ? new Set(route.keepAway) : undefined
        // A request for a person that asks something ("can someone tell me how the 401k match works?")
        // is a question too: the answer it gets may become an FAQ.
        const question = route.reason === 'human_request' && intentScores(text).question >= ASKS ? text : undefined
        const raised = await escalate(deps, run, person, route.reason, text, {
          exclude,
          extra: { classification },
          question
        })
        if (!route.alsoAnswer || !raised.reply) return raised
        // News that also asks how a rule goes: the manager has it, and the answer to what it asks (the
        // question in it, not the news: "kid is sick" is no topic) goes with the acknowledgement, read with
        // the news as a follow-up is with the question before it ("by when" asks about the arrest). A
        // complaint is read whole: what it tells is the topic of what it asks ("the foreman is the one
        // harassing me, who do i report it to"), or stands beside it ("how long is lunch? bc my sup ...").
        const complaint = isHrMatter(route.reason)
        const asked = complaint ? text : (questionsIn(text)[0] ?? text)
        const context = complaint ? undefined : newsBefore(text, asked)
        const answer = await answerFromHandbook(deps, run, person, asked, classification, context, {
          told: raised.reply
        })
        return answer.reply && answer.answer ? { ...answer, ...pick(raised), reply: answer.reply } : raised
      }
      case 'answer':
        return answerFromHandbook(deps, run, person, text, classification, followUpOf(text, last, deps.now()), route)
    }
  }
}

/**
 * STOP stops texts to the employee, not their emergencies: an opted-out employee's safety message is
 * raised and alerted as any other (the alert gives their number to call), with no text back to them.
 */
async function optedOutEmergency(
  deps: ConversationDeps,
  run: Run,
  person: Person,
  body: string
): Promise<Outcome | undefined> {
  const classification = await emergencyIn(deps, run, body)
  if (!classification) return undefined
  const text = body.trim().slice(0, MAX_QUESTION_CHARS)
  const raised = await escalate(deps, run, person, 'safety', text, { extra: { classification } })
  return { ...raised, reply: null }
}

// A number the directory does not hold (never added, or offboarded) has nobody to page; an emergency from it
// gets the 911 line before the notice all the same.
async function unknownSender(deps: ConversationDeps, run: Run, body: string): Promise<Outcome> {
  // Only one a rule is sure of: nothing else is known of the sender to tell a question about safety from one.
  const classified = await emergencyIn(deps, run, body)
  const emergency = classified?.classifier.startsWith('rules:') ? classified : null
  const language = detectLanguage(body, 'en', languageModel)
  const notice = reply('unknownSender', emergency ? language : null)
  return {
    reply: emergency ? `${reply('safetyFirst', language)} ${notice}` : notice,
    answerMode: 'unknown_sender',
    ...(emergency ? { classification: emergency } : {})
  }
}

/** The message's classification when it reports an emergency, else null. */
async function emergencyIn(deps: ConversationDeps, run: Run, body: string): Promise<Classification | null> {
  const text = body.trim().slice(0, MAX_QUESTION_CHARS)
  if (!text) return null
  const classification = await classify(deps, run, text)
  return classification.label === 'safety' ? classification : null
}

/** What an answer sent with an escalation keeps of it: the escalation is still what the message did. */
function pick({ answerMode, escalationId, raisedEscalation }: Outcome): Partial<Outcome> {
  return { answerMode, escalationId, raisedEscalation }
}

// A request for a person this likely to be asking something is kept as a question as well.
const ASKS = 0.3

/**
 * How a text is read: its language, its label, its intent and where it goes. The webhook and the admin
 * page's "Try a question" both read texts this way.
 */
export async function readMessage(
  deps: ConversationDeps,
  run: Run,
  registered: Person,
  text: string,
  { active, closedHr }: Pick<SenderState, 'active' | 'closedHr'>,
  pleasantry = false,
  classified?: Classification
) {
  // Employees text in the language they think in, whatever the directory says: every reply to this
  // message is in the language it is written in (the directory's when the text does not say).
  const person = { ...registered, language: detectLanguage(text, registered.language, languageModel) }
  const classification = classified ?? (await classify(deps, run, text))
  const { intent, score } = readIntent(classification.read ?? text)
  const hrOpen = active.find((e) => isHrMatter(e.reason))
  const manager =
    hrOpen && registered.managerPhone
      ? await findPersonByPhone(deps.db, registered.managerPhone, { includeDeactivated: true })
      : undefined
  const route = routeMessage({
    text,
    classification,
    intent,
    intentScore: score,
    active,
    closedHr,
    pleasantry: pleasantry || isPleasantry(text),
    newsFirst: newsBeforeQuestion(text) ?? newsToPassOn(text),
    complaintBeside: complaintBeside(text),
    hrSubjectsNotManager:
      hrOpen && manager && aboutSomeoneElse(hrOpen, manager, text)
        ? hrOpen.excludedPersonIds?.filter((id) => id !== manager.id)
        : undefined
  })
  return { person, classification, route }
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
