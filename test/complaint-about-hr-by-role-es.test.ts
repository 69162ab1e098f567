import t from 'tap'
import { hrPersonActsOnSender } from '../app/people/hr-named.ts'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { textedTo } from './fixtures/outbox.ts'
import { build } from './helper.ts'

const DANA = 1

for (const [from, text] of [
  [PEOPLE.sofia, 'la de recursos humanos me sigue gritando y humillando enfrente de todos'],
  [PEOPLE.sofia, 'la de RH me manda mensajes en la noche pidiéndome fotos'],
  [PEOPLE.alex, 'hr guy keeps texting me at night asking for pics']
] as const) {
  t.test(`"${text}" never reaches Dana (HR)`, async (t) => {
    const app = await build(t, { seed: true })
    t.comment(replyText(await deliverSms(app, from, text)))
    const [e] = await app.db.select().from(escalations)
    t.ok(e, 'raised')
    t.not(e?.assigneeId, DANA, 'not assigned to Dana')
    t.same(await textedTo(app, PEOPLE.hr), [], 'Dana is texted nothing')
  })
}

t.test('HR by role acting on the sender, not asked to', async (t) => {
  for (const text of [
    'la de RH me manda mensajes en la noche',
    'hr guy keeps texting me at night',
    'the hr lady yells at me',
    'ever since i reported marcus, hr has been cutting my hours. this is retaliation',
    'desde que me queje de Priya, recursos humanos me esta quitando horas, es venganza'
  ])
    t.ok(hrPersonActsOnSender(text), text)
  for (const text of [
    'can the hr lady call me',
    'que la de recursos humanos me llame porfa',
    'the hr lady call me back pls',
    'hr is gonna call me tomorrow about my hours',
    'hr is closed on saturday right'
  ])
    t.notOk(hrPersonActsOnSender(text), text)
})
