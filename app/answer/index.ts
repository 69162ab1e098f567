import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { openAiClientFactory } from '../providers/openai-client.ts'
import { extractiveAnswer } from './extractive.ts'
import { createOpenAiLlm } from './openai-llm.ts'
import type { Llm } from './types.ts'

/** OpenAI (or an OpenAI-compatible server) with OPENAI_API_KEY; otherwise extractive answers. */
export function createLlm(config: Config, log: Logger): Llm {
  return config.OPENAI_API_KEY ? createOpenAiLlm(config, openAiClientFactory(config), log) : createExtractiveLlm()
}

export function createExtractiveLlm(): Llm {
  return {
    name: 'local-extractive',
    answer: async (request) => extractiveAnswer(request),
    async check() {
      return { mode: 'local extractive answers (OPENAI_API_KEY not set)' }
    }
  }
}
