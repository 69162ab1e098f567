import fastifyJwt from '@fastify/jwt'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

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

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims
    user: TokenClaims
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler for the JWT API: a valid token (401 otherwise) with one of these roles (403 otherwise). */
    authorize: (roles: readonly ApiRole[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  }
}

/**
 * JWTs for the API: HS256 with JWT_SECRET (at least 32 bytes) or RS256 with JWT_PUBLIC_KEY, and
 * `exp`, `iss` and `aud` required. fast-jwt would otherwise accept any algorithm and skip absent claims.
 */
export default fp(
  async (app) => {
    const { JWT_SECRET, JWT_PUBLIC_KEY, JWT_ISSUER, JWT_AUDIENCE } = app.config
    const algorithm = JWT_PUBLIC_KEY ? 'RS256' : 'HS256'
    await app.register(fastifyJwt, {
      secret: JWT_PUBLIC_KEY ? { public: JWT_PUBLIC_KEY } : JWT_SECRET!,
      sign: { algorithm, iss: JWT_ISSUER, aud: JWT_AUDIENCE, expiresIn: '1h' },
      verify: {
        algorithms: [algorithm],
        allowedIss: JWT_ISSUER,
        allowedAud: JWT_AUDIENCE,
        requiredClaims: ['exp', 'iss', 'aud']
      }
    })

    app.decorate('authorize', (roles: readonly ApiRole[]) => async (request: FastifyRequest, reply: FastifyReply) => {
      try {
        await request.jwtVerify()
      } catch (error) {
        request.log.info({ reason: (error as { code?: string }).code }, 'rejected an API token')
        return reply.status(401).send({ error: 'Unauthorized', message: 'A valid bearer token is required' })
      }
      if (!roles.includes(request.user.role)) {
        return reply
          .status(403)
          .send({ error: 'Forbidden', message: `This needs one of the roles: ${roles.join(', ')}` })
      }
    })
  },
  { name: 'auth', dependencies: ['config'] }
)
