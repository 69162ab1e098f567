// "After 3 years" against "2 to 5 years" or "less than 2 years", "1 day notice" against "less than 72
// hours notice": whether a range a sentence states holds the employee's figure. Picks the right row of
// a table of service bands, or the rule that applies.

// Every quantity is a length of time, kept in hours so "1 day" can meet "72 hours".
const HOURS: Readonly<Record<string, number>> = {
  minute: 1 / 60,
  minutes: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  hour: 1,
  hours: 1,
  hr: 1,
  hrs: 1,
  day: 24,
  days: 24,
  week: 168,
  weeks: 168,
  wk: 168,
  wks: 168,
  month: 730,
  months: 730,
  mo: 730,
  mos: 730,
  year: 8760,
  years: 8760,
  yr: 8760,
  yrs: 8760
}
const WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  fifth: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30
}
const NUMBER =
  '(\\d+(?:\\.\\d+)?(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|first|second|third|fourth|fifth|an?)'
const UNIT = '(minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?)'

/** A figure or a range, in hours. */
interface Range {
  min: number
  max: number
}

// "My 3rd yr" is the third year, as "my third year" is.
function toNumber(word: string): number {
  return WORDS[word] ?? Number(word.replace(/(?<=\d)(st|nd|rd|th)$/, ''))
}

// What comes before "a year" when it says how often, not how long: a count or plural ("40 hours a week"), or what one
// gets in it ("how much pto do we earn a year").
const RATE_BEFORE = /\b(\d+|[a-z]+s|once|twice|get|getting|earn|earning|accrue|accruing|paid|allowed)\s+$/

/** The lengths of time a question gives, in hours: "3 yrs", "a 5 hour shift", "my first year". */
export function quantitiesIn(text: string): number[] {
  const lower = text.toLowerCase()
  return (
    [...lower.matchAll(new RegExp(`\\b${NUMBER}[\\s-]+${UNIT}\\b`, 'g'))]
      // "Hours a week", "twice a month", "how much holiday do i get a yr": a rate, not a length of time.
      .filter((m) => !(/^an?$/.test(m[1]!) && RATE_BEFORE.test(lower.slice(0, m.index))))
      .map((m) => toNumber(m[1]!) * HOURS[m[2]!]!)
      .filter((v) => Number.isFinite(v))
  )
}

/** The ranges a sentence states: "less than 2 years", "2 to 5 years", "more than 5 years", "year 5 and after". */
export function rangesIn(text: string): Range[] {
  const lower = text.toLowerCase()
  const ranges: Range[] = []
  const add = (unit: string, min: number, max: number) =>
    ranges.push({ min: min * HOURS[unit]!, max: max * HOURS[unit]! })
  const each = (pattern: string, use: (m: RegExpMatchArray) => void) => {
    for (const m of lower.matchAll(new RegExp(pattern, 'g'))) use(m)
  }
  each(`\\b${NUMBER}\\s*(?:to|-|–|through|and)\\s*${NUMBER}[\\s-]+${UNIT}\\b`, (m) =>
    add(m[3]!, toNumber(m[1]!), toNumber(m[2]!))
  )
  each(`\\b${UNIT}\\s+${NUMBER}\\s*(?:to|-|–|through)\\s*${NUMBER}\\b`, (m) =>
    add(m[1]!, toNumber(m[2]!), toNumber(m[3]!))
  )
  // A table's "Years of Service: 1- 5" and "Years of Service: 16 +" rows: the unit is in the header.
  const SERVICE = `\\b${UNIT}\\s+of\\s+(?:service|employment|continuous service)\\s*:?\\s*`
  each(`${SERVICE}${NUMBER}\\s*(?:to|-|–|through)\\s*${NUMBER}\\b`, (m) => add(m[1]!, toNumber(m[2]!), toNumber(m[3]!)))
  each(`${SERVICE}${NUMBER}\\s*(?:\\+|or more|and (?:over|up|above))`, (m) =>
    add(m[1]!, toNumber(m[2]!), Number.POSITIVE_INFINITY)
  )
  each(`\\b(less than|under|fewer than|up to|within|no more than|before)\\s+${NUMBER}[\\s-]+${UNIT}\\b`, (m) => {
    const inclusive = m[1] === 'up to' || m[1] === 'no more than' || m[1] === 'within'
    add(m[3]!, 0, toNumber(m[2]!) - (inclusive ? 0 : 0.001))
  })
  each(`\\b(more than|over|longer than|at least|after|beyond)\\s+${NUMBER}[\\s-]+${UNIT}\\b`, (m) => {
    const inclusive = m[1] === 'at least' || m[1] === 'after'
    add(m[3]!, toNumber(m[2]!) + (inclusive ? 0 : 0.001), Number.POSITIVE_INFINITY)
  })
  each(`\\b${UNIT}\\s+${NUMBER}\\s+(?:and|or)\\s+(?:after|later|more|beyond|over)\\b`, (m) =>
    add(m[1]!, toNumber(m[2]!), Number.POSITIVE_INFINITY)
  )
  // A table's last band: "2 years or more", "5 years and continuing thereafter", "15 years and over", "10+ years".
  each(
    `\\b${NUMBER}\\+?\\s*${UNIT}\\s+(?:or more|(?:and|or) (?:continuing|thereafter|beyond|longer|greater|above|over|up))\\b`,
    (m) => add(m[2]!, toNumber(m[1]!), Number.POSITIVE_INFINITY)
  )
  each(`\\b${NUMBER}\\s*\\+\\s*${UNIT}\\b`, (m) => add(m[2]!, toNumber(m[1]!), Number.POSITIVE_INFINITY))
  // "Your first year": a band of service. "Your fifth hour of work" is a moment, not a band.
  each(`\\b(first|second|third|fourth|fifth)\\s+(years?|months?)\\b`, (m) =>
    add(m[2]!, toNumber(m[1]!) - 1, toNumber(m[1]!))
  )
  return ranges
}

/**
 * `fit` is +1 when the sentence states a range that holds one of the question's figures, or the very figure
 * (`bounded` when that range has two ends, or is the figure), -1 when it states ranges and none holds them,
 * 0 when it states none.
 */
export function quantityFit(question: number[], sentence: string): { fit: number; bounded: boolean } {
  if (question.length === 0) return { fit: 0, bounded: false }
  const text = withPlainFigures(sentence)
  const ranges = rangesIn(text)
  const holding = ranges.filter((r) => question.some((q) => q >= r.min - 1e-9 && q <= r.max + 1e-9))
  // A band that starts at the employee's very figure ("5 years and continuing" for "been here 5 yrs") says as
  // much as one with two ends.
  const startsAt = (r: Range) => r.min > 0 && question.some((q) => Math.abs(q - r.min) < 1e-6)
  if (holding.length > 0)
    return { fit: 1, bounded: holding.some((r) => (r.min > 0 && Number.isFinite(r.max)) || startsAt(r)) }
  // The very figure asked about ("failure to report for three (3) consecutive days" for "no call no show for 3 days").
  if (quantitiesIn(text).some((v) => question.some((q) => Math.abs(q - v) < 1e-6))) return { fit: 1, bounded: true }
  return { fit: ranges.length > 0 ? -1 : 0, bounded: false }
}

// A lawyer's figure written twice ("five (5)") is one figure, and a word between it and its unit ("consecutive",
// "working", "calendar") leaves it the same length of time.
const RESTATED = new RegExp(`\\b(?:[a-z]+-)?${NUMBER} \\((\\d{1,3})\\)`, 'g')
const QUALIFIED = new RegExp(
  `\\b${NUMBER}\\s+(?:consecutive|working|calendar|business|scheduled|straight|full|regular|paid|unpaid|continuous)\\s+${UNIT}\\b`,
  'g'
)

function withPlainFigures(sentence: string): string {
  return sentence.toLowerCase().replace(RESTATED, '$2').replace(QUALIFIED, '$1 $2')
}

/** The ages a question gives: "a 17 year old", "im 16", "age 17". */
export function agesIn(text: string): number[] {
  const lower = text.toLowerCase().replace(/['’]/g, '')
  const ages = [
    ...lower.matchAll(/\b(\d{2})[\s-]*(?:years?|yrs?)?[\s-]*old\b|\b(\d{2})\s*yo\b|\b(?:im|i am|age|aged)\s+(\d{2})\b/g)
  ]
  return ages.map((m) => Number(m[1] ?? m[2] ?? m[3])).filter((n) => n >= 10 && n <= 99)
}

/** Whether a sentence states an age band ("under 18", "16 or 17", "18 or older") that holds one of `ages`. */
export function ageFit(ages: number[], sentence: string): boolean {
  if (ages.length === 0) return false
  const lower = sentence.toLowerCase()
  const bands: Range[] = []
  for (const m of lower.matchAll(/\b(?:under|younger than|below|less than)\s+(\d{2})\b/g))
    bands.push({ min: 0, max: Number(m[1]) - 1 })
  for (const m of lower.matchAll(/\b(?:over|older than|above)\s+(\d{2})\b/g))
    bands.push({ min: Number(m[1]) + 1, max: Number.POSITIVE_INFINITY })
  for (const m of lower.matchAll(
    /\b(?:at least|aged?)\s+(\d{2})\b|\b(\d{2})\s*(?:\+|or older|and older|and over|or over)/g
  ))
    bands.push({ min: Number(m[1] ?? m[2]), max: Number.POSITIVE_INFINITY })
  // "Associates who are 16 or 17", "ages 14 to 15": a band when the sentence is about age.
  if (/\b(old|ages?|aged|minors?|teens?|who are)\b/.test(lower))
    for (const m of lower.matchAll(/\b(\d{2})\s*(?:or|to|-|–|and)\s*(\d{2})\b/g))
      bands.push({ min: Number(m[1]), max: Number(m[2]) })
  if (/\bminors?\b/.test(lower)) bands.push({ min: 0, max: 17 })
  return bands.some((b) => ages.some((a) => a >= b.min && a <= b.max))
}
