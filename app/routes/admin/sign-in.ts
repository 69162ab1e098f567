import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requestCode, verifyCode } from '../../admin/sign-in.ts'
import { revokeSession } from '../../admin/sessions.ts'
import { codePage, phonePage } from '../../admin/views/sign-in.ts'
import { cookieNames, cookieOptions, signInToken } from './guard.ts'

const PUBLIC = { adminPublic: true }
const Csrf = Type.String({ maxLength: 100 })
const Phone = Type.String({ maxLength: 40 })

/** Sign-in by a code texted from the manager number, and sign-out. */
const signInPages: FastifyPluginAsyncTypebox = async (app) => {
  const names = cookieNames(app)

  app.get('/', { schema: { hide: true }, config: PUBLIC }, async (request, reply) =>
    reply.redirect(`${request.adminBase}/admin/${request.adminSession ? 'escalations' : 'sign-in'}`, 303)
  )

  app.get('/sign-in', { schema: { hide: true }, config: PUBLIC }, async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(phonePage(request.adminBase, signInToken(app, request, reply)))
  )

  app.post(
    '/sign-in',
    { schema: { hide: true, body: Type.Object({ _csrf: Csrf, phone: Phone }) }, config: PUBLIC },
    async (request, reply) => {
      await requestCode(app.services(request.log), { phone: request.body.phone, client: request.ip })
      return reply
        .type('text/html; charset=utf-8')
        .send(codePage(request.adminBase, request.body._csrf, request.body.phone))
    }
  )

  app.post(
    '/sign-in/code',
    {
      schema: {
        hide: true,
        body: Type.Object({ _csrf: Csrf, phone: Phone, code: Type.String({ maxLength: 12 }) })
      },
      config: PUBLIC
    },
    async (request, reply) => {
      const { phone, code, _csrf } = request.body
      const session = await verifyCode(app.services(request.log), { phone, code, client: request.ip })
      if (!session) {
        const error = 'That code is wrong or has expired, or too many wrong codes locked this number for a while.'
        return reply
          .status(401)
          .type('text/html; charset=utf-8')
          .send(codePage(request.adminBase, _csrf, phone, error))
      }
      reply.setCookie(names.session, session.id, cookieOptions(app, app.config.ADMIN_SESSION_MINUTES * 60))
      return reply.redirect(`${request.adminBase}/admin/escalations`, 303)
    }
  )

  app.post('/sign-out', { schema: { hide: true } }, async (request, reply) => {
    if (request.adminSession) await revokeSession(app.db, request.adminSession.idHash, app.now())
    reply.clearCookie(names.session, { path: '/' })
    return reply.redirect(`${request.adminBase}/admin/sign-in`, 303)
  })
}

export default signInPages
