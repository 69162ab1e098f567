// Whether a reply gives the kind of thing its question asks for: asked for a figure, a price, a wage or a
// way to reach someone, a reply with none of it does not answer, whatever section it comes from.
import { type AnswerKind, DEADLINE, holds, SPECIFIC, WEEKDAY } from './question-type.ts'

// Kinds of answer that are a figure: a reply with no figure does not give one. "Once" is one
// only as a frequency ("once a year"), not as "once their sick leave has been exhausted".
const FIGURES: ReadonlySet<AnswerKind> = new Set(['amount', 'duration', 'frequency', 'age'])
const A_FIGURES =
  /\d+|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|half|once (?:a|per|every|each) (?:day|week|month|year|shift|pay period|quarter)|twice|double|dozen|full|daily|weekly|biweekly|bi-weekly|semimonthly|semi-monthly|monthly|quarterly|annually|yearly|hourly|(a|per|each|every|every other) (day|week|month|year|hour|shift|pay period))\b/g

// How long a thing itself may be, not for how long: "how long can my nails be", "how long do shorts have to be".
const LENGTH_ASKED =
  /\bhow long (can|should|must|may|do|does|is|are|has to|have to) (my|our|the|your|his|her|their)? ?(?!(i|we|you|u|they|he|she|it|someone|somebody|people|employees|staff|workers)\b)[a-z]+( [a-z]+)? (be|go|grow|get|have to be|need to be)\b/
const LENGTH =
  /\b(inch(es)?|cm|centimet(er|re)s?|length|below|above|past|beyond|exceed(s|ing)?|extend(s|ing)?|touch(es|ing)?|shoulders?|collar|knees?|ear ?lobes?|chin|fingertips?)\b/i

const COST_ASKED =
  /\b(cost|costs|price|prices|how much (do|does|will|would|is|are) (i|we|it|they|\w+) (pay|cost|take out|deduct|charge)|how much (comes?|is taken|gets taken|do they take) out of (my|our|the) (check|checks|paycheck|paychecks|pay)|cuanto (cuesta|cobran|pago|me cobran|me quitan))\b/
const MONEY =
  /\$\s?\.?\d|\d\s?(dollars?|cents?|%|percent)|\b(half|a third|a quarter|two thirds|three quarters|all of|the full|no cost|free|free of charge|no charge|at no|paid (in full )?by (the )?(company|employer|city|county|\w+ restaurants?))\b/i

const WAGE_ASKED =
  /\b(how much (do|does|will|would|can) (\w+ ){0,3}(make|earn|get paid|start at|start out)|(pay|wage|hourly) rate|starting (pay|wage|rate|salary)|what (do|does) (\w+ ){0,3}(make|earn)|cuanto (pagan|gana|ganan|se gana|paga) (la hora|por hora|a la hora|al dia))\b/
const WAGE = /\$\s?\.?\d|\d\s?(dollars|usd)\b|\bminimum wage\b/i

// Asked what is paid per kilometre or mile (a mileage rate), a figure that is no sum of money ("winds greater than 30km/h") does not answer.
const RATE_ASKED = /\bhow much\b.{0,40}\b(per|each|every|for every|for each) (km|kms|kilomet(er|re)s?|miles?|mi)\b/
const SUM = /[$£€]\s?\.?\d|\d\s?(c|cents?|dollars?|usd|aud|euros?|eur|pounds?|gbp)\b|(?<!\bper )\bcents?\b/i

// Asked which day of the week, a reply naming none ("their last day worked per the payroll schedule") does not answer.
const WEEKDAY_ASKED = /\b((what|which|wat|wich) days? of the week|(what|which|wat|wich) weekdays?)\b/

const NUMBER_ASKED =
  /\b((phone )?(number|#) (for|to reach|to call|of)|(whats|what'?s|what is) (the |my |our |their )?([\w-]+ ){0,3}(number|phone|extension|ext|email|e-mail)\b|email (address )?(for|of)|numero (de|del|para)|correo (de|del|para))/
const REACHABLE = /[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d\s().-]{6,}\d|\bext(ension)?\.? ?\d+/i

/** Whether `said` (the reply's lines) holds what `question`, of these kinds, asks for. */
export function holdsWhatIsAsked(question: string, kinds: AnswerKind[], said: string): boolean {
  // Asked for a figure ("how much is the dental plan"), a reply that gives none ("eligible employees may
  // join the health plan") does not answer, even in the section about it ("how much % does the company
  // put in my pension": "a contribution will be made by both").
  const kind = kinds.find((k) => SPECIFIC.has(k)) ?? 'rule'
  const asked = question.toLowerCase()
  // Asked how long, some answers have no figure: a deadline ("before the end of your shift"), or, asked how long a thing
  // may be ("how long can my sideburns be"), a limit ("not to extend below the ear lobe").
  const noFigureNeeded = kind === 'duration' && (DEADLINE.test(said) || (LENGTH_ASKED.test(asked) && LENGTH.test(said)))
  if (FIGURES.has(kind) && !givesFigure(said, question) && !noFigureNeeded) return false
  // Asked how long, a figure that is no length of time ("50% discount") does not answer; asked how old, or
  // how often, a figure that is no age or no frequency does not either ("how old do u have to be to
  // bartend": a line on tipping out barbacks).
  if ((kind === 'duration' || kind === 'age' || kind === 'frequency') && !holds(kind, said) && !noFigureNeeded)
    return false
  // Asked what something costs, a reply with no price in it ("premiums continue through payroll
  // deductions") does not answer, whatever its section.
  if (COST_ASKED.test(asked) && !MONEY.test(said)) return false
  // Asked what a job pays, a reply with no sum of money ("10% of drivers' tips are shared", a job's
  // qualifications) does not answer.
  if (WAGE_ASKED.test(asked) && !WAGE.test(said)) return false
  if (RATE_ASKED.test(asked) && !SUM.test(said)) return false
  if (WEEKDAY_ASKED.test(asked) && !WEEKDAY.test(said)) return false
  // Asked for a number or an address to reach someone at, a reply with neither does not give it
  // ("whats the phone number for hr": a line about personal cell phones).
  if (NUMBER_ASKED.test(asked) && !REACHABLE.test(said)) return false
  return true
}

/** A figure in the reply other than one the question gave ("8 hour shift" asked about is no answer). */
function givesFigure(reply: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().match(A_FIGURES) ?? [])
  // A section's number ("3.3.3 Grant of Loan: ...") is no figure given.
  const told = reply.toLowerCase().replace(SECTION_NUMBER, ' ')
  return (told.match(A_FIGURES) ?? []).some((figure) => !asked.has(figure))
}

const SECTION_NUMBER = /\b\d+(?:\.+\d+){2,}\.?|\b\d+\.\.+\d+\b/g
