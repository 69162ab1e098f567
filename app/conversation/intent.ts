// Whether a message asks a question the handbook may answer, tells about a situation a person has to
// deal with, or asks for a person. The topic (late, pay, harassment) does not decide it: "what's the
// policy if I'm late" is a question, "running late, bus broke down" is a report.

import { questionProbability } from '../classifier/intent-model.ts'

export type Intent = 'question' | 'report' | 'person'

const PERSON = new RegExp(
  String.raw`\b(talk|speak|chat|text|call|contact|reach|connect|get|put|transfer|have|need|want)\b[^.?!]{0,24}?` +
    String.raw`\b(real|live|actual)?\s*(person|human|humans|manager|managers|supervisor|boss|gm|hr|h\.r\.|human resources|someone|somebody|agent|representative|rep|lead|owner)\b`
)
// "Can my supervisor text me back": the person first, then what they should do.
const PERSON_FIRST =
  /\b(manager|supervisor|boss|gm|hr|human resources|someone|somebody|lead|owner)\b[^.?!]{0,20}\b(call|text|contact|reach|email|get back to|message) me\b/
const PERSON_ALONE =
  /^(human|person|agent|representative|rep|operator|manager|hr|someone|a person|a human|real person|live agent)( please| pls| plz)?[.!]*$/
// "Can someone cover my shift": asking others to do something, not asking about a rule.
const ASKS_OTHERS =
  /^(can|could|would|will|is|are) (someone|somebody|anyone|anybody|any ?one|you)\b|^(does|do) (anyone|anybody|someone)\b/
const QUESTION_START =
  /^(how|what|whats|what's|wat|when|where|who|whom|whose|which|why|is|are|am|do|does|did|dont|can|cant|could|may|might|should|shall|will|would|have|has|any|anyone know|is there|are there|hey (how|what|when|where|who|can|do|is))\b/
const QUESTION_CLAUSE =
  /[,;.] ?(so |but |and )?(how|what|whats|when|where|who|which|can i|could i|do i|does|should i|is it|is there|are we|am i|will i|do we)\b|\b(should|can|could|may) i (still )?(come in|come to work|go to work|go in|work)\b/
const HYPOTHETICAL =
  /\b(if|in case|in the event|what happens|suppose|say i|when (i|you|someone|we) (are|am|is|get|need|have|want|cant|miss))\b/
// A specific event: the employee asks leave to do something on a given day, not what the rule is.
const SPECIFIC_TIME =
  /\b(today|tonight|tomorrow|tmrw|tmr|rn|right now|this (morning|afternoon|evening|week|weekend|shift|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|next (week|weekend|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+)|at \d|\d{1,2}(:\d\d)?\s?(am|pm)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)('?s)? (shift|night|morning|close|closing|opening|open)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( night| morning)?$)\b/
const ASKS_LEAVE =
  /^(can|could|may|is it ok if|is it okay if) i (leave|come in|start|skip|miss|take|have|get|drop|switch|swap|trade|give|go|work|pick up|clock)\b/
// The employee's own pay gone wrong, even when asked as a question ("why is my check so low").
const OWN_PROBLEM =
  /\b(my|i)\b[^.?!]{0,30}\b(short|shorted|missing|wrong|low|small|less|off|incorrect|late|bounced|didnt|didn't|did not|never|havent|haven't|not (get|got|receive|paid)|still waiting|underpaid|overcharged|docked)\b/
// The employee's own slip, which the handbook tells them how to fix ("I made a mistake on my timesheet").
const SELF_PROBLEM =
  /\bi (made a mistake|messed up|forgot|lost|misplaced|accidentally|entered the wrong|clocked in wrong)\b/
const WANTS_INFO =
  /\b(wondering|want to know|wanna know|need to know|question about|quick question|tell me|explain|info (on|about)|information (on|about)|looking for (the )?(info|policy|rules?))\b/
const FIRST_PERSON_EVENT =
  /\b(i|im|i'm|i am|ill|i'll|i will|ive|i've|i was|i got|i need|i have|i had|i cant|i can't|i wont|i won't|my|we|were|someone|somebody|a (customer|coworker|guy|man|woman|kid))\b/

export function readIntent(text: string): Intent {
  const t = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z0-9?' :.,;$%-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const bare = t.replace(/[?.!]+$/, '')
  if (PERSON_ALONE.test(bare)) return 'person'
  // "i dont have a bank account, how do i get paid": a question after a clause of context.
  const question = QUESTION_START.test(t) || t.includes('?') || QUESTION_CLAUSE.test(t)
  const hypothetical = HYPOTHETICAL.test(t)
  // "who do I talk to about FMLA", "is there someone I can talk to about stress": asking whom to contact.
  const asksWhom =
    /^(who|whom|where|how|what)\b/.test(t) ||
    /\b(is there|are there) (someone|anyone|a person|somebody)\b[^?]*\babout\b/.test(t)
  // "Can I get someone to cover my shift" asks how to find a coworker for a task, not for a person.
  const coworkerTask = /\b(someone|somebody|anyone|a coworker) to (cover|take|work|swap|trade|switch|pick up)\b/.test(t)
  if ((PERSON.test(t) || PERSON_FIRST.test(t)) && !asksWhom && !hypothetical && !coworkerTask) return 'person'
  if (question) {
    if (ASKS_OTHERS.test(t)) return 'report'
    if (hypothetical) return 'question'
    if (ASKS_LEAVE.test(t) && SPECIFIC_TIME.test(t)) return 'report'
    if (OWN_PROBLEM.test(t) && !/^(how|what|who|where|when) (do|does|can|should) (i|we|you)\b/.test(t)) return 'report'
    return 'question'
  }
  if (WANTS_INFO.test(t) || SELF_PROBLEM.test(t)) return 'question'
  // A few words with nobody in them read like a search: "pto policy", "holiday schedule".
  if (t.split(' ').length <= 4 && !FIRST_PERSON_EVENT.test(t) && !SPECIFIC_TIME.test(t)) return 'question'
  // A statement the wording does not settle: the intent model decides, and only a clear question
  // counts as one (a report wrongly answered waits longer for a person than the other way round).
  return questionProbability(t) >= 0.8 ? 'question' : 'report'
}

/** A short message that carries on the matter before it ("it happened again", "and he said..."). */
export function continuesMatter(text: string): boolean {
  const t = text.toLowerCase()
  return (
    /^(and|also|plus|btw|update|ps|oh and|one more thing|again)\b/.test(t) ||
    /\b(again|still|happened|keeps|kept|did it|does it|didnt stop|won'?t stop|hasn'?t stopped)\b/.test(t) ||
    /\b(he|she|him|her|they|them)\b/.test(t)
  )
}

/**
 * A question about what to do in an emergency ("where do we meet if we have to evacuate"), not an
 * emergency now: a question, hypothetical, and nothing saying it is happening.
 */
export function isHypotheticalSafetyQuestion(text: string): boolean {
  const t = text.toLowerCase()
  if (!QUESTION_START.test(t) && !t.includes('?')) return false
  // "How do I report an injury", "where do we meet if...": asking the procedure, not reporting one.
  const procedure =
    /^(how (do|should|can) (i|we|you)|what('?s| is) the (procedure|process|policy|plan)|where (do|can|should) (i|we))\b/
  if (!procedure.test(t) && !/\b(if|in case|in the event|when there|procedure|policy|supposed to|plan for)\b/.test(t))
    return false
  // "If there's a fire" supposes one; "there's a fire" reports one.
  const supposed = t.replace(/\b(if|in case|in the event|when|whenever) there(?:'?s| is) an?\b/g, ' ')
  return !/\b(now|right now|just|help|hurry|asap|911|is on fire|there'?s a|there is a|someone (is|just|got)|somebody (is|just|got)|i (just|got|am|cut|burned|fell)|bleeding|hurt|injured)\b/.test(
    supposed
  )
}
