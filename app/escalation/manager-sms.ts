// Texts to the manager number: a manager (or HR) answers an escalation with "E42 <answer>",
// acknowledges with "ACK E42", closes with "CLOSE E42". Without a code, an answer goes to their most
// recent open escalation and the confirmation says which one.
import { and, desc, eq, inArray } from 'drizzle-orm'
import { escalations, messages } from '../../drizzle/schema.ts'
import type { ConversationDeps } from '../conversation/employee-sms.ts'
import type { InboundSms } from '../conversation/inbound-log.ts'
import { detectKeyword } from '../conversation/keywords.ts'
import { type HandledSms, type Outcome, processInbound } from '../conversation/process-inbound.ts'
import { findPersonById, findPersonByPhone, type Person, setOptedOut } from '../people/directory.ts'
import { sendSms } from '../sms/outbox.ts'
import {
  acknowledge,
  ACTIVE_STATUSES,
  answerEscalation,
  closeEscalation,
  type Escalation,
  type EscalationDeps,
  escalationDeps,
  findEscalationByCode
} from './escalations.ts'

type Command = { kind: 'ack' | 'close'; code: string | null } | { kind: 'answer'; code: string | null; text: string }

export function parseManagerReply(body: string): Command {
  const text = body.trim()
  const control = /^(ACK|ACKNOWLEDGE|CLOSE|DONE)\b\s*:?\s*(E\d+)?[\s.!]*$/i.exec(text)
  if (control)
    return { kind: /^(ACK|ACKNOWLEDGE)$/i.test(control[1]!) ? 'ack' : 'close', code: control[2]?.toUpperCase() ?? null }
  const coded = /^(E\d+)\b[\s:,.-]*([\s\S]*)$/i.exec(text)
  if (coded) return { kind: 'answer', code: coded[1]!.toUpperCase(), text: coded[2]!.trim() }
  return { kind: 'answer', code: null, text }
}

export async function handleManagerSms(deps: ConversationDeps, sms: InboundSms): Promise<HandledSms> {
  return processInbound({ ...deps, budgetMs: deps.config.WEBHOOK_BUDGET_MS }, sms, async () =>
    decide(escalationDeps(deps), sms)
  )
}

async function decide(deps: EscalationDeps, sms: InboundSms): Promise<Outcome> {
  const sender = await findPersonByPhone(deps.db, sms.from)
  const keyword = detectKeyword(sms.body)
  if (keyword === 'opt_out') {
    if (sender) await setOptedOut(deps.db, sender.phone, true, deps.now())
    return { reply: null, personId: sender?.id, answerMode: 'opt_out' }
  }
  if (!sender || sender.role === 'employee') {
    return {
      reply: `This number only takes replies from managers. For questions, text ${deps.config.TWILIO_EMPLOYEE_NUMBER}.`,
      personId: sender?.id,
      answerMode: 'manager_refused'
    }
  }
  if (sender.optedOut) {
    if (keyword !== 'opt_in' && keyword !== 'yes') return { reply: null, personId: sender.id, answerMode: 'opted_out' }
    await setOptedOut(deps.db, sender.phone, false, deps.now())
    return {
      reply: 'You will get escalation texts again. Reply STOP to stop.',
      personId: sender.id,
      answerMode: 'opt_in'
    }
  }
  if (keyword === 'help') return { reply: managerHelp(), personId: sender.id, answerMode: 'help' }

  const command = parseManagerReply(sms.body)
  const escalation = command.code
    ? await findEscalationByCode(deps.db, command.code)
    : await latestAssigned(deps, sender)
  const base = { personId: sender.id, escalationId: escalation?.id }
  if (!escalation) {
    const reply = command.code
      ? `There is no escalation ${command.code}. ${managerHelp()}`
      : `You have no open escalations. ${managerHelp()}`
    return { reply, personId: sender.id, answerMode: 'manager_unknown' }
  }
  if (!(await mayHandle(deps, sender, escalation))) {
    return { ...base, reply: `${escalation.code} is not assigned to you.`, answerMode: 'manager_refused' }
  }
  const employee = await findPersonById(deps.db, escalation.employeeId)
  const employeeName = employee?.name ?? 'the employee'

  if (command.kind === 'ack') {
    if ((await acknowledge(deps.db, escalation, deps.now())) && employee) {
      await sendSms(deps, {
        to: employee.phone,
        from: deps.config.TWILIO_EMPLOYEE_NUMBER,
        channel: 'employee',
        personId: employee.id,
        escalationId: escalation.id,
        body: `${sender.name} has seen your message and will get back to you.`
      })
    }
    return {
      ...base,
      reply: `${escalation.code} (${employeeName}) acknowledged. Reply "${escalation.code} <your answer>" to answer.`,
      answerMode: 'manager_ack'
    }
  }
  if (command.kind === 'close') {
    await closeEscalation(deps.db, escalation, deps.now())
    return { ...base, reply: `${escalation.code} (${employeeName}) closed.`, answerMode: 'manager_close' }
  }
  const text = command.kind === 'answer' ? command.text : ''
  if (!text)
    return {
      ...base,
      reply: `To answer ${escalation.code}, reply "${escalation.code} <your answer>".`,
      answerMode: 'manager_unknown'
    }
  if (escalation.status === 'closed')
    return { ...base, reply: `${escalation.code} is already closed.`, answerMode: 'manager_unknown' }

  const relayed = await answerEscalation(deps, escalation, text, sender)
  const which = command.code
    ? ''
    : ` (${escalation.code}: "${escalation.originalText.slice(0, 40)}${escalation.originalText.length > 40 ? '...' : ''}")`
  const reply = relayed?.sent
    ? `Sent to ${employeeName}${which}. Reply "CLOSE ${escalation.code}" when it is resolved.`
    : relayed?.reason === 'opted_out'
      ? `${employeeName} has opted out of texts; please reach them another way.${which}`
      : `Could not text ${employeeName} right now${which}; your answer is saved. Please try again or call them.`
  return { ...base, reply, answerMode: 'manager_reply', answer: text }
}

/** The sender's most recent escalation that is still open. */
async function latestAssigned(deps: EscalationDeps, sender: Person): Promise<Escalation | undefined> {
  const [latest] = await deps.db
    .select()
    .from(escalations)
    .where(and(eq(escalations.assigneeId, sender.id), inArray(escalations.status, ACTIVE_STATUSES)))
    .orderBy(desc(escalations.updatedAt), desc(escalations.id))
    .limit(1)
  return latest
}

/** The person it is assigned to, HR, or anyone it passed through on the way up the ladder. */
async function mayHandle(deps: EscalationDeps, sender: Person, escalation: Escalation): Promise<boolean> {
  if (sender.role === 'hr' || escalation.assigneeId === sender.id) return true
  const alerted = await deps.db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.escalationId, escalation.id),
        eq(messages.toPhone, sender.phone),
        eq(messages.direction, 'outbound')
      )
    )
    .limit(1)
  return alerted.length > 0
}

function managerHelp(): string {
  return 'Reply "E42 <your answer>" to answer escalation E42, "ACK E42" to say you are on it, "CLOSE E42" when it is resolved.'
}
