// The public base URL Twilio signs webhooks against. PUBLIC_BASE_URL when it is set (local server,
// custom domains); behind API Gateway without it, the URL the event's requestContext shows (domainName
// and stage are API Gateway's own, never the caller's Host or X-Forwarded-* headers), taken only when
// it matches one of API_GATEWAY_BASE_URLS, so a signature is never checked against a URL of the
// caller's choosing.

/** The part of an API Gateway event's requestContext (payload v1 or v2) the URL is read from. */
export interface GatewayContext {
  domainName?: unknown
  stage?: unknown
}

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/
const STAGE = /^[A-Za-z0-9_-]+$/

/** The base URL of an API Gateway request: https, its domain and its stage (none for `$default`). */
export function gatewayBaseUrl(context: GatewayContext | null | undefined): string | undefined {
  if (typeof context?.domainName !== 'string' || typeof context.stage !== 'string') return undefined
  const host = context.domainName.toLowerCase()
  if (!HOST.test(host)) return undefined
  if (context.stage === '$default') return `https://${host}`
  return STAGE.test(context.stage) ? `https://${host}/${context.stage}` : undefined
}

/**
 * A matcher for the allowed base URLs: each entry is matched whole, `*` standing for exactly one DNS
 * label (`https://*.execute-api.us-east-1.amazonaws.com/prod` allows any API id on that stage only).
 */
export function allowedBaseUrls(entries: string[]): (url: string) => boolean {
  const patterns = entries.map(
    (entry) => new RegExp(`^${entry.replace(/[.+?^${}()|[\]\\/]/g, '\\$&').replace(/\*/g, '[a-z0-9-]+')}$`)
  )
  return (url) => patterns.some((pattern) => pattern.test(url))
}

/** The path a base URL puts before every route ('' for none, '/prod' for an API Gateway stage). */
export function basePathOf(baseUrl: string | undefined): string {
  if (!baseUrl) return ''
  try {
    return new URL(baseUrl).pathname.replace(/\/+$/, '')
  } catch {
    return ''
  }
}

/** The header the app sets when it hands a request to the admin page's own app (see admin-app.ts). */
export const ADMIN_BASE_HEADER = 'x-admin-base'

/** Where the admin page is served: the prefix the forwarding app gave, else the public URL's path. */
export function adminBasePath(forwarded: unknown, publicUrl: string | undefined): string {
  if (typeof forwarded === 'string' && /^(\/[\w.~-]+)*$/.test(forwarded)) return forwarded
  return basePathOf(publicUrl)
}
