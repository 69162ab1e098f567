// Texts to the manager number: a manager (or HR) answers an escalation with "E42 <answer>",
// acknowledges with "ACK E42", closes with "CLOSE E42". Without a code, an answer goes to their most
// recent open escalation and the confirmation says which one. Who may act on one is decided by its own
// row (auth/escalation-access.ts); any other is answered as if it did not exist, so codes cannot be
// probed.
import { detectKeyword } from '../inbound/keywords.ts'
import { handleOptOut } from '../inbound/opt-out.ts'
import {
  type HandledSms,
  type InboundDeps,
  type Outcome,
  outboundKey,
  processInbound,
  type Run
} from '../inbound/process-inbound.ts'
import type { InboundSms } from '../inbound/store-once.ts'
import { languageModel } from '../classifier/language-model.ts'
import { classifyText } from '../classifier/local-classifier.ts'
import { findPersonById, findPersonByPhone, type Person } from '../people/directory.ts'
import { detectLanguage } from '../text/language.ts'
import { mentions } from '../people/named.ts'
import { matchHrConcern } from '../text/hr-rules.ts'
import { matchDanger } from '../text/safety-rules.ts'
import { closeEscalation, findVisibleByCode, latestAssignedTo } from './repository.ts'
import type { EscalationDeps } from './alerts.ts'
import { priorityFor } from './ladder.ts'
import { acknowledgeAndNotify, answerEscalation, raiseEscalation } from './service.ts'
import { concernTaken, emergencyTaken, managerNumberOnly, toAnswerStill } from './texts.ts'

type Command = { kind: 'ack' | 'close'; code: string | null } | { kind: 'answer'; code: string | null; text: string }

export function parseManagerReply(body: string): Command {
  const text = body.trim()
  const control = /^(ACK|ACKNOWLEDGE|CLOSE|DONE)\b\s*:?\s*(E\d+)?[\s.!]*$/i.exec(text)
  if (control) {
    return { kind: /^(ACK|ACKNOWLEDGE)$/i.test(control[1]!) ? 'ack' : 'close', code: control[2]?.toUpperCase() ?? null }
  }
  const coded = /^(E\d+)\b[\s:,.-]*([\s\S]*)$/i.exec(text)
  if (coded) return { kind: 'answer', code: coded[1]!.toUpperCase(), text: coded[2]!.trim() }
  return { kind: 'answer', code: null, text }
}

export async function handleManagerSms(
  deps: EscalationDeps & Omit<InboundDeps, 'budgetMs'>,
  sms: InboundSms
): Promise<HandledSms> {
  return processInbound({ ...deps, budgetMs: deps.config.WEBHOOK_BUDGET_MS }, sms, (run) => decide(deps, sms, run))
}

async function decide(deps: EscalationDeps, sms: InboundSms, run: Run): Promise<Outcome> {
  const sender = await findPersonByPhone(deps.db, sms.from)
  const keyword = detectKeyword(sms.body)
  const optOut = await handleOptOut(deps.db, sender, keyword, {
    channel: 'manager',
    now: deps.now(),
    optedInReply: 'You will get escalation texts again. Reply STOP to stop.'
  })
  if (optOut) return optOut
  // This number is in the phone of everyone ever texted from it: an emergency sent to it is raised as one, the 911
  // line first, from an employee or a number the directory lacks, or from a manager or HR with nothing to answer.
  // Read only where it decides (no text a manager answers an escalation with pays for it).
  const emergency = () => keyword === null && matchDanger(sms.body) !== null
  if (!sender || sender.role === 'employee') {
    if (emergency()) return raiseEmergency(deps, run, sms, sender)
    const language = detectLanguage(sms.body, sender?.language ?? 'en', languageModel)
    return {
      reply: managerNumberOnly(language, deps.config.TWILIO_EMPLOYEE_NUMBER),
      personId: sender?.id,
      answerMode: 'manager_refused'
    }
  }
  if (keyword === 'help') return { reply: managerHelp(), personId: sender.id, answerMode: 'help' }

  const command = parseManagerReply(sms.body)
  const viewer = { role: sender.role, personId: sender.id }
  const escalation = command.code
    ? await findVisibleByCode(deps.db, viewer, command.code)
    : await latestAssignedTo(deps.db, viewer)
  if (!escalation) {
    if (!command.code && emergency()) return raiseEmergency(deps, run, sms, sender)
    const reply = command.code
      ? `There is no escalation ${command.code} for you. ${managerHelp()}`
      : `You have no open escalations. ${managerHelp()}`
    return { reply, personId: sender.id, answerMode: 'manager_unknown' }
  }
  // An emergency told without a code is no answer to an open call-out or question ("theres a fire in the stockroom and
  // jordan is burned"): it is raised, and the open one is still answered by its code. Advice is an answer ("feel better.
  // if your chest pain gets worse call 911"), and so is word of the help called ("ambulance is coming"); to an open
  // emergency, anything is its answer.
  if (!command.code && escalation.reason !== 'safety' && toldEmergency(sms.body))
    return raiseEmergency(deps, run, sms, sender, escalation.code)
  const employee = await findPersonById(deps.db, escalation.employeeId)
  // Nor is a manager's complaint of their own ("Alex keeps texting me at 2am ... who do i talk to about this?"): it
  // goes to HR as theirs, and never to the employee whose matter was open.
  if (!command.code && sender.role === 'manager' && toldConcern(sms.body, employee?.name))
    return raiseOwnConcern(deps, run, sms, sender, escalation.code)
  const base = { personId: sender.id, escalationId: escalation.id }
  const employeeName = employee?.name ?? 'the employee'

  if (command.kind === 'ack') {
    // Past acknowledging: it is said as it is, and nothing reaches the employee.
    if (escalation.status === 'closed' || escalation.status === 'answered')
      return { ...base, reply: `${escalation.code} is already ${escalation.status}.`, answerMode: 'manager_unknown' }
    await acknowledgeAndNotify(deps, escalation, sender, outboundKey(run, 'ack'))
    const reply = `${escalation.code} (${employeeName}) acknowledged. Reply "${escalation.code} <your answer>" to answer.`
    return { ...base, reply, answerMode: 'manager_ack' }
  }
  if (command.kind !== 'answer') {
    await closeEscalation(deps.db, escalation.id, deps.now())
    return { ...base, reply: `${escalation.code} (${employeeName}) closed.`, answerMode: 'manager_close' }
  }
  if (!command.text) {
    const reply = `To answer ${escalation.code}, reply "${escalation.code} <your answer>".`
    return { ...base, reply, answerMode: 'manager_unknown' }
  }
  const answered = await answerEscalation(deps, escalation, command.text, sender, { key: outboundKey(run, 'relay') })
  if (answered.kind === 'closed')
    return { ...base, reply: `${escalation.code} is already closed.`, answerMode: 'manager_unknown' }
  const which = command.code ? '' : ` (${escalation.code}: "${ellipsis(escalation.originalText, 40)}")`
  const outbox = answered.kind === 'relayed' ? answered.outbox : undefined
  const reply = outbox?.sent
    ? `Sent to ${employeeName}${which}. Reply "CLOSE ${escalation.code}" when it is resolved.`
    : outbox?.reason === 'opted_out'
      ? `${employeeName} has opted out of texts; please reach them another way.${which}`
      : outbox?.reason === 'unknown'
        ? // Twilio may have it: the sweep checks and sends it only if it did not go, so a second copy would double it.
          `Your answer to ${employeeName}${which} may not have gone out yet; it will be checked and sent if not. No need to send it again.`
        : `Could not text ${employeeName} right now${which}; your answer is saved. Please try again or call them.`
  return { ...base, reply, answerMode: 'manager_reply', answer: command.text }
}

// The help called or to call: word of it is no emergency told ("ambulance is coming", "call 911").
const HELP_CALLED = /\b(911|ambulances?|paramedics?|ems|the er|urgent care|ambulancias?|paramedicos|urgencias)\b/gi

/** A danger told as happening (a fire, a burn, a child missing), not advice on what to do if it comes. */
function toldEmergency(body: string): boolean {
  return !/\b(if|si|in case|en caso)\b/i.test(body) && matchDanger(body.replace(HELP_CALLED, ' ')) !== null
}

/** An emergency texted here: the sender's ladder is paged (nobody to page for a number the directory lacks). */
async function raiseEmergency(
  deps: EscalationDeps,
  run: Run,
  sms: InboundSms,
  sender: Person | undefined,
  openCode?: string
): Promise<Outcome> {
  const text = sms.body.trim()
  const language = detectLanguage(text, sender?.language ?? 'en', languageModel)
  const still = openCode ? ` ${toAnswerStill(language, openCode)}` : ''
  if (!sender) return { reply: emergencyTaken(language, undefined), answerMode: 'unknown_sender' }
  const { escalation, assignee } = await raiseEscalation(deps, {
    employee: sender,
    reason: 'safety',
    priority: 'urgent',
    text,
    inboundMessageId: run.messageId
  })
  return {
    reply: emergencyTaken(language, assignee) + still,
    personId: sender.id,
    escalationId: escalation.id,
    answerMode: 'escalated',
    raisedEscalation: escalation.inboundMessageId === run.messageId
  }
}

// A complaint by rule, or one the bundled topic model is all but sure of: the bundled one, not the configured
// classifier, since the bar is set on its calibration and a manager's every code-less text must not wait on a network
// call (the escalation API reads complaints the same way).
const CONCERN_SURE = 0.95
// Told of the employee whose matter is open, a complaint the model only leans to is held back too: relayed, it would
// reach the very person it is about ("alex keeps sending me pics i never asked for").
const CONCERN_ABOUT_EMPLOYEE = 0.5
function toldConcern(text: string, employeeName?: string): boolean {
  if (matchHrConcern(text) !== null) return true
  const { label, score } = classifyText(text)
  if (label !== 'hr_sensitive') return false
  return (
    score >= CONCERN_SURE ||
    (employeeName !== undefined && score >= CONCERN_ABOUT_EMPLOYEE && mentions(text, employeeName))
  )
}

async function raiseOwnConcern(
  deps: EscalationDeps,
  run: Run,
  sms: InboundSms,
  sender: Person,
  openCode: string
): Promise<Outcome> {
  const text = sms.body.trim()
  const language = detectLanguage(text, sender.language, languageModel)
  const { escalation, assignee } = await raiseEscalation(deps, {
    employee: sender,
    reason: 'hr_sensitive',
    priority: priorityFor('hr_sensitive'),
    text,
    inboundMessageId: run.messageId
  })
  return {
    reply: `${concernTaken(language, assignee)} ${toAnswerStill(language, openCode)}`,
    personId: sender.id,
    escalationId: escalation.id,
    answerMode: 'escalated',
    raisedEscalation: escalation.inboundMessageId === run.messageId
  }
}

function ellipsis(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}...` : text
}

function managerHelp(): string {
  return 'Reply "E42 <your answer>" to answer escalation E42, "ACK E42" to say you are on it, "CLOSE E42" when it is resolved.'
}
