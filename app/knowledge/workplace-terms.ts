// General workplace vocabulary: the words people text, and the words any employee handbook uses for
// the same thing. Nothing here belongs to one company; a company adds its own words (product names,
// system names, abbreviations) in a synonyms file that ingestion reads (see company-terms.ts).
// Multi-word keys match as phrases in any inflection ("calling out" is "call out": one key each);
// multi-word values are searched as phrases.

import { PEOPLE_AND_CONDUCT_TERMS } from './workplace-terms-people.ts'
import { TIME_AND_PAY_TERMS } from './workplace-terms-time-pay.ts'

export const WORKPLACE_TERMS: Readonly<Record<string, readonly string[]>> = {
  ...TIME_AND_PAY_TERMS,
  ...PEOPLE_AND_CONDUCT_TERMS
}
