import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js'

/** E.164 form of a phone number, or null when it is not a valid number. */
export function toE164 (input: string, defaultCountry: string = 'US'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry as CountryCode)
  return parsed?.isValid() ? parsed.number : null
}

/** Logs carry only the last four digits of a phone number. */
export function maskPhone (phone: string | null | undefined): string {
  if (!phone) return ''
  const digits = phone.replace(/\D/g, '')
  return digits.length <= 4 ? '****' : `***${digits.slice(-4)}`
}
