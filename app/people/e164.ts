// Kept apart from phone.ts: libphonenumber's metadata is only needed to import a directory or create
// an escalation by phone, never on the webhook path (Twilio sends E.164 already).
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js'

/** E.164 form of a phone number, or null when it is not a valid number. */
export function toE164(input: string, defaultCountry: string = 'US'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry as CountryCode)
  return parsed?.isValid() ? parsed.number : null
}
