import type { Dependency } from '../lib/health.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'

export interface AnswerRequest {
  question: string
  /** The previous exchange, when this message follows up on it. */
  previous?: { question: string; answer: string }
  passages: RetrievedChunk[]
  language: string
  /** Upper bound for the reply, in SMS segments. */
  maxSegments: number
  companyName: string
  /** Contact details of the sender's own directory entry, which an answer may repeat. */
  contacts?: string[]
}

export interface AnswerResult {
  text: string
  /** False when the passages do not answer the question. */
  answered: boolean
  /** Titles of the pages the answer used. */
  sources: string[]
  mode: 'extractive' | 'llm'
  model?: string
  promptTokens?: number
  completionTokens?: number
}

export interface Answerer extends Dependency {
  answer: (request: AnswerRequest, options?: { signal?: AbortSignal }) => Promise<AnswerResult>
  /**
   * A language model: it is given whole sections and decides itself whether they answer (its
   * `answered: false` is the decline); an extractive writer is given only passages that pass the
   * evidence gate.
   */
  decides?: boolean
  /** The message as a search query in `language` (the handbook's), for a message written in another. */
  searchQuery?: (message: string, language: string, options?: { signal?: AbortSignal }) => Promise<string>
}
