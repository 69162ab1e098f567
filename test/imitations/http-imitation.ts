// A small HTTP server on a free loopback port that stands in for a provider's API in tests. Each
// request takes the next scripted behaviour (default: answer normally) so tests can make the provider
// rate-limit, fail, send garbage or hang, and every request is recorded for assertions.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

// 'accept-hang' and 'accept-500': the provider acts on the request, then never answers or answers 500 (Twilio).
export type Behaviour = 'ok' | 'garbage' | 'hang' | 'accept-hang' | 'accept-500' | 429 | 500 | 503 | number

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
  json?: unknown
}

export interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export type Route = (request: RecordedRequest, behaviour: Behaviour) => Reply | Promise<Reply>

export interface Imitation {
  url: string
  requests: RecordedRequest[]
  /** Behaviours for the next requests, in order; afterwards requests answer normally. */
  script: (...behaviours: Behaviour[]) => void
  /** The same, only for requests whose path starts with `path`. */
  scriptPath: (path: string, ...behaviours: Behaviour[]) => void
  close: () => Promise<void>
}

export async function startImitation(route: Route): Promise<Imitation> {
  const queue: Behaviour[] = []
  const pathQueues = new Map<string, Behaviour[]>()
  const requests: RecordedRequest[] = []
  const hanging = new Set<ServerResponse>()
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body }
    try {
      recorded.json = body ? JSON.parse(body) : undefined
    } catch {}
    requests.push(recorded)
    const forPath = [...pathQueues.entries()].find(([path, q]) => recorded.path.startsWith(path) && q.length > 0)?.[1]
    const behaviour = (forPath ?? queue).shift() ?? 'ok'
    if (behaviour === 'hang') {
      hanging.add(res)
      return
    }
    try {
      const reply = await route(recorded, behaviour)
      const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
      res.writeHead(reply.status, {
        'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json',
        ...reply.headers
      })
      res.end(payload)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...behaviours) => {
      queue.push(...behaviours)
    },
    scriptPath: (path, ...behaviours) => {
      if (!pathQueues.has(path)) pathQueues.set(path, [])
      pathQueues.get(path)!.push(...behaviours)
    },
    close: async () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

/** Deterministic bag-of-words vectors: texts that share words are close, as real embeddings are for paraphrases. */
export function wordVector(text: string, dimensions = 1536): number[] {
  const vector = new Array<number>(dimensions).fill(0)
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (word.length < 3) continue
    const stem = word.slice(0, 5)
    let hash = 0
    for (let i = 0; i < stem.length; i++) hash = (hash * 31 + stem.charCodeAt(i)) >>> 0
    vector[hash % dimensions]! += 1
  }
  const norm = Math.hypot(...vector) || 1
  return vector.map((v) => v / norm)
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!
  return dot / ((Math.hypot(...a) || 1) * (Math.hypot(...b) || 1))
}
