// Twilio webhook helpers. Signatures use the twilio package's own validator (imported directly so a
// cold start does not load the whole REST client).
import { getExpectedTwilioSignature, validateRequest } from 'twilio/lib/webhooks/webhooks.js'

/**
 * Connection overrides for the webhook URLs given to Twilio (a URL fragment, which Twilio reads and
 * never sends): by default Twilio retries only a failed TCP connect, so a 5xx (the database away) or a
 * hung answer would lose the message. These retry connect failures, read timeouts and 5xx, twice,
 * within Twilio's 15 s total; a read timeout of 12 s leaves room for a retry after the app's own
 * WEBHOOK_BUDGET_MS (10 s). Never 4xx: a refused signature stays refused.
 * https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides
 */
export const TWILIO_WEBHOOK_OVERRIDES = 'rc=2&rp=ct,rt,5xx&rt=12000'

/** The URL to give Twilio for a webhook path: the public URL, the path and the retry policy. */
export function twilioWebhookUrl(baseUrl: string, path: string): string {
  return `${baseUrl}${path}#${TWILIO_WEBHOOK_OVERRIDES}`
}

/**
 * True when `signature` is Twilio's HMAC of `url` and `params` with the auth token. The URL must be
 * the one Twilio was configured with (the public base URL + path), not one rebuilt from request headers.
 * Twilio's connection-overrides page says the fragment is not part of what it signs, so the URL as
 * requested is checked; its security page speaks of "the URL set in Twilio", so the same URL with our
 * own fragment is accepted too. Both are our constants: neither lets the caller choose what is signed.
 */
export function isValidTwilioSignature(
  authToken: string,
  signature: unknown,
  url: string,
  params: Record<string, unknown>
): boolean {
  if (typeof signature !== 'string' || signature.length === 0) return false
  const form = params as Record<string, string>
  return (
    validateRequest(authToken, signature, url, form) ||
    validateRequest(authToken, signature, `${url}#${TWILIO_WEBHOOK_OVERRIDES}`, form)
  )
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

/**
 * `<Response><Message>text</Message></Response>`, or `<Response/>` when nothing must be sent:
 * byte for byte what twilio's MessagingResponse writes (a test holds it to that), without loading
 * xmlbuilder, which cost 12 ms of every cold start.
 */
export function twimlReply(text: string | null): string {
  if (!text) return `${XML_DECLARATION}<Response/>`
  return `${XML_DECLARATION}<Response><Message>${escapeXml(text)}</Message></Response>`
}

function escapeXml(text: string): string {
  // What xmlbuilder escapes in element text; characters XML 1.0 forbids are dropped.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#xD;')
}

/** The X-Twilio-Signature Twilio would send for this URL and form parameters (tests and `npm run sms`). */
export function signTwilioRequest(authToken: string, url: string, params: Record<string, string>): string {
  return getExpectedTwilioSignature(authToken, url, params)
}
