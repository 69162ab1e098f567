import { randomBytes } from 'node:crypto'
import { maskPhone } from '../lib/redact.ts'
import type { Logger } from '../lib/logger.ts'
import type { OutboundSms, SendResult, SmsSender } from './types.ts'

/**
 * Sends nothing: without Twilio credentials outbound messages are only recorded (status `dry_run`)
 * and logged, so the whole escalation loop can be followed on a laptop.
 */
export function createDryRunSender(log: Logger): SmsSender {
  return {
    name: 'dry-run',
    async send(message: OutboundSms): Promise<SendResult> {
      const sid = `DR${randomBytes(16).toString('hex')}`
      log.info(
        { sid, to: maskPhone(message.to), from: maskPhone(message.from), chars: message.body.length },
        'dry-run SMS (not sent)'
      )
      return { sid, status: 'dry_run' }
    },
    // Nothing went anywhere: a dry run that may not have been recorded is simply recorded again.
    async find() {
      return []
    },
    async check() {
      return { mode: 'dry-run (TWILIO_ACCOUNT_SID not set: messages are recorded, not sent)' }
    }
  }
}
