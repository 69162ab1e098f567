// Texting language read as the words it stands for, before a question is searched: "wat r u supposed
// to do if u miss a shift tmrw" is "what are you supposed to do if you miss a shift tomorrow". The
// forms come from published lexicons and the regular ways texters spell common words
// (scripts/build-lexicons.ts writes data/sms-lexicon.json); none is a word of one handbook.
import spanishForms from './data/sms-forms-es.json' with { type: 'json' }
import lexicon from './data/sms-lexicon.json' with { type: 'json' }

const FORMS: Readonly<Record<string, string>> = lexicon.entries
const SPANISH_FORMS: Readonly<Record<string, string>> = spanishForms.entries

// "sup" is texting for "what's up", except after a word that makes it a person: "my sup" is my
// supervisor.
const PERSON_BEFORE = /^(my|your|ur|the|our|a|his|her|their|ma)$/

// Units of time abbreviated after a count ("10 min break", "8 hr shift", "1st yr"): "min" alone may be a
// minimum, "hr" alone is HR, so only a count before them makes them units. Plurals are units anywhere.
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
const PLURAL_UNIT = /^(mins|hrs|yrs|wks)$/
const COUNT =
  /^(\d+(\.\d+)?|\d+(st|nd|rd|th)|a|an|per|each|every|this|last|next|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|half|few|couple|first|second|third)$/
const COUNT_AND_UNIT = /^(\d+(?:\.\d+)?)(mins?|hrs?|yrs?|wks?)$/

/**
 * The text with each texting form replaced by its words. A form that is also a word the workplace or
 * the company uses as it is ("ot" for overtime, a company's own abbreviation) is left alone: `keep` says
 * which.
 */
export function normaliseTexting(text: string, keep: (word: string) => boolean = () => false): string {
  let previous = ''
  return text.replace(/[\p{L}\p{N}@][\p{L}\p{N}@/'’]*/gu, (token) => {
    const key = token.toLowerCase().replace(/['’]/g, '')
    const before = previous
    previous = key
    if (key === 'sup' && PERSON_BEFORE.test(before)) return 'supervisor'
    if (Object.hasOwn(UNITS, key) && (PLURAL_UNIT.test(key) || COUNT.test(before))) return UNITS[key]!
    const counted = COUNT_AND_UNIT.exec(key)
    if (counted) return `${counted[1]} ${UNITS[counted[2]!]}`
    if (keep(key)) return token
    const standard = Object.hasOwn(FORMS, key) ? FORMS[key] : undefined
    return standard ?? token
  })
}

/** Folded text with Spanish texting forms read as their words ("q pasa si" is "que pasa si", "xq" "porque"). */
export function readSpanishTexting(folded: string): string {
  return folded.replace(/[\p{L}\p{N}]+/gu, (w) => (Object.hasOwn(SPANISH_FORMS, w) ? SPANISH_FORMS[w]! : w))
}
