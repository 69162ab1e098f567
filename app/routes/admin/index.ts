import cookie from '@fastify/cookie'
import multipart from '@fastify/multipart'
import type { FastifyPluginAsync } from 'fastify'
import { STYLESHEET } from '../../admin/views/layout.ts'
import { UPLOAD_LIMIT_BYTES } from '../../lib/uploads.ts'
import escalationPages from './escalations.ts'
import { adminGuard, securityHeaders } from './guard.ts'
import handbookPages from './handbook.ts'
import healthPages from './health.ts'
import knowledgePages from './knowledge.ts'
import peoplePages from './people.ts'
import signInPages from './sign-in.ts'

/**
 * /admin: server-rendered pages for HR, managers and ops, signed in with a code by SMS. Every page
 * calls the same domain functions as the JWT API, with the signed-in person as the actor.
 */
const adminRoutes: FastifyPluginAsync = async (app) => {
  await app.register(cookie)
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 20, fields: 10 } })
  app.decorateRequest('adminSession', null)
  app.decorateRequest('adminBase', '')
  app.addHook('onRequest', securityHeaders)
  app.addHook('preHandler', adminGuard(app))

  app.get('/style.css', { schema: { hide: true }, config: { adminPublic: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET)
  )
  await app.register(signInPages)
  await app.register(escalationPages)
  await app.register(knowledgePages)
  await app.register(handbookPages)
  await app.register(peoplePages)
  await app.register(healthPages)
}

export default adminRoutes
