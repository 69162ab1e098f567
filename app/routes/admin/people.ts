import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { searchPeople } from '../../admin/people-search.ts'
import { type PeoplePage, peoplePage } from '../../admin/views/people.ts'
import { setDeactivated } from '../../people/directory.ts'
import { importDirectoryCsv } from '../../people/directory-import.ts'
import { UPLOAD_LIMIT_BYTES } from '../../lib/uploads.ts'
import { readUpload } from './uploads.ts'
import { viewerOf } from './viewer.ts'

const config = { adminRoles: ['hr', 'ops'] as const }
const Id = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) })
const Token = Type.Object({ _csrf: Type.String() })

/** People: the directory with search, the CSV upload (the CLI's report), deactivate and reactivate. */
const peoplePages: FastifyPluginAsyncTypebox = async (app) => {
  async function render(request: FastifyRequest, reply: FastifyReply, extra: Partial<PeoplePage> = {}) {
    const query = extra.query ?? ''
    const found = await searchPeople(app.db, query)
    const page = peoplePage(viewerOf(request), { ...found, query, ...extra })
    return reply.type('text/html; charset=utf-8').send(page)
  }

  app.get(
    '/people',
    {
      config,
      schema: { hide: true, querystring: Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) }) }
    },
    async (request, reply) => render(request, reply, { done: request.query.done })
  )

  app.post(
    '/people/search',
    { config, schema: { hide: true, body: Type.Object({ _csrf: Type.String(), q: Type.String({ maxLength: 100 }) }) } },
    async (request, reply) => render(request, reply, { query: request.body.q.trim() })
  )

  app.post(
    '/people/import',
    { config, bodyLimit: UPLOAD_LIMIT_BYTES, schema: { hide: true } },
    async (request, reply) => {
      const [file] = await readUpload(request)
      const report = await importDirectoryCsv(app.db, file!.bytes.toString('utf8'), app.config.DEFAULT_COUNTRY)
      return render(request, reply, { report })
    }
  )

  for (const action of ['deactivate', 'reactivate'] as const) {
    app.post(
      `/people/:id/${action}`,
      { config, schema: { hide: true, params: Id, body: Token } },
      async (request, reply) => {
        await setDeactivated(app.db, request.params.id, action === 'deactivate', app.now())
        return reply.redirect(`${request.adminBase}/admin/people?done=${action}d`, 303)
      }
    )
  }
}

export default peoplePages
