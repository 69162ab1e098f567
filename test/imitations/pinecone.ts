// Pinecone's data plane as the SDK v8 uses it: Api-Key header, POST /vectors/upsert, /query,
// /vectors/delete, /describe_index_stats; "__default__" is the default namespace on the wire.
import {
  type Behaviour,
  cosine,
  type Imitation,
  type RecordedRequest,
  type Reply,
  startImitation
} from './http-imitation.ts'

export const PINECONE_KEY = 'pc-test-imitation'

interface Vector {
  id: string
  values: number[]
  metadata?: Record<string, unknown>
}

export interface PineconeImitation extends Imitation {
  namespaces: Map<string, Map<string, Vector>>
  vectors: (namespace?: string) => Vector[]
}

export async function startPinecone(): Promise<PineconeImitation> {
  const namespaces = new Map<string, Map<string, Vector>>()
  const space = (name: unknown) => {
    const key = name === '__default__' || name === undefined ? '' : String(name)
    if (!namespaces.has(key)) namespaces.set(key, new Map())
    return namespaces.get(key)!
  }
  const imitation = await startImitation((req, behaviour) => route(req, behaviour, space, namespaces))
  return { ...imitation, namespaces, vectors: (namespace = '') => [...(namespaces.get(namespace)?.values() ?? [])] }
}

function route(
  req: RecordedRequest,
  behaviour: Behaviour,
  space: (n: unknown) => Map<string, Vector>,
  namespaces: Map<string, Map<string, Vector>>
): Reply {
  if (req.headers['api-key'] !== PINECONE_KEY) return { status: 401, body: 'Unauthorized' }
  if (typeof behaviour === 'number')
    return {
      status: behaviour,
      body: {
        code: behaviour === 429 ? 8 : 13,
        message: behaviour === 429 ? 'Too many requests' : 'Internal error',
        details: []
      }
    }
  if (behaviour === 'garbage') return { status: 200, body: '<html>oops</html>' }
  const body = (req.json ?? {}) as Record<string, unknown>
  switch (req.path) {
    case '/vectors/upsert': {
      const target = space(body.namespace)
      for (const v of body.vectors as Vector[]) target.set(v.id, v)
      return { status: 200, body: { upsertedCount: (body.vectors as Vector[]).length } }
    }
    case '/query': {
      const vector = body.vector as number[]
      const matches = [...space(body.namespace).values()]
        .filter((v) => !body.filter || matchesFilter(v.metadata ?? {}, body.filter as Record<string, unknown>))
        .map((v) => ({
          id: v.id,
          score: cosine(vector, v.values),
          ...(body.includeMetadata ? { metadata: v.metadata } : {})
        }))
        .sort((a, b) => b.score - a.score)
        .slice(0, Number(body.topK))
      return { status: 200, body: { matches, namespace: body.namespace, usage: { readUnits: 5 } } }
    }
    case '/vectors/delete': {
      const target = space(body.namespace)
      if (body.deleteAll) target.clear()
      for (const id of (body.ids as string[] | undefined) ?? []) target.delete(id)
      return { status: 200, body: {} }
    }
    case '/describe_index_stats': {
      const all = [...namespaces.entries()]
      return {
        status: 200,
        body: {
          namespaces: Object.fromEntries(all.map(([name, vectors]) => [name, { vectorCount: vectors.size }])),
          dimension: 1536,
          indexFullness: 0,
          totalVectorCount: all.reduce((n, [, v]) => n + v.size, 0),
          metric: 'cosine',
          vectorType: 'dense'
        }
      }
    }
    default:
      return { status: 404, body: { code: 5, message: 'Not found', details: [] } }
  }
}

/** The subset of Pinecone's metadata filter language we use: $or, $eq, $in (array fields match any element). */
function matchesFilter(metadata: Record<string, unknown>, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$or') return (condition as Array<Record<string, unknown>>).some((f) => matchesFilter(metadata, f))
    if (key === '$and') return (condition as Array<Record<string, unknown>>).every((f) => matchesFilter(metadata, f))
    const value = metadata[key]
    const values = Array.isArray(value) ? value : [value]
    const c = condition as Record<string, unknown>
    if ('$eq' in c) return values.includes(c.$eq)
    if ('$in' in c) return (c.$in as unknown[]).some((x) => values.includes(x))
    return values.includes(condition)
  })
}
