// What every upload route (the API's /documents and the admin page's) holds a file to.
import { basename } from 'node:path'
import { badRequest } from './errors.ts'

// The largest upload the API takes (a handbook file or a directory CSV, all files of a request
// together): 4 MiB. API Gateway hands the Lambda the body base64-encoded inside a JSON event, and a
// synchronous invocation takes at most 6 MB: 4 MiB becomes 5.6 MB, with room for the headers.
export const UPLOAD_LIMIT_BYTES = 4 * 1024 * 1024

/** The name a file is stored under: its own name, without any folder a client sent with it. */
export function uploadedFileName(given: string | undefined): string {
  const name = basename((given ?? '').replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
  if (!name || name === '.' || name === '..') throw badRequest('Every file needs a file name')
  return name
}
