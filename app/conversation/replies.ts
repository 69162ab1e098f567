// Every fixed text the assistant sends, in the language of the message it answers (the directory's
// language when the message does not say; English otherwise). Kept GSM-7 (no curly quotes or dashes)
// so each fits one or two segments.

import { DEFAULT_COMPANY_NAME } from '../config.ts'
import { SAFETY_FIRST } from '../escalation/texts.ts'
import { longerThanChatter, pleasantryKind } from '../text/pleasantry.ts'

type Language = 'en' | 'es'
type Texts = Readonly<Record<string, (vars: Record<string, string>) => string>>

const EN: Texts = {
  unknownSender: () =>
    'Sorry, this number is not registered with this service. Please ask your manager or HR to add you.',
  help: ({ company }) =>
    `This is the work assistant of ${company}. Text a question about policies, pay or schedules. Text MORE for the rest of a long answer. Reply STOP to stop messages. If anyone is in danger, call 911.`,
  optedIn: ({ company }) =>
    `You are subscribed again to the work assistant of ${company}. Reply STOP to stop, HELP for help.`,
  rateLimited: () =>
    'You have sent a lot of messages in the last hour. Please wait a bit before texting again. If anyone is in danger, call 911.',
  emptyBody: () => 'I can only read text. Please type your question.',
  noAnswer: () => 'I could not find that in the handbook. Reply YES and I will ask your manager.',
  noAnswerHr: () => 'I could not find that in the handbook. Reply HR to reach HR privately.',
  answersInEnglish: () =>
    'For now this assistant answers questions in English. Reply YES and I will pass your question to a person.',
  lookupFailed: () =>
    'I cannot look that up right now. Please try again in a few minutes, or reply YES and I will ask your manager.',
  nothingMore: () => 'That was the whole answer. Text a new question any time.',
  smalltalkGreeting: () => 'Hi! Text me a question about work, like "how do I request time off?"',
  smalltalkThanks: () => 'You are welcome!',
  smalltalkOther: () => 'Got it. Text me any work question.',
  smalltalkOffer: () => 'Got it. If your manager should hear about this, reply YES and I will pass it on.',
  safetyFirst: () => SAFETY_FIRST.en,
  escalationAck: ({ who }) => `Thanks for letting us know. I have passed this to ${who}, who will get back to you.`,
  // Nobody could be alerted: say so, never that someone has it.
  escalationNobody: () =>
    'No manager could be reached by text right now. Your message is saved; please reach a manager another way.',
  // Nobody in HR, or only whom the complaint is about: it points to HR, never to "a manager", who may be its subject.
  complaintNobody: () =>
    'Nobody in HR could be reached by text right now. Your message is saved and kept private; please contact HR another way.',
  escalationFallback: () =>
    'I could not reach your manager, so I have passed this to the company on-call contact, who will contact you.',
  forwarded: ({ who }) => `I passed that on to ${who}.`,
  forwardedFirst: ({ who }) => `I passed that on to ${who}. For anything else, just text your question as usual.`,
  hrOffer: () => ' Reply HR to reach HR privately.',
  gladItHelped: () => 'Glad that helped!',
  nothingToDispute: () => 'There is no answer to mark wrong. Text your question, or more about your message, any time.',
  moreHint: () => ' Reply MORE for more.',
  source: ({ title }) => ` (Source: ${title})`
}

// Spanish within GSM-7 (é, ñ, ¿, ¡ and ü are in it; á, í, ó, ú are not, so the wording goes around
// them: "número" would turn a whole text into UCS-2 and 70-character segments). Checked in
// test/replies.test.ts with sms-segments-calculator.
const ES: Texts = {
  ...EN,
  unknownSender: () =>
    'Lo siento, este celular no figura en este servicio. Pida a su gerente o a RR. HH. que lo agreguen.',
  help: ({ company }) =>
    `Este es el asistente de trabajo de ${company}. Mande una pregunta sobre reglas, pagos u horarios. Mande MAS para el resto de una respuesta larga. Responda STOP para no recibir mensajes. Si alguien corre peligro, llame al 911.`,
  optedIn: ({ company }) =>
    `Ya recibe otra vez los mensajes del asistente de trabajo de ${company}. Responda STOP para dejar de recibirlos.`,
  rateLimited: () =>
    'Ha enviado muchos mensajes en poco tiempo. Espere un poco antes de escribir otra vez. Si alguien corre peligro, llame al 911.',
  emptyBody: () => 'Solo puedo leer texto. Por favor escriba su pregunta.',
  noAnswer: () => 'No encontré eso en el manual. Responda SI y se lo pregunto a su gerente.',
  noAnswerHr: () => 'No encontré eso en el manual. Responda HR para hablar con RR. HH. en privado.',
  answersInEnglish: () =>
    'Por ahora este asistente contesta preguntas en inglés. Responda SI y le paso su pregunta a una persona, o escriba la pregunta en inglés.',
  lookupFailed: () =>
    'Ahora no puedo buscar eso. Intente de nuevo en unos minutos, o responda SI y se lo pregunto a su gerente.',
  nothingMore: () => 'Esa era toda la respuesta. Mande otra pregunta cuando quiera.',
  smalltalkGreeting: () => '¡Hola! Mande una pregunta sobre el trabajo, como "¿qué hago para pedir tiempo libre?"',
  smalltalkThanks: () => '¡De nada!',
  smalltalkOther: () => 'Entendido. Mande cualquier pregunta sobre el trabajo.',
  smalltalkOffer: () => 'Entendido. Si su gerente debe saber de esto, responda SI y se lo paso.',
  safetyFirst: () => SAFETY_FIRST.es,
  escalationAck: ({ who }) => `Gracias por avisar. Le pasé esto a ${who}, que le va a responder.`,
  escalationNobody: () =>
    'Ahora no hay gerente disponible por mensaje. Su mensaje queda guardado; por favor avise a un gerente de otra forma.',
  complaintNobody: () =>
    'Ahora no hay nadie de Recursos Humanos disponible por mensaje. Su mensaje queda guardado en privado; por favor hable con Recursos Humanos de otra forma.',
  escalationFallback: () =>
    'No pude avisar a su gerente, por eso le pasé esto al contacto de guardia de la empresa, que se va a comunicar con usted.',
  forwarded: ({ who }) => `Le pasé eso a ${who}.`,
  forwardedFirst: ({ who }) => `Le pasé eso a ${who}. Para cualquier otra cosa, mande su pregunta como siempre.`,
  hrOffer: () => ' Responda HR para hablar con RR. HH. en privado.',
  gladItHelped: () => '¡Me alegra haber ayudado!',
  nothingToDispute: () =>
    'No hay una respuesta que marcar como equivocada. Mande su pregunta, o lo que quiera agregar.',
  moreHint: () => ' Responda MAS para seguir.',
  source: ({ title }) => ` (Fuente: ${title})`
}

const BY_LANGUAGE: Readonly<Record<Language, Texts>> = { en: EN, es: ES }

export type ReplyKey = keyof typeof EN
export const REPLY_KEYS = Object.keys(EN) as ReplyKey[]

export function reply(key: ReplyKey, language: string | null | undefined, vars: Record<string, string> = {}): string {
  const code = (language ?? 'en').slice(0, 2) as Language
  const texts = BY_LANGUAGE[code] ?? EN
  // With no company name set, Spanish says "su empresa", not the English default.
  const spanishDefault = code === 'es' && vars.company === DEFAULT_COMPANY_NAME
  return (texts[key] ?? EN[key]!)(spanishDefault ? { ...vars, company: 'su empresa' } : vars)
}

/** A greeting, thanks or acknowledgement, answered in kind. */
export function smalltalkReply(text: string, language: string, company: string): string {
  const kind = pleasantryKind(text)
  if (kind === 'who') return reply('help', language, { company })
  if (kind === 'thanks') return reply('smalltalkThanks', language)
  if (kind === 'greeting') return reply('smalltalkGreeting', language)
  return reply(longerThanChatter(text) ? 'smalltalkOffer' : 'smalltalkOther', language)
}

/**
 * Whether the reply to chatter offers to pass it to the manager (YES takes it up: feedback.ts): chatter told
 * at length may be news the models did not know for news ("walk in freezer says 50 and everything in there
 * is sweating"), so nothing a manager must hear is lost in a "got it". A short "lol" needs no offer.
 */
export function offersManager(text: string): boolean {
  return pleasantryKind(text) === 'other' && longerThanChatter(text)
}
