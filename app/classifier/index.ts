import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { createLocalClassifier } from './local-classifier.ts'
import { createSageMakerClassifier } from './sagemaker-classifier.ts'
import type { Classifier } from './types.ts'

/** CLASSIFIER=sagemaker uses the endpoint (the local model answers when it fails); otherwise the local model. */
export function createClassifier(config: Config, log: Logger): Classifier {
  return config.CLASSIFIER === 'sagemaker' ? createSageMakerClassifier(config) : createLocalClassifier(log)
}
