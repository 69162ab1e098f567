import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { IngestFile } from '../../knowledge/ingest.ts'
import { deleteDocument, listDocuments, uploadHandbookFiles } from '../../knowledge/library.ts'
import { RequestError } from '../../lib/errors.ts'
import { UPLOAD_LIMIT_BYTES, uploadedFileName } from '../../lib/uploads.ts'
import {
  DocumentParamsSchema,
  DocumentSchema,
  UPLOAD_ERRORS,
  UploadBodySchema,
  UploadReportSchema
} from '../../schemas/documents.ts'
import { ERROR_RESPONSES } from '../../schemas/errors.ts'

const KEEPERS = ['hr', 'ops'] as const

/** /documents: the handbook, uploaded file by file (multipart), listed, and a document removed. */
const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 50, fields: 10 } })
  const deps = () => ({ db: app.db, syncVectors: app.retriever.sync })

  app.post(
    '/',
    {
      preHandler: app.authorize(KEEPERS),
      bodyLimit: UPLOAD_LIMIT_BYTES,
      schema: {
        description:
          'Ingests handbook files as `npm run ingest` does (a file of the same name is replaced; unchanged content is left as it is). multipart/form-data, 4 MiB in all; a format the handbook does not read is refused by name (415) before anything is stored.',
        consumes: ['multipart/form-data'],
        body: UploadBodySchema,
        response: { 200: UploadReportSchema, ...ERROR_RESPONSES, ...UPLOAD_ERRORS }
      }
    },
    async (request) => {
      if (!request.isMultipart()) throw new RequestError(415, 'Upload the files as multipart/form-data')
      const files: IngestFile[] = []
      let total = 0
      for await (const part of request.parts()) {
        if (part.type !== 'file') continue
        const bytes = await part.toBuffer()
        total += bytes.length
        if (total > UPLOAD_LIMIT_BYTES)
          throw new RequestError(413, 'The files are over 4 MiB together: send them in several requests')
        files.push({ source: uploadedFileName(part.filename), bytes })
      }
      return uploadHandbookFiles(deps(), files)
    }
  )

  app.get(
    '/',
    {
      preHandler: app.authorize(KEEPERS),
      schema: { response: { 200: Type.Object({ documents: Type.Array(DocumentSchema) }), ...ERROR_RESPONSES } }
    },
    async () => ({ documents: await listDocuments(app.db) })
  )

  app.delete(
    '/:id',
    {
      preHandler: app.authorize(KEEPERS),
      schema: {
        description: 'Removes a document and its passages: it is no longer searched nor answered from.',
        params: DocumentParamsSchema,
        response: { 204: Type.Null({ description: 'Removed' }), ...ERROR_RESPONSES }
      }
    },
    async (request, reply) => {
      await deleteDocument(deps(), request.params.id)
      return reply.status(204).send(null)
    }
  )
}

export default documentRoutes
