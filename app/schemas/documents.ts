import { Type } from '@sinclair/typebox'
import { ErrorResponseSchema } from './errors.ts'

export const DocumentSchema = Type.Object({
  id: Type.Integer(),
  source: Type.String({ description: 'The file name it was uploaded (or ingested) as' }),
  title: Type.String(),
  locations: Type.Array(Type.String(), { description: 'Empty: every location' }),
  chunks: Type.Integer({ description: 'Passages it was split into' }),
  faq: Type.Boolean({ description: 'An approved FAQ (managed through /faq), not a file' }),
  updatedAt: Type.String({ format: 'date-time' })
})

export const DocumentParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1 }) })

/** The multipart body, for the API document; the files are read from the stream, not validated here. */
export const UploadBodySchema = Type.Object({
  files: Type.Optional(
    Type.Array(Type.String({ format: 'binary' }), {
      description: 'One or more handbook files (and optionally synonyms.txt), 4 MiB in all'
    })
  )
})

export const UploadReportSchema = Type.Object({
  files: Type.Integer(),
  added: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer({ description: 'Same content as stored: left as it is' }),
  removed: Type.Integer(),
  chunks: Type.Integer(),
  skipped: Type.Array(Type.Object({ source: Type.String(), reason: Type.String() }), {
    description: 'Readable files with nothing to answer from'
  }),
  failed: Type.Array(Type.Object({ source: Type.String(), error: Type.String() }), {
    description: 'Files that could not be read; what was stored for them before is kept'
  }),
  synonyms: Type.Optional(
    Type.Object({
      terms: Type.Integer(),
      errors: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() }))
    })
  ),
  vectors: Type.Optional(
    Type.Union([
      Type.Object({ embedded: Type.Integer(), deleted: Type.Integer() }),
      Type.Object({ unavailable: Type.String() })
    ])
  )
})

export const UPLOAD_ERRORS = { 413: ErrorResponseSchema, 415: ErrorResponseSchema }
