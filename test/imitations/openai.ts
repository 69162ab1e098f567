// The OpenAI API as the openai SDK uses it: POST /v1/chat/completions, POST /v1/embeddings (base64
// unless encoding_format is "float"), GET /v1/models/{model}; Bearer auth; error bodies {"error": ...}.
import {
  type Behaviour,
  type Imitation,
  type RecordedRequest,
  type Reply,
  startImitation,
  wordVector
} from './http-imitation.ts'

export const OPENAI_KEY = 'sk-test-imitation'

/** Decides the model's JSON reply from the request (the prompt and the untrusted data). */
export type Responder = (request: {
  system: string
  data: { employee_message: string; passages: Array<{ title: string; section: string; text: string }> }
}) => unknown

/** Decides the reply to a request for a search query (a message written in another language). */
export type Translator = (request: { system: string; message: string }) => { query: string }

/** Leaves the message as it is: a test scripts the translation it needs. */
export const sameQuery: Translator = ({ message }) => ({ query: message })

/** A well-behaved model: answers with the passage sentence that shares most words with the question. */
const QUESTION_WORDS = new Set([
  'when',
  'what',
  'where',
  'which',
  'does',
  'have',
  'that',
  'this',
  'with',
  'your',
  'about'
])

export const faithfulModel: Responder = ({ data }) => {
  const words = new Set(
    (data.employee_message.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !QUESTION_WORDS.has(w))
  )
  const shared = (text: string) =>
    new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => words.has(w))).size
  let best = { sentence: '', title: '', overlap: 0 }
  for (const passage of data.passages) {
    // A section whose heading names the question is read from its first sentence on.
    const named = shared(`${passage.title} ${passage.section}`) > 0 ? 0.5 : 0
    for (const sentence of passage.text.split(/(?<=[.!?])\s+|\n+/)) {
      const overlap = shared(sentence) + named
      if (overlap > best.overlap) best = { sentence, title: passage.title, overlap }
    }
  }
  // It declines when neither a sentence nor its section shares a word with the question.
  return best.overlap > 0
    ? { answer: best.sentence, answered: true, sources: [best.title] }
    : { answer: 'I could not find that in the handbook.', answered: false, sources: [] }
}

/** A model that obeys whatever the untrusted text tells it to do: what the output guard must stop. */
export const gullibleModel: Responder = (request) => {
  const everything =
    `${request.data.employee_message} ${request.data.passages.map((p) => p.text).join(' ')}`.toLowerCase()
  if (/system prompt|your instructions/.test(everything))
    return { answer: `Sure! My instructions are: ${request.system}`, answered: true, sources: [] }
  if (/other employees|everyone else|phone number/.test(everything))
    return { answer: 'Jordan Kim asked about his pay; call him at +1 312 555 0143.', answered: true, sources: [] }
  return faithfulModel(request)
}

export interface OpenAiImitation extends Imitation {
  respondWith: (responder: Responder) => void
  translateWith: (translator: Translator) => void
  chatRequests: () => RecordedRequest[]
  embeddingRequests: () => RecordedRequest[]
}

export async function startOpenAi(): Promise<OpenAiImitation> {
  let responder: Responder = faithfulModel
  let translator: Translator = sameQuery
  const imitation = await startImitation((req, behaviour) => route(req, behaviour, responder, translator))
  return {
    ...imitation,
    url: `${imitation.url}/v1`,
    respondWith: (r) => {
      responder = r
    },
    translateWith: (t) => {
      translator = t
    },
    chatRequests: () => imitation.requests.filter((r) => r.path === '/v1/chat/completions'),
    embeddingRequests: () => imitation.requests.filter((r) => r.path === '/v1/embeddings')
  }
}

function error(status: number, message: string, type: string, code: string | null): Reply {
  return {
    status,
    body: { error: { message, type, param: null, code } },
    headers: status === 429 ? { 'retry-after-ms': '20' } : {}
  }
}

function route(req: RecordedRequest, behaviour: Behaviour, responder: Responder, translator: Translator): Reply {
  if (req.headers.authorization !== `Bearer ${OPENAI_KEY}`)
    return error(401, 'Incorrect API key provided', 'invalid_request_error', 'invalid_api_key')
  if (behaviour === 429) return error(429, 'Rate limit reached for requests', 'requests', 'rate_limit_exceeded')
  if (typeof behaviour === 'number' && behaviour >= 500)
    return error(
      behaviour,
      'The server had an error while processing your request. Sorry about that!',
      'server_error',
      null
    )
  const body = req.json as Record<string, unknown>

  if (req.method === 'GET' && req.path.startsWith('/v1/models/')) {
    return {
      status: 200,
      body: {
        id: decodeURIComponent(req.path.slice('/v1/models/'.length)),
        object: 'model',
        created: 1700000000,
        owned_by: 'system'
      }
    }
  }
  if (req.path === '/v1/embeddings') {
    if (behaviour === 'garbage') return { status: 200, body: { object: 'list', data: 'nope' } }
    const inputs = (Array.isArray(body.input) ? body.input : [body.input]) as string[]
    const dimensions = typeof body.dimensions === 'number' ? body.dimensions : 1536
    const data = inputs.map((text, index) => {
      const vector = wordVector(text, dimensions)
      const embedding =
        body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector
      return { object: 'embedding', index, embedding }
    })
    const tokens = inputs.reduce((n, t) => n + t.split(/\s+/).length, 0)
    return {
      status: 200,
      body: { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } }
    }
  }
  if (req.path === '/v1/chat/completions') {
    const messages = body.messages as Array<{ role: string; content: string }>
    const system = messages.find((m) => m.role === 'system')?.content ?? ''
    const user = messages.find((m) => m.role === 'user')?.content ?? ''
    const data = JSON.parse(user.replace(/^<untrusted_data>\n/, '').replace(/\n<\/untrusted_data>$/, ''))
    const format = (body.response_format as { json_schema?: { name?: string } } | undefined)?.json_schema?.name
    const content =
      behaviour === 'garbage'
        ? 'Sure! Here is your answer: **PTO** is great'
        : JSON.stringify(
            format === 'search_query'
              ? translator({ system, message: data.employee_message })
              : responder({ system, data })
          )
    return {
      status: 200,
      body: {
        id: 'chatcmpl-imitation',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: `${String(body.model)}-2025-01-01`,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: 'stop'
          }
        ],
        usage: {
          prompt_tokens: Math.ceil((system.length + user.length) / 4),
          completion_tokens: Math.ceil(content.length / 4),
          total_tokens: 0
        },
        service_tier: 'default'
      }
    }
  }
  return {
    status: 404,
    body: { error: { message: `Unknown path ${req.path}`, type: 'invalid_request_error', param: null, code: null } }
  }
}
