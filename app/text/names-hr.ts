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
// something that happened", "quiero reportar algo en privado", "is there a way to report something without my name on it");
// not asking whether a thing is kept
// confidential ("is the hotline confidential?", "are my pay stubs private").
const IN_CONFIDENCE =
  /\b(talk|speak|chat|report|tell|share|discuss|hablar|platicar|reportar|decir\w*|contar\w*|avisar\w*|(file|make|put in) a complaint|(poner|levantar|hacer|presentar|meter) una queja)\b.{0,30}\b(confidential(ly)?|in private|privately|in confidence|off the record|anonymous(ly)?|without (giving |putting |using )?my name|confidencial(mente)?|en privado|en secreto|a solas|en confidencia|anonim[oa]|anonimamente|sin (dar |poner |decir )?mi nombre)\b/

// Said to be no matter for HR ("privately about my hours, not an hr thing"): the manager's, in private.
const NOT_FOR_HR =
  /\b(not|no|nothing|isnt|isn'?t|no es) (an? |algo de |cosa de )?(hr|recursos humanos)( thing| issue| matter| problem| stuff)?\b/

// ...or said to need it, anywhere in a text about telling or reporting ("...? needs to be confidential").
const NEEDS_CONFIDENCE =
  /^(?=.*\b(talk|speak|report|tell|hablar|reportar|decir|avisar|complain|quejarme)\b).*(?<!\b(does|do|did|will|would|can|could|is|should) (it|this|that|they|my \w+) )\b(needs? to|has to|have to|must|should|tiene que|debe) (be|ser|quedar) (kept )?(confidential|private|anonymous|confidencial|privado|anonimo)\b/

// ...or wanting it kept from the boss or the crew ("need to talk about light duty but i dont want my boss to know
// yet", "i dont really want the whole floor knowing", "no quiero que mi jefe se entere"): never the manager's.
const KEPT_FROM =
  /(?:\b(dont|don'?t|do not|rather not|without)\b|\bw\/o(ut)?\b)[^.?!]{0,25}\b(my (boss|manager|mgr|sup|supervisor|lead|gm|foreman)|anyone|anybody|everyone|everybody|every1|people|coworkers|the (whole \w+|crew|team|floor|others|guys|girls|other \w+))\b[^.?!]{0,10}\b(to know|knowing|finding out|to find out|find out)\b|\bno quiero (que|q) (nadie|todos|todas|los demas|las demas|mis companer\w+|mi (jefe|jefa|supervisor\w*|encargad\w+|mayordomo|lider))\b[^.?!]{0,10}\b(se entere\w*|sepa\w*)\b|\bsin que (nadie|todos|los demas|mi (jefe|jefa|supervisor\w*|encargad\w+) )?(se entere\w*|sepa\w*)\b|^(?=.*\b(my|the) (boss|manager|mgr|sup|supervisor|lead|gm|foreman)\b).*\bwithout (him|her|them) (knowing|finding out|find out)\b/

// ...or wanting one's name kept out of it ("please dont tell anyone it was me", "no digan que fui yo").
const NAME_KEPT_OUT =
  /\b(dont|don'?t|do not|never) (tell|say|let on|mention)( (to )?(anyone|anybody|him|her|them|people|my (sup|supervisor|manager|boss|lead)))? (it was|that it was|i was the one|who (told|said|reported|texted)|(that )?i (told|said|reported|texted))\b|\b(keep|leave) (my name|me) out of (it|this)\b|\bno (digan|diga|le digas|les digas|le diga|les diga|vayan a decir) (que|q) (fui|fue) yo\b|\b(que|q) no sepan (que|q) (fui|fue) yo\b/

export function asksInConfidence(text: string): boolean {
  const folded = fold(text)
  return (
    (IN_CONFIDENCE.test(folded) ||
      NEEDS_CONFIDENCE.test(folded) ||
      KEPT_FROM.test(folded) ||
      NAME_KEPT_OUT.test(folded)) &&
    !NOT_FOR_HR.test(folded)
  )
}
