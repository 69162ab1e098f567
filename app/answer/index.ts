import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import type { Llm } from './types.ts'

// Filled in by the message-flow issue (extractive answers) and the cloud-providers issue (OpenAI).
export function createLlm (_config: Config, _log: Logger): Llm {
  return {
    name: 'local-extractive',
    async answer () {
      return { text: '', answered: false, sources: [], mode: 'extractive' }
    },
    async check () {
      return { mode: 'local extractive answers (OPENAI_API_KEY not set)' }
    }
  }
}
