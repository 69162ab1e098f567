// What the escalation texts say. Kept GSM-7 and inside the segment budget.
import { languageModel } from '../classifier/language-model.ts'
import type { Person } from '../people/directory.ts'
import { fitToSegments, MAX_BODY_CHARS, smartEncode, splitText } from '../sms/segments.ts'
import { detectLanguage, type Language } from '../text/language.ts'
import type { Escalation } from './repository.ts'

const CATEGORY: Readonly<Record<string, string>> = {
  safety: 'safety',
  hr_sensitive: 'HR concern',
  attendance: 'attendance',
  payroll: 'pay problem',
  operations: 'operations',
  report: 'report',
  human_request: 'asks for a person',
  no_answer: 'question the handbook does not answer',
  disputed_answer: 'says the answer was wrong',
  policy_question: 'question',
  manual: 'raised by ops',
  hr_request: 'asks to reach HR privately'
}

export type AlertKind = 'new' | 'reminder' | 'moved'

/** "URGENT: Alex Rivera (Downtown), safety: "I cut my hand..." Code E42. Reply "E42 <your answer>" or "ACK E42"." */
export function managerAlert(
  escalation: Pick<Escalation, 'code' | 'priority' | 'reason' | 'originalText'>,
  employee: Pick<Person, 'name' | 'location'> & Partial<Pick<Person, 'phone' | 'optedOut'>>,
  kind: AlertKind,
  maxSegments: number,
  previous?: Pick<Person, 'name'>
): string {
  const priority = escalation.priority.toUpperCase()
  const who = whoIsIt(employee)
  const category = CATEGORY[escalation.reason] ?? escalation.reason
  const lead =
    kind === 'reminder'
      ? `REMINDER ${priority}`
      : kind === 'moved'
        ? `${priority}, passed on as ${previous?.name ?? 'the first contact'} has not answered`
        : priority
  const prefix = smartEncode(`${lead}: ${who}, ${category}: "`)
  const suffix = `" Code ${escalation.code}. Reply "${escalation.code} <your answer>" or "ACK ${escalation.code}".`
  const words = smartEncode(escalation.originalText.replace(/\s+/g, ' ').trim())
  // Never below two segments: the frame alone takes most of one.
  const { part } = fitToSegments(words, Math.max(maxSegments, 2), { prefix, suffix, continuation: '...' })
  return prefix + part + suffix
}

/** "Alex Rivera (Downtown)"; for someone who opted out of texts, with the number to call instead. */
function whoIsIt(employee: Pick<Person, 'name' | 'location'> & Partial<Pick<Person, 'phone' | 'optedOut'>>): string {
  const notes = [employee.location, employee.optedOut ? `opted out of texts, call ${employee.phone}` : undefined]
  const shown = notes.filter(Boolean)
  return shown.length > 0 ? `${employee.name} (${shown.join('; ')})` : employee.name
}

/**
 * To ops' on-call phone (ESCALATION_FALLBACK_PHONE) when nobody in the directory can be alerted, or
 * an urgent escalation went up the whole ladder unacknowledged: who, their words, and their number.
 */
export function fallbackAlert(
  escalation: Pick<Escalation, 'code' | 'priority' | 'reason' | 'originalText'>,
  employee: Pick<Person, 'name' | 'location' | 'phone'>,
  why: 'nobody' | 'unanswered',
  maxSegments: number
): string {
  const reason =
    why === 'nobody' ? 'nobody in the directory can be alerted' : 'nobody on the ladder has acknowledged it'
  const category = CATEGORY[escalation.reason] ?? escalation.reason
  const prefix = smartEncode(
    `${escalation.priority.toUpperCase()}, ${reason}: ${employee.name}${employee.location ? ` (${employee.location})` : ''}, ${category}: "`
  )
  const suffix = `" Code ${escalation.code}. Please call them at ${employee.phone}.`
  const words = smartEncode(escalation.originalText.replace(/\s+/g, ' ').trim())
  const { part } = fitToSegments(words, Math.max(maxSegments, 2), { prefix, suffix, continuation: '...' })
  return prefix + part + suffix
}

/** An employee's further message on an open escalation, as the person handling it receives it. */
export function forwardedMessage(
  escalation: Pick<Escalation, 'code'>,
  employee: Pick<Person, 'name'>,
  text: string,
  maxSegments: number
): string {
  const prefix = smartEncode(`${escalation.code} ${employee.name}: "`)
  const { part } = fitToSegments(smartEncode(text.trim()), Math.max(maxSegments, 2), {
    prefix,
    suffix: '"',
    continuation: '...'
  })
  return `${prefix}${part}"`
}

/**
 * A person's answer as the employee receives it, from the employee number: one text, or (over the
 * 1,600 characters Twilio takes) several numbered "(1/2)", "(2/2)", so every word arrives.
 */
export function relayedAnswer(by: Pick<Person, 'name'>, answer: string): string[] {
  const name = smartEncode(by.name)
  const text = smartEncode(answer.trim())
  if (name.length + 2 + text.length <= MAX_BODY_CHARS) return [`${name}: ${text}`]
  for (let count = 2; ; count++) {
    const parts = splitText(text, MAX_BODY_CHARS - `${name} (${count}/${count}): `.length)
    if (parts.length <= count) return parts.map((part, i) => `${name} (${i + 1}/${parts.length}): ${part}`)
  }
}

/** The language to tell the employee about their matter in: the one they wrote it in. */
export function employeeLanguage(
  escalation: Pick<Escalation, 'originalText'>,
  employee: Pick<Person, 'language'>
): Language {
  return detectLanguage(escalation.originalText, employee.language, languageModel)
}

// Spanish within GSM-7: no á, í, ó, ú (see conversation/replies.ts).
export function acknowledgedNotice(by: Pick<Person, 'name'>, language: Language = 'en'): string {
  return language === 'es'
    ? `${by.name} ya vio su mensaje y le va a responder.`
    : `${by.name} has seen your message and will get back to you.`
}

export function movedNotice(
  next: Pick<Person, 'name'>,
  previous: Pick<Person, 'name'>,
  language: Language = 'en'
): string {
  return language === 'es'
    ? `Le pasamos su mensaje a ${next.name}, porque ${previous.name} no ha respondido.`
    : `Your message has been passed to ${next.name}, as ${previous.name} has not answered yet.`
}

// The line every emergency's reply begins with, on either number (conversation/replies.ts uses it too).
export const SAFETY_FIRST: Readonly<Record<Language, string>> = {
  en: 'If anyone is hurt or in danger, call 911 now.',
  es: 'Si alguien sufre una herida o corre peligro, llame al 911 ya.'
}

/** What whoever texted an emergency to the manager number is told: the 911 line, then who has it. */
export function emergencyTaken(language: Language, handler: Pick<Person, 'name'> | undefined): string {
  const who = handler ? smartEncode(handler.name) : null
  const taken =
    language === 'es'
      ? who
        ? `Le pasé esto a ${who}, que le va a responder.`
        : 'Ahora no hay gerente disponible por mensaje; por favor avise a un gerente de otra forma.'
      : who
        ? `I have passed this to ${who}, who will get back to you.`
        : 'No manager could be reached by text right now; please reach a manager another way.'
  return `${SAFETY_FIRST[language]} ${taken}`
}

/** To someone not a manager who texts the manager number: where questions go, in their language. */
export function managerNumberOnly(language: Language, employeeNumber: string): string {
  return language === 'es'
    ? `Este número solo recibe respuestas de gerentes. Para preguntas, escriba al ${employeeNumber}.`
    : `This number only takes replies from managers. For questions, text ${employeeNumber}.`
}

/** After an emergency a manager texted with an escalation open: how to answer that one still. */
export function toAnswerStill(language: Language, code: string): string {
  return language === 'es'
    ? `Para contestar ${code}, responda "${code} <su respuesta>".`
    : `To answer ${code}, reply "${code} <your answer>".`
}

/** To a manager whose code-less text reads as a concern of their own: HR has it, and the open matter is not answered. */
export function concernTaken(language: Language, handler: Pick<Person, 'name'> | undefined): string {
  const who = handler ? smartEncode(handler.name) : null
  if (language === 'es')
    return who
      ? `Esto parece una queja suya: se la pasé en privado a ${who}, de RR. HH., y no a su empleado.`
      : 'Esto parece una queja suya: no se la mandé a su empleado. Ahora no hay nadie de RR. HH. disponible por mensaje.'
  return who
    ? `This reads as a concern of your own: it went privately to ${who} in HR, not to your employee.`
    : 'This reads as a concern of your own: it was not sent to your employee. Nobody in HR can be reached by text right now.'
}
