// A message that names HR ("can someone from hr call me", "quiero hablar con recursos humanos"): it
// goes to HR, privately, however it is put.
import { fold } from './fold.ts'

const HR = /\b(hr|h\.r\.|human resources|people team|recursos humanos|rr\.? ?hh\.?|rh)\b/

export function namesHr(text: string): boolean {
  return HR.test(fold(text))
}
