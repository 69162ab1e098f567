// Whether a text asks. Only the guarantees use it (a danger or complaint rule stands unless the text is
// plainly a question; a report is told, not asked); what a message means is the intent model's to say.
// Texting forms are read as their words first ("r we off" is "are we off", "whens" is "when is").
import { fold } from './fold.ts'
import { LAUGHTER } from './laughter.ts'
import { normaliseTexting, readSpanishTexting } from './texting.ts'

const QUESTION_FORM =
  /\?|^¿|^(how|what|whats|what's|when|where|who|whom|which|why|do|does|did|is|are|can|could|should|may|am i|will|would|if|in case|any ?one know|como|que|cual|cuando|donde|a donde|a que hora|a q hora|a quien|con quien|adonde|pa donde|para donde|quien|cuanto|cuanta|cuantos|cuantas|puedo|se puede|hay|me pueden|tengo que|debo|si)\b/
// A question announced before it is put, however it is put ("pregunta, el uniforme lo descuentan del cheque o es gratis").
const ANNOUNCED = /^(quick |one |a |una |tengo una |i have a |got a |have a )?(question|pregunta|preguntita|duda)\b/

// Spanish words the English texting lexicon would misread ("y" is "and", not "why"; "tu" is "your").
const SPANISH_HOMOGRAPHS = new Set(['y', 'tu', 'da', 'k'])

// English texting forms, then Spanish ones ("q pasa si" is "que pasa si").
function read(text: string): string {
  return readSpanishTexting(fold(normaliseTexting(text, (w) => SPANISH_HOMOGRAPHS.has(w))))
}

/** The text opens as a question: a question mark, a question word or auxiliary first, or its announcement ("pregunta,"). */
export function isQuestionForm(text: string): boolean {
  const t = read(text)
  return QUESTION_FORM.test(t) || ANNOUNCED.test(t)
}

/** How a text asks, read once: what routing weighs beside the intent model. */
export interface QuestionReading {
  /** Opens as a question: a question mark, or a question word or auxiliary first. */
  opens: boolean
  /** Begins as one: a question word or auxiliary (or "¿") first, not news with a question after it. */
  leads: boolean
  /** Asks somewhere: a question mark, a question word opening a clause, or an interrogative clause. */
  asks: boolean
  /** Holds an interrogative clause, punctuated or not. */
  inClause: boolean
  /** Asks leave for one instance (a shift, a time, a person), not how a rule goes. */
  permission: boolean
  /** Names a day or a week of one's own ("this week", "sunday", "tmrw", "the 15th", "el sabado"). */
  namesADay: boolean
  /** One sentence: no sentence end followed by more text. */
  oneSentence: boolean
  /** Asks whether something told is allowed or true ("is that even allowed?", "fr?", "es legal eso?"). */
  checks: boolean
  /** Puts a choice of two to pick from, with no mark ("el pago es cada viernes o cada 2 semanas"). */
  offersChoice: boolean
}

export function readQuestion(text: string): QuestionReading {
  const t = read(text)
  const inClause = clauseIn(t)
  const offersChoice = EITHER_OR.test(t)
  return {
    opens: QUESTION_FORM.test(t) || ANNOUNCED.test(t),
    leads: QUESTION_FORM.test(t.replace(/\?/g, ' ')) || ANNOUNCED.test(t),
    asks: inClause || offersChoice || ASKS_ANYWHERE.test(t) || ANNOUNCED.test(t),
    inClause,
    permission: PERMISSION.test(t),
    namesADay: A_DAY.test(t),
    oneSentence: !/[?.!]\s+\S/.test(text.trim()),
    checks: CHECKS.test(t),
    offersChoice
  }
}

// What something is, put as two like answers to pick from, each opening with the same word: a question however it
// is punctuated ("the pay is every friday or every 2 weeks", "el break es de 15 o de 30"). Not when the sender will be
// somewhere ("i'll be there at 6 or at 7"): only a form of "be" that says what a thing is; and the choice closes the
// text or its question mark ("he's in the cooler or in the freezer i cant find him" tells).
const EITHER_OR =
  /\b(is|are|es|son|sera|seria)\b(\s+\w+){0,3}?\s+(every|each|cada|de|del|on|at|in|en|a las|by|por|con|sin|the|el|la|los|las)\s+[^.?!,;]{1,25}?\s+(or|o|u)\s+\3\b[^.?!,;]{0,20}(\?|$)/

// Asking whether what the sender was told or made to do is allowed or true: a question of the rules, however
// chatty the rest.
const CHECKS =
  /\b(is|are|was) (that|this|it|they|he|she) (even |really |actually |seriously )?(allowed|legal|ok|okay|true|right|normal|fair)\s*\?|\b(fr|for real|frfr|deadass)\s*\?|\b(es|eso es|sera) (legal|normal|cierto|verdad)\b|\bse vale\s*\?/

// A question anywhere in the text: a question mark, or a question word opening a clause ("sick today.
// do i need a note", "since i slipped in march, can i still...").
const ASKS_ANYWHERE =
  /\?|(^|[.!,;]\s*|\b(and|but|so|y|pero)\s+)(do|does|did|can|could|should|is|am|will|would|how|what|who|where|when|tengo que|puedo|debo|todavia puedo|aun puedo|se puede|quien|como|donde|cuando|que tengo)\b/

export function asksAnywhere(text: string): boolean {
  return ASKS_ANYWHERE.test(read(text))
}

// An interrogative clause wherever it stands, punctuated or not ("im sick how early do i gotta call",
// "roads are bad i cant make it in do i get paid"). English inverts the auxiliary and its subject only
// in a question (not after "so", "nor", "neither", "as", "than": "so do i"); "do it"/"did it" are not
// inversions. Spanish has no inversion to read: an interrogative that cannot be a relative ("cuanto",
// "a quien") or one followed by what the sender must or may do ("como le aviso", "que hago").
// A form of "be" inverts only with a pronoun ("are we off"), and "there" only before what is asked for
// ("is there a..."): "my overtime is not there" and "i was there" are told. "Whats the first thing i do" asks,
// run on after news as texters do ("fire on the unit whats the first thing i do").
const ENGLISH_CLAUSE =
  /(?<!\b(so|nor|neither|as|than) )\b((do|does|did|can|could|should|will|would)( not|n't)? (i|we|you|they|he|she|anyone|someone|somebody|anybody|people|my|our|your)|(am|are|is|was|were) (i|we|you|they|he|she|anyone|someone|somebody|anybody)|(is|are|was|were) there (a|an|any|some|anything|anyone|anybody))\b|\b(is|are|was) it (ok|okay|true|fine|allowed|possible)\b|(?<!\b(i|we|you|they|he|she|it|who|that|to) )\b(do|does|did|can|could|should|will|would)( not|n't)? (that|it|this) \w+|(?<!\b(know|knows|knew|sure|idk|wonder|asked?|tell|see|matter|of|on|about) )\b(how (much|many|long|often|early|far|soon)|what (happens|counts)|who (pays|covers|approves|decides)|(whats|wheres|whos|what is|where is|who is) (the|my|our|a|an|this|that|it))\b/
const SPANISH_CLAUSE =
  /(?<!\b(en|lo|por|para) )\bcuant[oa]s?\b(?! (antes|mas|menos|a|al)\b)|\ba (que|q) hora\b|\b(cuant[oa]s?( \w+)? (tengo|tenemos|debo|debemos|hay|me toca|nos toca|pagan|dan|se)|(a|con|para) quien (le |les |me |se |lo |la )?\w+|(?<!\blo )que (hago|hacemos|tengo (que|q) hacer|debo hacer|se supone (que|q)|se tiene (que|q) hacer)|(como|donde|cuando) (le |lo |la |me |se |nos )?(hago|pido|aviso|reporto|tengo (que|q)|debo|puedo|podemos))\b/

// A question tag closing a statement ("got a second job at night, se puede", "that counts as a day right").
const TAG = /\b(se puede|verdad|o no|si o no|right|or not|is that (ok|okay|allowed))$/

/** The text holds an interrogative clause, with or without a question mark. */
export function asksInClause(text: string): boolean {
  return clauseIn(read(text))
}

function clauseIn(read: string): boolean {
  const t = read.replace(/\btengo q\b/g, 'tengo que')
  return ENGLISH_CLAUSE.test(t) || SPANISH_CLAUSE.test(t) || TAG.test(t) || QUESTION_FORM.test(t)
}

// A day or a week of one's own named.
const A_DAY =
  /\b((this|next|that) (week|weekend|month|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*|tomorrow|tmrw|tmr|tonight|(mon|tues|wednes|thurs|fri|satur|sun)days?|the \d{1,2}(st|nd|rd|th)?\b|(esta|la proxima|la otra) semana|este (fin|sabado|domingo|viernes|lunes|martes|miercoles|jueves)|(el|este) (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|el \d{1,2}\b)/

// Asking leave for one instance rather than how a rule goes: a modal of permission with its subject
// ("can i leave at 2", "can someone cover me", "is it ok if Dani works my sunday", "me puedo ir").
const PERMISSION =
  /\b(can|could|may) (i|someone|somebody|anyone|anybody|you|he|she|they|we)\b|\b(can|could) \w+ (take|cover|work|swap|switch|pick up)\b|\b(is it|would it be|its|it's)? ?(ok|okay|cool|alright|fine) if\b|\bmind if\b|\b(me puedo|puedo|podria|alguien (me )?puede|me pueden|me dejan|\w+ puede (tomar|cubrir|trabajar))\b/

/** The text asks leave for an instance (a shift, a time, a person), not how a rule goes. */
export function asksPermission(text: string): boolean {
  return PERMISSION.test(read(text))
}

// Where a question starts after chatter ("me muero de hambre jaja cuanto dura el break"): the first
// interrogative clause that does not open the text.
const CLAUSE_START = new RegExp(`(${ENGLISH_CLAUSE.source})|(${SPANISH_CLAUSE.source})`)

/** The question that follows chatter, from its interrogative clause on; null when the text opens with it or has none. */
export function questionAfterChatter(text: string): string | null {
  const t = read(text)
  if (QUESTION_FORM.test(t)) return null
  const found = CLAUSE_START.exec(t)
  if (!found || found.index === 0) return null
  // Laughter closing it ("a que hora es el lonche jaja") is the chatter's, not the question's.
  const rest = t
    .slice(found.index)
    .replace(
      /(\s+(ja(ja)+|je(je)+|ha(ha)+|lol+|lmao+|xd|jk|laughing out loud|laughing my ass off|just kidding))+\W*$/,
      ''
    )
    .trim()
  return rest.split(/\s+/).length >= 3 ? rest : null
}

/**
 * The question after chatter that laughter closes ("this lunch rush is killing me lol how long is my break"): what a
 * run-on text asks, when what it tells is a joke; null otherwise ("my brother passed how many days off": the
 * telling is the topic).
 */
export function questionAfterLaughter(text: string): string | null {
  const asked = questionAfterChatter(text)
  const folded = fold(text)
  const laughter = new RegExp(LAUGHTER, 'u').exec(folded)
  const opening = asked?.split(/\s+/)[0]
  return asked && laughter && opening && laughter.index < folded.lastIndexOf(opening) ? asked : null
}

/**
 * The question a text opens with when chatter follows it ("how long is lunch on a 10 hr shift?? this line is
 * killing me lol"): its first sentence, asked; null when it asks nothing first or nothing follows.
 */
export function questionBeforeChatter(text: string): string | null {
  const found = /^([^?]+\?+)\s*(\S[\s\S]*)$/.exec(text.trim())
  return found && found[1]!.split(/\s+/).length >= 3 ? found[1]! : null
}

/**
 * What a text tells before it asks ("wont make it in tomorrow, funeral out of town. is bereavement paid for
 * an uncle"): its leading clauses up to the first that asks, when a question follows them; null when the
 * text opens by asking, asks nothing, or tells under three words first.
 */
export function toldBeforeQuestion(text: string): string | null {
  const clauses = text
    .split(/(?<=[.!?,;])\s+/)
    .map((c) => c.trim())
    .filter(Boolean)
  const first = clauses.findIndex((c) => clauseIn(read(c)))
  if (first <= 0) return null
  const told = clauses.slice(0, first).join(' ')
  return told.split(/\s+/).length >= 3 ? told : null
}

// Where a text gives its reason or adds news after asking ("... bc our sup only lets his buddies take
// them", "... porque la gerente me mando a la casa"): a told part starts there.
const REASON = /^(bc|b\/c|because|cuz|also|and also|porque|xq|ya que|tambien)\b[\s,]*/i
const REASON_START = /\s+(?=(bc|b\/c|because|cuz|also|porque|xq)\b)/i

/** A text's sentences, each cut again where it gives a reason ("bc", "porque"), the reason's word dropped. */
export function textParts(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+/)
    .flatMap((sentence) => sentence.split(REASON_START))
    .map((part) => part.replace(REASON, '').trim())
    .filter(Boolean)
}

/** The parts of a text that ask nothing, each of four words or more. */
export function toldParts(text: string): string[] {
  return textParts(text).filter((part) => !partAsks(part) && part.split(/\s+/).length >= 4)
}

/** A part of a text asks: a question mark, a question word or auxiliary first, or an interrogative clause. */
function partAsks(part: string): boolean {
  return part.includes('?') || QUESTION_FORM.test(read(part)) || clauseIn(read(part))
}

// A pronoun that points back to what was told ("4th of july is on a saturday, do we get a day off for it"), or a
// "still" that makes it the question's condition ("called in sick the day after christmas, do i still get holiday pay").
const POINTS_BACK =
  /\b(it|this|that|them|those|these|one|ones|still|anyway|even|eso|esto|lo|la|los|las|uno|una|todavia|aun)\b/

/**
 * The clauses of a text that ask, when others only tell ("can i get an advance on my check, short on rent":
 * "can i get an advance on my check,"); null when every clause asks or none does, or the asking points back
 * to what is told or asks whether it still holds.
 */
export function askedPart(text: string): string | null {
  const clauses = text
    .split(/(?<=[.!?,;])\s+/)
    .flatMap((sentence) => sentence.split(REASON_START))
    .map((part) => part.trim())
    .filter(Boolean)
  const asking = clauses.filter(partAsks)
  if (asking.length === 0) return null
  // A joke then a question with no stop between ("this lunch rush is killing me lol how long is my break"): the
  // question is what is asked.
  const asked = asking.length === clauses.length ? questionAfterLaughter(text) : asking.join(' ')
  return asked && !POINTS_BACK.test(read(asked)) ? asked : null
}
