// A message that names HR ("can someone from hr call me", "quiero hablar con recursos humanos"), or
// asks to tell someone something in confidence: it goes to HR, privately, however it is put.
import { fold } from './fold.ts'
import { readUnitsOfTime } from './texting.ts'

const HR = /\b(hr|h\.r\.|human resources|people team|recursos humanos|rr\.? ?hh\.?|rh)\b/

// "Hr" is also an hour ("late maybe an hr", "2 hrs", "$15/hr"): read as one first.
export function namesHr(text: string): boolean {
  return HR.test(readUnitsOfTime(fold(text)))
}

// Asking to tell or talk about something in confidence ("can i talk to someone confidential about
// something that happened", "quiero reportar algo en privado", "quiero poner una queja confidencial"); not asking whether a thing is kept
// confidential ("is the hotline confidential?", "are my pay stubs private").
const IN_CONFIDENCE =
  /\b(talk|speak|chat|report|tell|share|discuss|hablar|platicar|reportar|decir\w*|contar\w*|avisar\w*|(file|make|put in) a complaint|(poner|levantar|hacer|presentar|meter) una queja)\b.{0,30}\b(confidential(ly)?|in private|privately|in confidence|off the record|confidencial(mente)?|en privado|en secreto|a solas|en confidencia)\b/

// Said to be no matter for HR ("privately about my hours, not an hr thing"): the manager's, in private.
const NOT_FOR_HR =
  /\b(not|no|nothing|isnt|isn'?t|no es) (an? |algo de |cosa de )?(hr|recursos humanos)( thing| issue| matter| problem| stuff)?\b/

// ...or said to need it, anywhere in a text about telling or reporting ("...? needs to be confidential").
const NEEDS_CONFIDENCE =
  /^(?=.*\b(talk|speak|report|tell|hablar|reportar|decir|avisar|complain|quejarme)\b).*(?<!\b(does|do|did|will|would|can|could|is|should) (it|this|that|they|my \w+) )\b(needs? to|has to|have to|must|should|tiene que|debe) (be|ser|quedar) (kept )?(confidential|private|anonymous|confidencial|privado|anonimo)\b/

export function asksInConfidence(text: string): boolean {
  const folded = fold(text)
  return (IN_CONFIDENCE.test(folded) || NEEDS_CONFIDENCE.test(folded)) && !NOT_FOR_HR.test(folded)
}
