import fastifyJwt from '@fastify/jwt'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { type Actor, type ApiRole, actorFromClaims, type TokenClaims } from '../auth/roles.ts'
import { forbidden, unauthorized } from '../lib/errors.ts'

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims
    user: TokenClaims
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler for the JWT API: a valid token (401 otherwise) with one of these roles (403 otherwise). */
    authorize: (roles: readonly ApiRole[]) => (request: FastifyRequest) => Promise<void>
  }
  interface FastifyRequest {
    /** Who is calling, set by `authorize`. */
    actor: Actor
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
    app.decorateRequest('actor', null as unknown as Actor)

    app.decorate('authorize', (roles: readonly ApiRole[]) =>
      // The roles travel with the hook, so the API documentation can say who may call each route.
      Object.assign(authorizeFor(roles), { apiRoles: roles })
    )

    function authorizeFor(roles: readonly ApiRole[]) {
      return async (request: FastifyRequest) => {
        try {
          await request.jwtVerify()
        } catch (error) {
          request.log.info({ reason: (error as { code?: string }).code }, 'rejected an API token')
          throw unauthorized('A valid bearer token is required')
        }
        const actor = actorFromClaims(request.user)
        if ('invalid' in actor && actor.invalid !== 'role') {
          request.log.info({ reason: `bad ${actor.invalid} claim` }, 'rejected an API token')
          throw unauthorized('A valid bearer token is required')
        }
        if ('invalid' in actor || !roles.includes(actor.role)) {
          throw forbidden(`This needs one of the roles: ${roles.join(', ')}`)
        }
        request.actor = actor
      }
    }
  },
  { name: 'auth', dependencies: ['config'] }
)
