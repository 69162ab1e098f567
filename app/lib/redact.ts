// What may appear in logs of the people who text us: the last four digits of a phone number, and
// never a long run of digits from free text (a phone number, an SSN, an account number).

/** Logs carry only the last four digits of a phone number. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  const digits = phone.replace(/\D/g, '')
  return digits.length <= 4 ? '****' : `***${digits.slice(-4)}`
}

// Seven or more digits, possibly split by spaces, dashes, dots, slashes or parentheses: a phone number.
export const DIGIT_RUN = /\+?\(?\d(?:[\s()./-]{0,2}\d){6,}/g
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/** Free text with phone-like digit runs and e-mail addresses masked. */
export function redactText(text: string): string {
  return text.replace(DIGIT_RUN, (run) => maskPhone(run)).replace(EMAIL, '[email]')
}
