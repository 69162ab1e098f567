// Who may call the JWT API: a role from the token, and for managers and HR their directory id.

export const API_ROLES = ['ops', 'manager', 'hr'] as const
export type ApiRole = (typeof API_ROLES)[number]

export interface TokenClaims {
  role: ApiRole
  /** For manager and hr tokens, the person's id in the directory. */
  sub?: string
  iss?: string
  aud?: string | string[]
  exp?: number
}

/** The caller of an API route, as domain code sees it. */
export interface Actor {
  role: ApiRole
  /** The caller's id in the directory (always set for managers). */
  personId?: number
}

// Directory ids are PostgreSQL integers: a larger `sub` names nobody (and must never reach a query).
const MAX_PERSON_ID = 2n ** 31n - 1n

/**
 * The actor a verified token stands for, or a reason it cannot stand for one: an unknown role, a `sub`
 * that is not a directory id, or a manager token without one.
 */
export function actorFromClaims(claims: TokenClaims): Actor | { invalid: string } {
  if (!API_ROLES.includes(claims.role)) return { invalid: 'role' }
  const sub = claims.sub === undefined ? undefined : String(claims.sub)
  if (sub !== undefined && !(/^[1-9]\d{0,9}$/.test(sub) && BigInt(sub) <= MAX_PERSON_ID)) return { invalid: 'sub' }
  const personId = sub === undefined ? undefined : Number(sub)
  if (claims.role === 'manager' && personId === undefined) return { invalid: 'sub' }
  return { role: claims.role, personId }
}
