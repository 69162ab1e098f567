// The fixed texts, in both languages, stay GSM-7 (160 characters a segment, not UCS-2's 70) and short,
// as carriers count them: sms-segments-calculator itself. Spanish keeps é, ñ, ¿ and ¡ (all in GSM-7)
// and words around á, í, ó and ú (which are not).
import { SegmentedMessage } from 'sms-segments-calculator'
import t from 'tap'
import { DEFAULT_COMPANY_NAME } from '../app/config.ts'
import { REPLY_KEYS, reply, smalltalkReply } from '../app/conversation/replies.ts'
import { acknowledgedNotice, employeeLanguage, movedNotice } from '../app/escalation/texts.ts'
import { isPleasantry } from '../app/text/pleasantry.ts'

const VARS = { company: 'Copper Pot Kitchens', who: 'Marcus Lee', title: 'Time off and leave' }

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
  t.match(reply('escalationAck', 'es', VARS), /^Gracias por avisar\. Le pasé esto a Marcus Lee,/)
  t.match(reply('noAnswer', 'es'), /^No encontré eso en el manual/)
  t.match(reply('smalltalkGreeting', 'es'), /^¡Hola!.*¿qué hago/)
  t.match(reply('answersInEnglish', 'es'), /inglés.*Responda SI/)
  t.match(reply('answersInEnglish', 'en'), /English.*Reply YES/)
  t.match(reply('safetyFirst', 'es-MX'), /911/, 'a regional code reads as its language')
})

t.test('the escalation notices to the employee are in the language they wrote their matter in', async (t) => {
  const marcus = { name: 'Marcus Lee' }
  const dana = { name: 'Dana Whitfield' }
  const written = (originalText: string, language = 'en') => employeeLanguage({ originalText }, { language })
  t.equal(written('no voy a poder ir hoy, mi hijo tiene fiebre'), 'es')
  t.equal(written('running late, bus broke down', 'es'), 'en')
  t.equal(written('ok', 'es'), 'es', 'too short to tell: the directory')
  for (const text of [
    acknowledgedNotice(marcus, 'es'),
    movedNotice(dana, marcus, 'es'),
    acknowledgedNotice(marcus),
    movedNotice(dana, marcus)
  ]) {
    t.equal(new SegmentedMessage(text).encodingName, 'GSM-7', text)
  }
  t.match(acknowledgedNotice(marcus, 'es'), /^Marcus Lee ya vio su mensaje/)
  t.match(movedNotice(dana, marcus, 'es'), /^Le pasamos su mensaje a Dana Whitfield, porque Marcus Lee/)
})

t.test('asked who or what is at the number, the assistant says what it is, in the language asked', async (t) => {
  t.match(
    smalltalkReply('who are you?', 'en', 'Copper Pot Kitchens'),
    /^This is the work assistant of Copper Pot Kitchens\./
  )
  t.match(smalltalkReply('quien eres?', 'es', 'Copper Pot Kitchens'), /^Este es el asistente de trabajo de Copper Pot/)
  t.equal(smalltalkReply('ok thx', 'en', 'Copper Pot Kitchens'), 'You are welcome!')
  // With no company name set, the default reads as words in either language.
  t.match(smalltalkReply('who dis', 'en', DEFAULT_COMPANY_NAME), /^This is the work assistant of your company\./)
  t.match(smalltalkReply('quien eres', 'es', DEFAULT_COMPANY_NAME), /^Este es el asistente de trabajo de su empresa\./)
  // Thanks texted as texters spell it.
  t.equal(smalltalkReply('grax!!', 'es', 'Copper Pot Kitchens'), '¡De nada!')
  t.equal(smalltalkReply('thnx', 'en', 'Copper Pot Kitchens'), 'You are welcome!')
  t.ok(isPleasantry('grax!!') && isPleasantry('ok grax') && !isPleasantry('grax x la info, cuando es el pago?'))
})
