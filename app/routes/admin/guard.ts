// Who may open an admin page and post its forms: a live server-side session (its cookie HttpOnly,
// SameSite=Strict, Secure outside development), the session's CSRF token on every form, and the
// Origin of every POST the app's own. Sign-in forms, before any session, carry a double-submit token.
import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { findSession, type Session, sameToken } from '../../admin/sessions.ts'
import type { ApiRole } from '../../auth/roles.ts'
import { forbidden, unauthorized } from '../../lib/errors.ts'
import { ADMIN_BASE_HEADER, adminBasePath } from '../../lib/public-url.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person's session on /admin pages (null before sign-in). */
    adminSession: Session | null
    /** The path the app is served under: '' locally, '/prod' behind an API Gateway stage. */
    adminBase: string
  }
  interface FastifyContextConfig {
    /** A page anyone may open (the sign-in pages, the stylesheet). */
    adminPublic?: boolean
    /** The roles that may open the page (every signed-in role when absent). */
    adminRoles?: readonly ApiRole[]
  }
}

export function cookieNames(app: FastifyInstance) {
  // __Host- cookies are refused by browsers unless Secure, for this host only, at path /.
  const secure = app.config.NODE_ENV !== 'development'
  const prefix = secure ? '__Host-' : ''
  return { session: `${prefix}admin-session`, signIn: `${prefix}admin-sign-in`, secure }
}

export function cookieOptions(app: FastifyInstance, maxAgeSeconds: number) {
  const { secure } = cookieNames(app)
  return { httpOnly: true, secure, sameSite: 'strict' as const, path: '/', maxAge: maxAgeSeconds }
}

export function adminGuard(app: FastifyInstance) {
  const names = cookieNames(app)
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const config = request.routeOptions.config
    request.adminBase = adminBasePath(request.headers[ADMIN_BASE_HEADER], app.publicUrl.of(request))
    request.adminSession = (await findSession(app.db, request.cookies[names.session], app.now())) ?? null
    if (request.method === 'POST') {
      sameOrigin(request)
      const given = formToken(request)
      if (config.adminPublic) {
        if (!sameToken(request.cookies[names.signIn] ?? '', given) || !given)
          throw forbidden('The form has expired: open the sign-in page again')
      } else if (request.adminSession && !request.isMultipart() && !sameToken(request.adminSession.csrfToken, given)) {
        throw forbidden('The form has expired: open the page again')
      }
    }
    if (config.adminPublic) return
    const session = request.adminSession
    if (!session) {
      if (request.method === 'GET') return reply.redirect(`${request.adminBase}/admin/sign-in`, 303)
      throw unauthorized('Your sign-in has ended: sign in again')
    }
    if (config.adminRoles && !config.adminRoles.includes(session.actor.role))
      throw forbidden('This page is not one of yours')
  }
}

/** The double-submit token of the sign-in forms: set once, sent back by the form. */
export function signInToken(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): string {
  const names = cookieNames(app)
  const existing = request.cookies[names.signIn]
  if (existing && /^[\w-]{43}$/.test(existing)) return existing
  const token = randomBytes(32).toString('base64url')
  reply.setCookie(names.signIn, token, cookieOptions(app, 3600))
  return token
}

function formToken(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined
  return typeof body?._csrf === 'string' ? body._csrf : undefined
}

/**
 * A form posted from another site is refused: browsers send Origin with every POST (Referer for the
 * oldest), and it must name this host.
 */
function sameOrigin(request: FastifyRequest): void {
  const from = request.headers.origin ?? request.headers.referer
  let same = false
  try {
    // Both read as URLs of the same scheme, so "host:443" and "host" are the same host.
    const origin = new URL(from ?? '')
    same = origin.host === new URL(`${origin.protocol}//${request.headers.host}`).host
  } catch {
    same = false
  }
  if (!same) throw forbidden('Forms are taken only from this site')
}

/** No framing, no scripts, nothing from elsewhere, nothing cached, no address sent to other sites. */
export async function securityHeaders(_request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.headers({
    'content-security-policy':
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store'
  })
}
