import type OpenAI from 'openai'
import type { Config } from '../config.ts'

/** The pgvector column (and the Pinecone index) holds vectors of this size. */
export const EMBEDDING_DIMENSIONS = 1536
const BATCH = 96

export interface Embedder {
  model: string
  embed: (texts: string[], signal?: AbortSignal) => Promise<number[][]>
}

export function createOpenAiEmbedder(
  config: Pick<Config, 'OPENAI_EMBEDDING_MODEL'>,
  client: () => Promise<OpenAI>
): Embedder {
  const model = config.OPENAI_EMBEDDING_MODEL
  // text-embedding-3 models can shorten their vectors to the size of our column.
  const dimensions = model.startsWith('text-embedding-3') ? EMBEDDING_DIMENSIONS : undefined
  return {
    model,
    async embed(texts, signal) {
      const openai = await client()
      const vectors: number[][] = []
      for (let i = 0; i < texts.length; i += BATCH) {
        const response = await openai.embeddings.create(
          { model, input: texts.slice(i, i + BATCH), ...(dimensions ? { dimensions } : {}) },
          { signal }
        )
        const ordered = [...response.data]
          .sort((a, b) => a.index - b.index)
          .map((d) => Array.from(d.embedding as ArrayLike<number>))
        if (
          ordered.length !== Math.min(BATCH, texts.length - i) ||
          ordered.some((v) => v.length !== EMBEDDING_DIMENSIONS)
        ) {
          throw new Error(
            `embedding model ${model} returned ${ordered[0]?.length ?? 0}-dimensional vectors; ${EMBEDDING_DIMENSIONS} are needed`
          )
        }
        vectors.push(...ordered)
      }
      return vectors
    }
  }
}

/** The text a chunk is embedded as: where it sits, then what it says. */
export function embeddingText(chunk: { title: string; heading: string; content: string }): string {
  return [chunk.title, chunk.heading, chunk.content].filter(Boolean).join('\n')
}
