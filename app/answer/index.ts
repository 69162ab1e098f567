import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { openAiClientFactory } from '../openai/client.ts'
import { extractiveAnswer } from './extractive.ts'
import { createOpenAiAnswerer } from './openai-answerer.ts'
import type { Answerer } from './types.ts'

/** OpenAI (or an OpenAI-compatible server) with OPENAI_API_KEY; otherwise extractive answers. */
export function createAnswerer(config: Config, log: Logger): Answerer {
  return config.OPENAI_API_KEY
    ? createOpenAiAnswerer(config, openAiClientFactory(config), log)
    : createExtractiveAnswerer()
}

export function createExtractiveAnswerer(): Answerer {
  return {
    name: 'local-extractive',
    answer: async (request) => extractiveAnswer(request),
    async check() {
      return { mode: 'local extractive answers (OPENAI_API_KEY not set)' }
    }
  }
}
