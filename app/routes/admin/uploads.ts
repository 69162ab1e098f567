// Files posted from an admin form (multipart/form-data). The form's CSRF token must come before any
// file, so nothing is read from a forged post; the total is capped as on the data API.
import type { FastifyRequest } from 'fastify'
import { sameToken } from '../../admin/sessions.ts'
import { badRequest, forbidden, RequestError } from '../../lib/errors.ts'
import { UPLOAD_LIMIT_BYTES, uploadedFileName } from '../../lib/uploads.ts'

export interface UploadedFile {
  source: string
  bytes: Buffer
}

export async function readUpload(request: FastifyRequest): Promise<UploadedFile[]> {
  if (!request.isMultipart()) throw new RequestError(415, 'Choose a file to upload')
  const session = request.adminSession!
  let checked = false
  let total = 0
  const files: UploadedFile[] = []
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === '_csrf') checked = sameToken(session.csrfToken, part.value)
      continue
    }
    if (!checked) throw forbidden('The form has expired: open the page again')
    const bytes = await part.toBuffer()
    total += bytes.length
    if (total > UPLOAD_LIMIT_BYTES)
      throw new RequestError(413, 'The files are over 4 MiB together: upload fewer at once')
    if (bytes.length === 0 && !part.filename) continue
    files.push({ source: uploadedFileName(part.filename), bytes })
  }
  if (!checked) throw forbidden('The form has expired: open the page again')
  if (files.length === 0) throw badRequest('Choose a file to upload')
  return files
}
