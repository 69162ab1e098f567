// Every fixed text the assistant sends, in the employee's language where we have it (English
// otherwise). Kept GSM-7 (no curly quotes or dashes) so each fits one or two segments.

type Language = 'en' | 'es'
type Texts = Readonly<Record<string, (vars: Record<string, string>) => string>>

const EN: Texts = {
  unknownSender: () =>
    'Sorry, this number is not registered with this service. Please ask your manager or HR to add you.',
  help: ({ company }) =>
    `This is the ${company} work assistant. Text a question about policies, pay or schedules. Text MORE for the rest of a long answer. Reply STOP to stop messages. If anyone is in danger, call 911.`,
  optedIn: ({ company }) =>
    `You are subscribed again to the ${company} work assistant. Reply STOP to stop, HELP for help.`,
  rateLimited: () =>
    'You have sent a lot of messages in the last hour. Please wait a bit before texting again. If anyone is in danger, call 911.',
  emptyBody: () => 'I can only read text. Please type your question.',
  noAnswer: () => 'I could not find that in the handbook. Reply YES and I will ask your manager.',
  noAnswerHr: () => 'I could not find that in the handbook. Reply HR to reach HR privately.',
  lookupFailed: () =>
    'I cannot look that up right now. Please try again in a few minutes, or reply YES and I will ask your manager.',
  nothingMore: () => 'That was the whole answer. Text a new question any time.',
  smalltalkGreeting: () => 'Hi! Text me a question about work, like "how do I request time off?"',
  smalltalkThanks: () => 'You are welcome!',
  smalltalkOther: () => 'Got it. Text me any work question.',
  safetyFirst: () => 'If anyone is hurt or in danger, call 911 now.',
  escalationAck: ({ who }) => `Thanks for letting us know. I have passed this to ${who}, who will get back to you.`,
  // Nobody could be alerted: say so, never that someone has it.
  escalationNobody: () =>
    'No manager could be reached by text right now. Your message is saved; please reach a manager another way.',
  escalationFallback: () =>
    'I could not reach your manager, so I have passed this to the company on-call contact, who will contact you.',
  forwarded: ({ who }) => `I passed that on to ${who}.`,
  forwardedFirst: ({ who }) => `I passed that on to ${who}. For anything else, just text your question as usual.`,
  hrOffer: () => ' Reply HR to reach HR privately.',
  gladItHelped: () => 'Glad that helped!',
  moreHint: () => ' Reply MORE for more.',
  source: ({ title }) => ` (Source: ${title})`
}

const ES: Texts = {
  ...EN,
  unknownSender: () =>
    'Lo siento, este numero no esta registrado en este servicio. Pida a su gerente o a RR. HH. que lo agreguen.',
  help: ({ company }) =>
    `Este es el asistente de trabajo de ${company}. Envie una pregunta sobre politicas, pagos u horarios. Envie MORE para el resto de una respuesta larga. Responda STOP para no recibir mensajes. Si alguien esta en peligro, llame al 911.`,
  emptyBody: () => 'Solo puedo leer texto. Por favor escriba su pregunta.',
  noAnswer: () => 'No encontre eso en el manual. Responda YES y le preguntare a su gerente.',
  noAnswerHr: () => 'No encontre eso en el manual. Responda HR para hablar con RR. HH. en privado.',
  safetyFirst: () => 'Si alguien esta herido o en peligro, llame al 911 ahora.',
  escalationAck: ({ who }) => `Gracias por avisarnos. Pase esto a ${who}, quien le respondera.`,
  escalationNobody: () =>
    'No pude comunicarme con ningun gerente por mensaje en este momento. Su mensaje quedo guardado; por favor hable con un gerente de otra forma.',
  escalationFallback: () =>
    'No pude comunicarme con su gerente, asi que pase esto al contacto de guardia de la empresa, quien se comunicara con usted.',
  smalltalkGreeting: () => 'Hola! Envieme una pregunta sobre el trabajo, como "como pido tiempo libre?"',
  smalltalkThanks: () => 'De nada!',
  forwarded: ({ who }) => `Le pase eso a ${who}.`,
  forwardedFirst: ({ who }) => `Le pase eso a ${who}. Para cualquier otra cosa, envie su pregunta como siempre.`,
  hrOffer: () => ' Responda HR para hablar con RR. HH. en privado.',
  gladItHelped: () => 'Me alegra haber ayudado!',
  moreHint: () => ' Responda MORE para mas.',
  source: ({ title }) => ` (Fuente: ${title})`
}

const BY_LANGUAGE: Readonly<Record<Language, Texts>> = { en: EN, es: ES }

export type ReplyKey = keyof typeof EN

export function reply(key: ReplyKey, language: string | null | undefined, vars: Record<string, string> = {}): string {
  const texts = BY_LANGUAGE[(language ?? 'en').slice(0, 2) as Language] ?? EN
  return (texts[key] ?? EN[key]!)(vars)
}

/** A greeting, thanks or acknowledgement, answered in kind. */
export function smalltalkReply(text: string, language: string): string {
  const lower = text.toLowerCase()
  if (/\b(thank|thanks|thx|ty|gracias|appreciate)\b|👍|🙏/u.test(lower)) return reply('smalltalkThanks', language)
  if (/\b(hi|hello|hey|hola|morning|afternoon|evening|yo)\b|👋/u.test(lower))
    return reply('smalltalkGreeting', language)
  return reply('smalltalkOther', language)
}
