import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { createDryRunSender } from './dry-run-sender.ts'
import { createTwilioSender } from './twilio-sender.ts'
import type { SmsSender } from './types.ts'

/** Twilio REST with TWILIO_ACCOUNT_SID; otherwise a dry run that records and logs. */
export function createSmsSender(config: Config, log: Logger): SmsSender {
  return config.TWILIO_ACCOUNT_SID ? createTwilioSender(config) : createDryRunSender(log)
}
