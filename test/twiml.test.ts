import t from 'tap'
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse.js'
import { twimlReply } from '../app/twilio/webhook.ts'

// twimlReply is hand-written to keep xmlbuilder out of the cold start; it must stay byte-identical
// to what the twilio package's MessagingResponse writes.
function official(text: string | null): string {
  const response = new MessagingResponse()
  if (text) response.message(text)
  return response.toString()
}

t.test('twimlReply writes exactly what MessagingResponse writes', async (t) => {
  const texts = [
    null,
    '',
    'How much PTO you earn: 4 hours per 40 worked. (Source: Paid time off)',
    'Tom & Jerry <script>alert("x")</script> it\'s > 5',
    'line one\nline two\r\nline three\ttabbed',
    'emoji 👍🏽 and accents éàü, Greek ΩΣ, CJK 漢字',
    'GSM extension characters: {}[]~\\|^€',
    ']]> and <![CDATA[ look like markup'
  ]
  for (const text of texts) t.equal(twimlReply(text), official(text), JSON.stringify(text))
})

t.test('characters XML cannot hold are dropped, where MessagingResponse would throw', async (t) => {
  const text = 'control \u0001\u0007\u001F and \uFFFE dropped'
  t.throws(() => official(text), /Invalid character/)
  t.equal(twimlReply(text), official('control  and  dropped'))
})
