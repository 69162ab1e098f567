// Twilio webhook helpers, from the twilio package's own modules (imported directly so a cold start
// does not load the whole REST client).
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse.js'
import { getExpectedTwilioSignature, validateRequest } from 'twilio/lib/webhooks/webhooks.js'

/**
 * True when `signature` is Twilio's HMAC of `url` and `params` with the auth token. The URL must be
 * the one Twilio was configured with (PUBLIC_BASE_URL + path), not one rebuilt from request headers.
 */
export function isValidTwilioSignature (authToken: string, signature: unknown, url: string, params: Record<string, unknown>): boolean {
  if (typeof signature !== 'string' || signature.length === 0) return false
  return validateRequest(authToken, signature, url, params as Record<string, string>)
}

/** `<Response><Message>text</Message></Response>`, or `<Response/>` when nothing must be sent. */
export function twimlReply (text: string | null): string {
  const response = new MessagingResponse()
  if (text) response.message(text)
  return response.toString()
}

/** The X-Twilio-Signature Twilio would send for this URL and form parameters (tests and `npm run sms`). */
export function signTwilioRequest (authToken: string, url: string, params: Record<string, string>): string {
  return getExpectedTwilioSignature(authToken, url, params)
}
