// What a question asks for ("how much" wants an amount, "when" a time, "who" a person or a contact),
// and whether a sentence holds that kind of thing. Plain patterns of English, no handbook's words.
import { stem } from '../lib/stem.ts'
import { normaliseTexting } from '../text/texting.ts'

export type AnswerKind =
  | 'age'
  | 'amount'
  | 'duration'
  | 'frequency'
  | 'eligibility'
  | 'time'
  | 'contact'
  | 'place'
  | 'rule'
  | 'procedure'
  | 'consequence'

const NUMBER_WORD =
  '(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|half)'
const UNIT =
  '(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|shifts?|pay periods?|business days?|calendar days?)'

const ASKS: ReadonlyArray<[AnswerKind, RegExp]> = [
  ['age', /\bhow old\b|\bwhat age\b|\bminimum age\b|\bold enough\b|\bage limit\b/],
  // "Who can earn credit hours": which people, not whom to call.
  [
    'eligibility',
    /^who (can|gets|get|is eligible|qualifies|may|has to|must|needs to)\b|\bwho is eligible\b|\bam i eligible\b|\bdo i qualify\b|\beligible for\b/
  ],
  // "How many times in a month" gives the period and asks a count: an amount ("three or more occurrences within a
  // calendar month"), not a frequency.
  [
    'frequency',
    /\bhow often\b|\bhow many times\b(?!.*\b(in|per|a|an|each|every|within) (single |calendar |given |one )?(day|week|month|year|shift|pay period|quarter|semester)\b)|\bhow frequently\b/
  ],
  [
    'duration',
    /\bhow (long|soon|fast|quickly|quick|early|late|far (in advance|ahead|out))\b|\blongest\b|\bhow much notice\b|\bhow many (minutes|hours|days|weeks|months|years|shifts)\b|\bin advance\b|\bahead of time\b/
  ],
  [
    'amount',
    /\bhow (much|many|big|high|low)\b|\bwhat (percent|percentage|amount|rate|share)\b|\b(what|whats|what is|how much is) (the |my |our )?(pay|rate|wage|salary|amount|cost|price|fee|limit|maximum|minimum|budget|bonus|discount|match)\b/
  ],
  [
    'time',
    /^(when|what time|what day|which day|what date|what days)\b|\b(when|what time|what day|which day|what date) (do|does|is|are|can|will|should|must|did)\b|\bby when\b|\bwhat time\b|\b(what|which) months?\b|\btimings?\b|\b(what|which|whats) (are |is )?(the |my |our )?(\w+ )?(hours|shift times|times)\b/
  ],
  [
    'contact',
    /^(who|whom) (do|should|would|can i|can we|is my|is the|to)\b|\bwho (do|should) (i|we)\b|\b(contact|reach|email|e-mail|call|text) (for|about|someone|the|hr|if)\b|\bnumber (for|to)\b|\bphone number\b|\bemail address\b|\breport (it|this|that|harassment|\w+) to\b|\btalk to about\b|\b(what|whats|what is) (the |my |our )?([\w-]+ ){0,3}(email|e-mail|phone|number|extension|cell)\b/
  ],
  ['place', /^where\b|\bwhere (do|can|is|are|should|to)\b/],
  ['consequence', /\bwhat happens\b|\bwill i (get|be)\b|\bget in trouble\b|\bwhat if\b/],
  [
    'procedure',
    /\bhow (do|can|should|would) (i|we|you|someone)\b|\bwhat (do|should|can) (i|we) do\b|\bwhat are the steps\b|\bprocess for\b/
  ],
  [
    'rule',
    /^(can|may|do|does|did|is|are|am|will|would|should|could|must|have|has)\b|\ballowed\b|\bok to\b|\bokay to\b|\bpermitted\b|\brequired\b|\bhave to\b|\bneed to\b|\bis there\b|\bare there\b/
  ]
]

/** The kinds of answer the question asks for, most specific first. */
export function asksFor(question: string): AnswerKind[] {
  // Texted as "wen is payday" or "how r u supposed to...", asked as written out.
  const q = normaliseTexting(question).toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim()
  const asked = EMBEDDED.exec(q)?.[1] ?? q
  return ASKS.filter(([, pattern]) => pattern.test(asked)).map(([kind]) => kind)
}

// A question put inside another ("where can i see how many sick hrs i have left", "who do i ask when payday is"):
// the inner one is what is looked up there; what is asked is the outer one's kind, a place or a person.
const EMBEDDED =
  /^((?:where|who|whom|how) (?:can|do|should|would|could|will|to) (?:i |we |you )?(?:see|find|check|look up|look|ask|find out|learn))\s+(?:out\s+)?(?=(?:how|what|whats|when|which|if|whether)\b)/

/** A deadline with no figure in it: "before the end of your shift" answers "how long do i have to report it". */
export const DEADLINE =
  /\b(before|by) the end of (your|the|each|that|their|his|her) (shift|work ?day|day|week|workweek|pay period|month)\b|\bbefore (you|they|he|she) (leave|clock out|go home)\b/i

const HOLDS: Readonly<Record<AnswerKind, RegExp>> = {
  age: /\b(at least|over|under|older than|younger than)\s+\d{2}\b|\b\d{2}\s*(years old|or older|and older|\+)\b|\b(age|aged|minors?|adults?|older|younger)\b/i,
  amount:
    /\$\s?\d|\d(\.\d+)?\s?(%|percent)|\b\d[\d,.]*\s?k?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|half|double|twice|once|free|no cost|unlimited|all|none|entirely|fully)\b/i,
  duration: new RegExp(
    `\\b${NUMBER_WORD}[\\s-]+(?:(?:or|and) (?:more|less|fewer|over|under) )?(?:[a-z]+ )?${UNIT}\\b|\\b(in advance|ahead|notice|at least|within|no later than|immediately|right away|same day|as soon as)\\b|${DEADLINE.source}`,
    'i'
  ),
  eligibility:
    /\b(eligible|eligibility|qualify|qualifies|employees|associates|team members|staff|everyone|anyone|all|full-time|part-time|full time|part time|those who|only|if you)\b/i,
  // How often is counted in time ("once every 60 days", "twice a year", "monthly"), not per person ("for each user").
  frequency: new RegExp(
    `\\b(every|each|per|a|an|once|twice|${NUMBER_WORD} times)\\s+(other\\s+)?(${NUMBER_WORD}\\s+)?(${UNIT}|quarters?|pay ?days?|pay ?checks?|semesters?|seasons?|(mon|tues|wednes|thurs|fri|satur|sun)days?)\\b|\\b(daily|weekly|biweekly|bi-weekly|monthly|quarterly|annually|yearly|annual|nightly|hourly)\\b|\\b(once|twice|${NUMBER_WORD} times) (a|per|each|every)\\b`,
    'i'
  ),
  time: /\b((mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|january|february|march|april|in may|june|july|august|september|october|november|december|daily|weekly|monthly|yearly|annually|noon|midnight|morning|evening|tonight|payday|each year|every year|every (week|month|quarter|other)|(first|second|third|fourth|fifth|sixth|seventh|eighth|last|\d+(st|nd|rd|th)) (week|day|month|quarter)s? of|first (day|week|of the month)|last (day|week)|end of|start of|beginning of|before|after|within|by the|until)\b|\b\d{1,2}(:\d\d)?\s?(am\b|pm\b|a\.m\.?|p\.m\.?)|\b\d{1,2}(st|nd|rd|th)\b/i,
  contact:
    /[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d\s().-]{6,}\d|\b(call|text|email|e-mail|contact|talk to|speak to|speak with|ask|tell|notify|report\s+((?!\d)\w+\s+){0,3}to|reach|hotline|line|desk|office|team|department|manager|supervisor|hr|human resources|people team|lead|founder|ceo|owner|rep|representative|counselor)\b/i,
  // A web address is where a form is found or a request made.
  place:
    /https?:\/\/|\bwww\.|\b(in|at|on|behind|beside|next to|by|inside|outside|near|under|above|through|via)\s+(the\s+|your\s+|our\s+|a\s+)?[a-z0-9]/i,
  rule: /\b(can|cannot|can't|may|may not|must|must not|should|shouldn't|need to|needs to|have to|has to|required|requires|require|allowed|not allowed|permitted|prohibited|never|always|only|not|don't|do not|doesn't|does not|no\b|yes\b|eligible|entitled|reserve the right|right to|expected|expectation|up to)\b/i,
  procedure:
    /^(to [a-z]+[^,]*,\s*)?(request|call|tell|submit|ask|post|report|fill|clock|swipe|email|text|go|use|take|open|choose|select|send|give|return|wash|check|keep|wear|stay|turn|pull|guide|count|bring|apply|sign|log|download|contact|speak|talk|let|notify|visit|complete|follow|make|get|put|leave|see|find|read|update|change|enroll|register|book|schedule|write|show|present)\b|\b(you (should|must|need to|can|have to|will need to)|the first step|then|first,)\b/i,
  consequence:
    /\b(lead(s)? to|result(s)? in|will (be|get|lose|receive)|treated as|may (end|lead|result|be)|warning|discipline|disciplinary|terminat\w*|punish\w*|retaliat\w*|nobody may|no one may|not be|written up|write-?up|recounted|corrected|deducted|taken out|is (paid|charged|counted))\b/i
}

/** A day of the week named, or the week's parts ("every other Friday", "weekdays"). */
export const WEEKDAY = /\b((mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays?|weekends?)\b/i

/** Whether a sentence holds something of this kind. */
export function holds(kind: AnswerKind, sentence: string): boolean {
  return HOLDS[kind].test(asWritten(sentence))
}

// A handbook written like a contract gives each number twice, "seven (7) or more minutes", "three (3)
// months": read once, as a number before its unit.
function asWritten(sentence: string): string {
  return sentence.replace(NUMBER_TWICE, '$1').replace(NUMBERED_NAME, ' ')
}
// The number in a plan's or a form's name is no amount: "the 401(k) plan", "a W-2", "Form I-9".
const NUMBERED_NAME = /\b(401|403|457)\s?\(?[kb]\)?|\b(w|i)-?\d{1,2}\b|\bform \d+\b|\b1099\b/gi
const NUMBER_TWICE = new RegExp(`\\b(${NUMBER_WORD})\\s*\\(\\d+\\)`, 'gi')

// A day, a date or a clock time names when, and so does a day counted from now ("the next regularly
// scheduled payday", "the preceding business day"); "before", "after" or "until" only relate it to something.
const NAMED_TIME =
  /\b(next|following|preceding|previous|prior) (regularly scheduled |regular |scheduled )?(pay ?day|business day|working day|work ?day|pay period)\b|\b(first|last|\d{1,2}(st|nd|rd|th)|end|middle) of (the|each|every) (next |following |calendar )?(month|week|year|quarter|pay period)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|last|\d+(st|nd|rd|th)) (week|day|month|quarter)s? of\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|weekends?|january|february|march|april|june|july|august|september|october|november|december|noon|midnight|daily|weekly|biweekly|bi-weekly|monthly|yearly|annually)\b|\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)|\b\d{1,2}(st|nd|rd|th)\b|\b\d{1,2}\/\d{1,2}\b/i

/**
 * How fully a sentence holding this kind holds it: a "when" is answered by a day or a date, less by
 * "before" or "after" something (asked when payday is, "paychecks are issued every other Friday", not
 * "when a payday falls on a holiday, you are paid the day before").
 */
export function holdsFully(kind: AnswerKind, sentence: string): boolean {
  return kind !== 'time' || NAMED_TIME.test(asWritten(sentence))
}

/** Kinds whose answer is a specific thing: a sentence without one does not answer the question. */
export const SPECIFIC: ReadonlySet<AnswerKind> = new Set([
  'age',
  'eligibility',
  'amount',
  'duration',
  'frequency',
  'time',
  'contact',
  'place'
])

// The units a "how many" question may name, with the forms they are texted in.
const UNITS: ReadonlyArray<[string, string]> = [
  ['minute', 'minutes?|mins?'],
  ['hour', 'hours?|hrs?'],
  ['day', 'days?'],
  ['week', 'weeks?|wks?'],
  ['month', 'months?'],
  ['year', 'years?|yrs?'],
  ['shift', 'shifts?'],
  ['point', 'points?']
]

/**
 * "How many hours", "how many sick days": a figure in the unit asked for is what answers ("800 hours",
 * "three (3) paid days"), not any figure ("5 days/week" to a question about hours); asked for an email
 * or a number, an address or a number. Undefined when the question names no such form.
 */
export function askedUnit(question: string): RegExp | undefined {
  const q = normaliseTexting(question).toLowerCase()
  // "How far ahead", "how much notice": a time counted back from something ("five working days before
  // the leave date"), not any length of time ("after 90 days of service").
  if (ASKS_LEAD_TIME.test(q)) return LEAD_TIME
  for (const [, forms] of UNITS) {
    if (!new RegExp(`\\bhow (?:many|much)(?: [a-z]+){0,2}? (?:${forms})\\b`).test(q)) continue
    return new RegExp(
      `\\b${NUMBER_WORD}[\\s-]+(?:(?:or|and) (?:more|less|fewer) )?(?:[a-z]+[\\s-]+)?(?:${forms})\\b`,
      'i'
    )
  }
  // "What day do we get paid": a day of the week or a date, not how often ("every two weeks").
  if (/\b(what|which|wut) (day|days|date|weekday)\b/.test(q)) return DAY
  // "What month are reviews": a month named, not any line with a time in it.
  if (/\b(what|which|wut) months?\b/.test(q)) return MONTH
  // "What's the HR manager's email": an address, not a sentence about the email system.
  if (/\b(email|e-mail)( address)?\b/.test(q) && !/\b(can|may|should|do|does)\b/.test(q)) return EMAIL
  if (/\b(phone|cell|number|extension)\b/.test(q) && !/\bhow many\b/.test(q)) return PHONE
  return undefined
}
const MONTH = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/
const ASKS_LEAD_TIME =
  /\bhow (far|long|many \w+) (in advance|ahead|out|before|beforehand)\b|\bhow (much|many \w+) (advance )?notice\b|\bhow early\b|\bahead of time\b/
// Notice, however a handbook names it: "15 days notification", "two weeks' notice".
const NOTICE = '(?:notice|notification)'
const LEAD_TIME = new RegExp(
  `\\b${NUMBER_WORD}[\\s-]+(?:[a-z]+[\\s-]+)?${UNIT}(?:[\\s'’]+(?:(?:prior |advance |written )?${NOTICE}))?[^.;]{0,60}?\\b(?:before|prior|in advance|ahead|beforehand|${NOTICE})\\b|\\b${NOTICE}\\b[^.;]{0,40}\\b${NUMBER_WORD}[\\s-]+(?:[a-z]+[\\s-]+)?${UNIT}\\b`,
  'i'
)
const DAY =
  /\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays?|weekends?|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b\d{1,2}(st|nd|rd|th)\b|\b(first|last|final) (business |working |work )?day of\b|\b\d{1,2}\/\d{1,2}\b/i
const PHONE = /\+?\d[\d\s().-]{6,}\d|\bext(ension)?\.? ?\d+/i

/**
 * How much a sentence's kind of content fits what is asked: full when it holds the most specific kind
 * asked for ("how old": an age), and in the unit asked for when the question names one; less for
 * another specific kind asked, little for none.
 */
export function kindFactor(kinds: AnswerKind[], specific: AnswerKind[], text: string, unit?: RegExp): number {
  let factor = 1
  if (specific.length > 0) {
    const main = specific[0]!
    factor = holds(main, text)
      ? holdsFully(main, text) && (!unit || unit.test(asWritten(text)))
        ? 1
        : 0.8
      : specific.slice(1).some((k) => holds(k, text))
        ? 0.7
        : 0.3
  }
  if (kinds.includes('consequence') && !holds('consequence', text)) factor *= 0.7
  const weak = kinds.filter((k) => !SPECIFIC.has(k) && k !== 'consequence')
  return factor + (weak.some((k) => holds(k, text)) ? 0.05 : 0)
}

/** A bounded range that holds the figure ("2 to 5 years") says more than an open one ("after 90 days"). */
export function quantityBonus(fit: { fit: number; bounded: boolean }): number {
  if (fit.fit > 0) return fit.bounded ? 0.25 : 0.1
  return fit.fit < 0 ? -0.25 : 0
}

/** The noun after "what" or "which" ("what day", "which days"), stemmed: the kind of thing asked for. */
export function namedKind(question: string): string | undefined {
  // "What day", and "whats the number", "what is your email": past the verb and the article.
  const noun =
    /\b(?:what|which|whats|what's)(?:\s+(?:is|are|was|s))?(?:\s+(?:the|a|an|my|our|your|his|her|their))?\s+([a-z]+)/.exec(
      normaliseTexting(question).toLowerCase()
    )?.[1]
  return noun ? stem(noun) : undefined
}

// Kinds of thing a plural after "what" names that are not a list ("what hours", "what days": a time).
const NOT_A_LIST = /^(days|hours|times|dates|weeks|months|years|minutes|shifts|percent|rates|kinds|types|sorts)$/

/**
 * The stem of the plural "what" or "which" asks for ("what holidays do we get paid for", "what are the steps"):
 * the question wants them listed; undefined when it names a single thing or a time.
 */
export function listAsked(question: string): string | undefined {
  const noun = /\b(?:what|which|whats|what's)(?:\s+(?:are|were))?(?:\s+(?:the|our|my|your))?\s+([a-z]+s)\b/.exec(
    normaliseTexting(question).toLowerCase()
  )?.[1]
  return noun && !NOT_A_LIST.test(noun) && !noun.endsWith('ss') ? stem(noun) : undefined
}
