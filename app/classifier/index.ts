import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { createLocalClassifier } from './local-classifier.ts'
import type { Classifier } from './types.ts'

export function createClassifier (_config: Config, log: Logger): Classifier {
  return createLocalClassifier(log)
}
