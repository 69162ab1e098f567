import { createSigner } from 'fast-jwt'
import type { Config } from '../config.ts'
import type { ApiRole } from './roles.ts'

export interface TokenRequest {
  role: ApiRole
  /** The person's directory id, for manager and hr tokens. */
  sub?: string
  /** Lifetime in seconds. */
  ttlSeconds?: number
}

/** An HS256 API token with the issuer, audience and expiry the API requires. */
export function signApiToken(
  config: Pick<Config, 'JWT_SECRET' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>,
  { role, sub, ttlSeconds = 3600 }: TokenRequest
): string {
  if (!config.JWT_SECRET)
    throw new Error('JWT_SECRET is not set: with JWT_PUBLIC_KEY (RS256), tokens come from your identity provider')
  const sign = createSigner({
    key: config.JWT_SECRET,
    algorithm: 'HS256',
    iss: config.JWT_ISSUER,
    aud: config.JWT_AUDIENCE,
    expiresIn: ttlSeconds * 1000,
    ...(sub ? { sub } : {})
  })
  return sign({ role })
}
