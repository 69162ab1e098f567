import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { knownLocations } from '../../admin/gaps.ts'
import { handbookDocuments, saveSynonyms, synonymsText } from '../../admin/handbook.ts'
import { tryQuestion } from '../../admin/try-question.ts'
import { type HandbookPage, handbookPage } from '../../admin/views/handbook.ts'
import { deleteDocument, uploadHandbookFiles } from '../../knowledge/library.ts'
import { UPLOAD_LIMIT_BYTES } from '../../lib/uploads.ts'
import { readUpload } from './uploads.ts'
import { viewerOf } from './viewer.ts'

const KEEPERS = ['hr', 'ops'] as const
const config = { adminRoles: KEEPERS }
const Id = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) })
const FORMATS = 'Markdown, text, HTML, PDF, Word .docx, and synonyms.txt'

/** The handbook: documents, upload, remove, synonyms, and "Try a question". */
const handbookPages: FastifyPluginAsyncTypebox = async (app) => {
  const deps = () => ({ db: app.db, syncVectors: app.retriever.sync })

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<HandbookPage> = {},
    status = 200
  ): Promise<FastifyReply> {
    const [documents, synonyms, locations] = await Promise.all([
      handbookDocuments(app.db),
      synonymsText(app.db),
      knownLocations(app.db)
    ])
    const page = handbookPage(viewerOf(request), {
      documents,
      synonyms,
      locations,
      formats: FORMATS,
      now: app.now(),
      ...extra
    })
    return reply.status(status).type('text/html; charset=utf-8').send(page)
  }

  app.get(
    '/handbook',
    {
      config,
      schema: { hide: true, querystring: Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) }) }
    },
    async (request, reply) => render(request, reply, { done: request.query.done })
  )

  app.post(
    '/handbook/try',
    {
      config,
      schema: {
        hide: true,
        body: Type.Object({
          _csrf: Type.String(),
          question: Type.String({ maxLength: 1600 }),
          location: Type.Optional(Type.String({ maxLength: 200 }))
        })
      }
    },
    async (request, reply) => {
      const { question, location = '' } = request.body
      const result = await tryQuestion(app.services(request.log), request.adminSession!.person, { question, location })
      return render(request, reply, { tried: { question, location, result } })
    }
  )

  app.post(
    '/handbook/upload',
    { config, bodyLimit: UPLOAD_LIMIT_BYTES, schema: { hide: true } },
    async (request, reply) => {
      const uploaded = await uploadHandbookFiles(deps(), await readUpload(request))
      return render(request, reply, { uploaded })
    }
  )

  app.post(
    '/handbook/:id/remove',
    { config, schema: { hide: true, params: Id, body: Type.Object({ _csrf: Type.String() }) } },
    async (request, reply) => {
      await deleteDocument(deps(), request.params.id)
      return reply.redirect(`${request.adminBase}/admin/handbook?done=removed`, 303)
    }
  )

  app.post(
    '/handbook/synonyms',
    {
      config,
      bodyLimit: 256 * 1024,
      schema: { hide: true, body: Type.Object({ _csrf: Type.String(), synonyms: Type.String({ maxLength: 100000 }) }) }
    },
    async (request, reply) => {
      const parsed = await saveSynonyms(app.db, request.body.synonyms)
      if (parsed.errors.length > 0)
        return render(request, reply, { synonymErrors: parsed.errors, synonyms: request.body.synonyms }, 400)
      return reply.redirect(`${request.adminBase}/admin/handbook?done=synonyms`, 303)
    }
  )
}

export default handbookPages
