// Errors are logged without what they quote: query parameters, phone numbers, account digits, e-mail.
import { DrizzleQueryError } from 'drizzle-orm/errors'
import pino from 'pino'
import t from 'tap'
import twilio from 'twilio'
import { loggerOptions, serializeError } from '../app/lib/logger.ts'

t.test("a failed query's parameters never reach the log, nor does its cause's text", async (t) => {
  const cause = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })
  const error = new DrizzleQueryError(
    'insert into messages (from_phone, body) values ($1, $2)',
    ['+13125550142', 'my SSN is 078-05-1120'],
    cause
  )
  const logged = JSON.stringify(serializeError(error))
  t.notMatch(logged, /13125550142|3125550142|SSN|078-05-1120|0780511120/)
  t.match(logged, /insert into messages/, 'the query itself is kept')
  t.match(serializeError(error), { type: 'DrizzleQueryError', cause: { code: '57P01' } })
})

t.test("Twilio's error text quoting a number is masked", async (t) => {
  const error = new twilio.RestException({
    statusCode: 400,
    body: { code: 21211, message: "The 'To' number +13125550142 is not a valid phone number.", status: 400 }
  } as never)
  const logged = serializeError(error)
  t.notMatch(JSON.stringify(logged), /13125550142|3125550142/)
  t.match(logged, { code: 21211, status: 400 })
})

t.test('e-mail addresses and values that are not errors are masked too', async (t) => {
  t.notMatch(JSON.stringify(serializeError(new Error('no user dana@example.com'))), /dana@example\.com/)
  t.notMatch(JSON.stringify(serializeError('call 312 555 0142')), /312 555 0142/)
})

t.test('a log message quoting a phone number (a 400 for a mistyped one) keeps only its last digits', async (t) => {
  const lines: string[] = []
  const log = pino(loggerOptions('info'), { write: (line: string) => lines.push(line) })
  log.child({ reqId: 'r1' }).info({ status: 400 }, 'phone "+1 312 555 014" is not a valid number')
  log.warn('could not text %s', '+13125550142')
  const logged = lines.join('')
  t.notMatch(logged, /312 555 014|312555014|13125550142/)
  t.match(logged, /is not a valid number/)
  t.match(logged, /could not text \*\*\*0142/)
})
