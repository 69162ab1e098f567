// Texting language read as the words it stands for, before a question is searched: "wat r u supposed
// to do if u miss a shift tmrw" is "what are you supposed to do if you miss a shift tomorrow". The
// forms come from published lexicons and the regular ways texters spell common words
// (scripts/build-lexicons.ts writes data/sms-lexicon.json); none is a word of one handbook.
import spanishForms from './data/sms-forms-es.json' with { type: 'json' }
import lexicon from './data/sms-lexicon.json' with { type: 'json' }
import { isEnglishWord } from './spelling.ts'

const FORMS: Readonly<Record<string, string>> = lexicon.entries
const SPANISH_FORMS: Readonly<Record<string, string>> = spanishForms.entries

// "sup" is texting for "what's up", except after a word that makes it a person: "my sup" is my
// supervisor.
const PERSON_BEFORE = /^(my|your|ur|the|our|a|his|her|their|ma)$/

// Units of time abbreviated after a count ("10 min break", "8 hr shift", "1st yr", "$15/hr"): "min" alone may be
// a minimum and "hr" alone is HR ("an hr rep" too), so only a count before them makes them units. Plurals
// are units anywhere.
const UNITS: Readonly<Record<string, string>> = {
  min: 'minute',
  mins: 'minutes',
  hr: 'hour',
  hrs: 'hours',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  wks: 'weeks'
}
const COUNTED_UNIT =
  /\b(\d+(?:\.\d+)?(?:st|nd|rd|th)?|an?|per|each|every|this|last|next|first|second|third|extra|whole|full|half|few|many|several|couple|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)( *|\/)(mins?|hrs?|yrs?|wks?)\b(?! +(rep|reps|representative|person|people|lady|guy|manager|department|dept|team|office|director|generalist|partner|help|line)\b)/gi
const PLURAL_UNIT = /\b(mins|hrs|yrs|wks)\b|(?<=\/)(min|hr)\b/gi

const FORM_CODES = /^([a-z]{1,3}-?\d{1,4})s$/

/** The text with units of time abbreviated after a count (or plural, or after a slash) written as words. */
export function readUnitsOfTime(text: string): string {
  return text
    .replace(
      COUNTED_UNIT,
      (_, count: string, gap: string, unit: string) => `${count}${gap === '/' ? '/' : ' '}${UNITS[unit.toLowerCase()]}`
    )
    .replace(PLURAL_UNIT, (unit) => UNITS[unit.toLowerCase()]!)
}

/**
 * The text with each texting form replaced by its words. A form that is also a word the workplace or
 * the company uses as it is ("ot" for overtime, a company's own abbreviation) is left alone: `keep` says
 * which.
 */
export function normaliseTexting(text: string, keep: (word: string) => boolean = () => false): string {
  let previous = ''
  return readUnitsOfTime(text).replace(/[\p{L}\p{N}@][\p{L}\p{N}@/'’]*/gu, (token) => {
    const key = token.toLowerCase().replace(/['’]/g, '')
    const before = previous
    previous = key
    if (key === 'sup' && PERSON_BEFORE.test(before)) return 'supervisor'
    if (keep(key)) return token
    // A form's code in the plural ("w2s", "i9s") is the form's code, as the handbook writes it ("W-2 forms").
    const code = FORM_CODES.exec(key)
    if (code) return code[1]!
    return textingForm(key) ?? token
  })
}

/**
 * The words a texting form stands for ("tmrw", "wat"), or undefined. A form with the "'s" of "what's"
 * run on ("wats") is its form's words with it ("whats").
 */
function textingForm(key: string): string | undefined {
  if (Object.hasOwn(FORMS, key)) return FORMS[key]
  const stem = key.length >= 4 && key.endsWith('s') && !isEnglishWord(key) ? key.slice(0, -1) : ''
  const standard = stem && Object.hasOwn(FORMS, stem) ? FORMS[stem]! : undefined
  return standard && /^[a-z]+$/.test(standard) ? `${standard}s` : undefined
}

/** Folded text with Spanish texting forms read as their words ("q pasa si" is "que pasa si", "xq" "porque"). */
export function readSpanishTexting(folded: string): string {
  return folded.replace(/[\p{L}\p{N}]+/gu, (w) => (Object.hasOwn(SPANISH_FORMS, w) ? SPANISH_FORMS[w]! : w))
}
