import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { createDryRunSender } from './dry-run-sender.ts'
import type { SmsSender } from './types.ts'

export function createSmsSender (_config: Config, log: Logger): SmsSender {
  return createDryRunSender(log)
}
