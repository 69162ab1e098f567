// Phone numbers, links and e-mail addresses in a text, each in one normal form, so that the same
// number or page compares equal however it is written and nothing else does: a number is the whole
// run of digits an employee would dial (never a part of it), read by libphonenumber-js; a link is
// what linkifyjs (with the full list of top-level domains) finds, read by the WHATWG URL parser.
// Loaded on first use: both libraries cost tens of milliseconds to load, and only model answers need them.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js'
import { find } from 'linkifyjs'
import { DIGIT_RUN } from '../lib/redact.ts'

export interface Phone {
  /** E.164 for a valid number, otherwise `digits:` and every digit written. */
  key: string
  extension?: string
}

export interface Link {
  host: string
  port: string
  path: string
  /** Query and fragment: a link that has them must match one of the passages' exactly. */
  rest: string
}

// An extension written after the number: "ext. 204", "x204", "extension 204", "#204".
const EXTENSION = /^\s*,?\s*(?:ext\.?|extension|x|#)\s*\d{1,7}\b/i

/**
 * Every phone-like run of digits, whole: "+44 20 312-555-0100" is a UK number, not the US number at
 * its end (libphonenumber's own finder would report the latter), and "900-312-555-0100" is not
 * 312-555-0100.
 */
export function phoneNumbers(text: string, country: string): Phone[] {
  const found: Phone[] = []
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0]
    const extension = EXTENSION.exec(text.slice(match.index + run.length))?.[0] ?? ''
    const parsed = parsePhoneNumberFromString(run + extension, country as CountryCode)
    found.push(
      parsed?.isValid()
        ? { key: parsed.number, extension: parsed.ext }
        : { key: `digits:${run.replace(/\D/g, '')}`, extension: extension.replace(/\D/g, '') || undefined }
    )
  }
  return found
}

/** A number the answer may give: one of the known numbers, with its extension or without one. */
export function isKnownPhone(phone: Phone, known: Phone[]): boolean {
  return known.some((k) => k.key === phone.key && (!phone.extension || phone.extension === k.extension))
}

export function links(text: string): Link[] {
  return find(text, 'url').flatMap(({ href }) => {
    try {
      const url = new URL(href)
      // Trailing punctuation belongs to the sentence, not the path.
      const path = url.pathname.replace(/[.,;:!?]+$/, '').replace(/\/+$/, '') || '/'
      return [{ host: url.hostname.replace(/\.$/, ''), port: url.port, path, rest: url.search + url.hash }]
    } catch {
      return [{ host: href, port: '', path: '', rest: 'unparsed' }]
    }
  })
}

/**
 * A link the answer may give: the host exactly one of the passages' (no other subdomain, no parent
 * domain, no credentials in front), the path that link's path or below it, and a query or fragment
 * only when a passage has the very same link.
 */
export function isKnownLink(link: Link, known: Link[]): boolean {
  return known.some(
    (k) =>
      k.host === link.host &&
      k.port === link.port &&
      (k.path === '/' || link.path === k.path || link.path.startsWith(`${k.path}/`)) &&
      (link.rest === '' || (link.rest === k.rest && link.path === k.path))
  )
}

export function emails(text: string): string[] {
  return find(text, 'email').map((e) => e.value.toLowerCase())
}
