// The fixed texts, in both languages, stay GSM-7 (160 characters a segment, not UCS-2's 70) and short,
// as carriers count them: sms-segments-calculator itself. Spanish keeps é, ñ, ¿ and ¡ (all in GSM-7)
// and words around á, í, ó and ú (which are not).
import { SegmentedMessage } from 'sms-segments-calculator'
import t from 'tap'
import { REPLY_KEYS, reply } from '../app/conversation/replies.ts'

const VARS = { company: 'Copper Pot Kitchens', who: 'Marcus Lee in HR', title: 'Time off and leave' }

for (const language of ['en', 'es'] as const) {
  t.test(`every ${language} fixed text is GSM-7 and at most two segments`, async (t) => {
    for (const key of REPLY_KEYS) {
      const text = reply(key, language, VARS)
      const message = new SegmentedMessage(text)
      t.equal(message.encodingName, 'GSM-7', `${key}: ${text}`)
      t.ok(message.segmentsCount <= 2, `${key}: ${message.segmentsCount} segments`)
    }
  })
}

t.test('Spanish texts are Spanish, with the accents GSM-7 has', async (t) => {
  t.match(reply('escalationAck', 'es', VARS), /^Gracias por avisar\. Le pasé esto a Marcus Lee in HR/)
  t.match(reply('noAnswer', 'es'), /^No encontré eso en el manual/)
  t.match(reply('smalltalkGreeting', 'es'), /^¡Hola!.*¿qué hago/)
  t.match(reply('answersInEnglish', 'es'), /inglés.*Responda SI/)
  t.match(reply('answersInEnglish', 'en'), /English.*Reply YES/)
  t.match(reply('safetyFirst', 'es-MX'), /911/, 'a regional code reads as its language')
})
