import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { ADMIN_BASE_HEADER, basePathOf } from '../../lib/public-url.ts'
import { UPLOAD_LIMIT_BYTES } from '../../lib/uploads.ts'

// Headers of the admin app's response that belong to its own connection, not to this one.
const OWN_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

/**
 * /admin and everything under it, handed as they came to the admin page's own app (admin-app.ts),
 * built on the first request. Bodies are passed on as sent, up to the upload limit.
 */
const forwardToAdmin: FastifyPluginAsync<{ build: () => Promise<FastifyInstance> }> = async (app, { build }) => {
  let admin: Promise<FastifyInstance> | undefined
  app.addHook('onClose', async () => {
    await (await admin?.catch(() => undefined))?.close()
  })
  // Files come as they are; forms are parsed by the app's own form parser and written out again below
  // (replacing the app's parsers here cost every cold start about 5% more CPU: docs/benchmarks.md).
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES + 64 * 1024 }, (_r, body, done) =>
    done(null, body)
  )

  async function forward(request: FastifyRequest, reply: FastifyReply) {
    admin ??= build().catch((error) => {
      admin = undefined
      throw error
    })
    const target = await admin
    // The body goes as one buffer: its length is counted again, never taken from how it came.
    const { 'content-length': _length, 'transfer-encoding': _chunked, ...headers } = request.headers
    const response = await target.inject({
      method: request.method as 'GET' | 'POST',
      url: request.url,
      // Its own path prefix (an API Gateway stage) and request id: set here, never taken from the client.
      headers: {
        ...headers,
        'x-request-id': request.id,
        [ADMIN_BASE_HEADER]: basePathOf(app.publicUrl.of(request))
      },
      payload: payloadOf(request.body),
      remoteAddress: request.ip
    })
    for (const [name, value] of Object.entries(response.headers))
      if (value !== undefined && !OWN_HEADERS.has(name)) reply.header(name, value)
    return reply.status(response.statusCode).send(response.rawPayload)
  }

  const config = { schema: { hide: true }, bodyLimit: UPLOAD_LIMIT_BYTES + 64 * 1024 }
  app.route({ method: ['GET', 'POST'], url: '/', handler: forward, ...config })
  app.route({ method: ['GET', 'POST'], url: '/*', handler: forward, ...config })
}

/** The body as bytes again: raw bytes as they came, a parsed form encoded as it was sent. */
function payloadOf(body: unknown): Buffer | string | undefined {
  if (body === undefined || body === null || Buffer.isBuffer(body)) return body ?? undefined
  if (typeof body === 'string') return body
  const form = new URLSearchParams()
  for (const [name, value] of Object.entries(body as Record<string, string | string[]>))
    for (const one of [value].flat()) form.append(name, String(one))
  return form.toString()
}

export default forwardToAdmin
