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
}
