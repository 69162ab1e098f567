import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { extractiveAnswer } from './extractive.ts'
import type { Llm } from './types.ts'

export function createLlm (_config: Config, _log: Logger): Llm {
  return createExtractiveLlm()
}

export function createExtractiveLlm (): Llm {
  return {
    name: 'local-extractive',
    answer: async (request) => extractiveAnswer(request),
    async check () {
      return { mode: 'local extractive answers (OPENAI_API_KEY not set)' }
    }
  }
}
