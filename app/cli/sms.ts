// `npm run sms -- [--from +13125550142] "how much PTO do I get?"`: signs a webhook exactly like Twilio
// (TWILIO_AUTH_TOKEN over PUBLIC_BASE_URL + /message), posts it to the running server and prints the reply.
import { randomBytes } from 'node:crypto'
import { signApiToken } from '../auth/api-token.ts'
import { type Config, loadCliConfig } from '../config.ts'
import { loadEnvFile } from '../lib/env-file.ts'
import { signTwilioRequest } from '../twilio/webhook.ts'
import { parseCliArgs } from './args.ts'
import { runCli, UsageError } from './run-cli.ts'

const USAGE = 'npm run sms -- [--from +13125550142] [--manager] [--server http://127.0.0.1:3000] "message text"'

await runCli(async () => {
  const { values, positionals } = parseCliArgs(
    {
      from: { type: 'string', default: '+13125550142' },
      manager: { type: 'boolean', default: false },
      server: { type: 'string' }
    },
    USAGE
  )
  if (positionals.length === 0) throw new UsageError(`usage: ${USAGE}`)
  loadEnvFile()
  const config = loadCliConfig()
  const path = values.manager ? '/escalate/reply' : '/message'
  const params: Record<string, string> = {
    MessageSid: `SM${randomBytes(16).toString('hex')}`,
    AccountSid: config.TWILIO_ACCOUNT_SID ?? `AC${'0'.repeat(32)}`,
    From: values.from,
    To: values.manager ? config.TWILIO_MANAGER_NUMBER : config.TWILIO_EMPLOYEE_NUMBER,
    Body: positionals.join(' '),
    NumMedia: '0',
    NumSegments: '1',
    ApiVersion: '2010-04-01'
  }
  const base = config.PUBLIC_BASE_URL
  if (!base) throw new UsageError('set PUBLIC_BASE_URL: the URL the server checks signatures against')
  const sentAt = new Date(Date.now() - 1000).toISOString()
  const signature = signTwilioRequest(config.TWILIO_AUTH_TOKEN, `${base}${path}`, params)
  const target = `${(values.server ?? base).replace(/\/+$/, '')}${path}`
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(params)
  }).catch((error: Error) => {
    throw new UsageError(`could not reach ${target} (${error.message}); is \`npm run dev\` running?`)
  })
  const text = await response.text()
  if (!response.ok) throw new UsageError(`${response.status} from ${target}: ${text}`)
  const replies = [...text.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => decodeXml(m[1]!))
  console.log(replies.length > 0 ? replies.join('\n') : '(no reply)')
  await printOutbox(config, values.server ?? base, sentAt)
})

/** The other texts the exchange caused (manager alerts, relays): dry runs locally, so show them here. */
async function printOutbox(config: Config, server: string, since: string): Promise<void> {
  if (!config.JWT_SECRET) return
  const token = signApiToken(config, { role: 'ops', ttlSeconds: 60 })
  const response = await fetch(`${server.replace(/\/+$/, '')}/outbox?since=${encodeURIComponent(since)}`, {
    headers: { authorization: `Bearer ${token}` }
  }).catch(() => undefined)
  if (!response?.ok) return
  const { messages } = (await response.json()) as { messages: Array<{ to: string; body: string; status: string }> }
  for (const m of messages) console.log(`\n  [also texted ${m.to} (${m.status})]\n  ${m.body.replace(/\n/g, '\n  ')}`)
}

function decodeXml(text: string): string {
  return text
    .replace(/<\/?Body>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
