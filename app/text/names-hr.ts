// A message that names HR ("can someone from hr call me", "quiero hablar con recursos humanos"): it
// goes to HR, privately, however it is put.
import { fold } from './fold.ts'

const HR = /\b(hr|h\.r\.|human resources|people team|recursos humanos|rr\.? ?hh\.?|rh)\b/

// "Hr" is also an hour: "late maybe an hr", "2 hrs", "$15/hr"; not in "an hr rep", "a hr person".
const HOUR =
  /\b(an|a|one|half|per|\d+(\.\d+)?)\s*hr\b(?!\s+(rep|reps|representative|person|people|lady|guy|manager|department|dept|team|office|director|generalist|partner|help|line))|\/hrs?\b|\bhrs\b/g

export function namesHr(text: string): boolean {
  return HR.test(fold(text).replace(HOUR, ' '))
}
