import t from 'tap'
import { pastOwnManager } from '../app/people/named.ts'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const PRIYA = 3

for (const question of [
  '¿mi encargado puede leer mis mensajes personales?',
  '¿el encargado puede leer mis mensajes personales?',
  '¿la gerente puede ver mi expediente médico?',
  '¿la mánager puede leer mi expediente médico?'
]) {
  t.test(`"${question}" never reaches Priya, Sofia's manager`, async (t) => {
    const app = await build(t, { seed: true })
    const first = replyText(await deliverSms(app, PEOPLE.sofia, question))
    t.notMatch(first, /Priya/, 'Sofia is not told her manager has it')
    await deliverSms(app, PEOPLE.sofia, 'SI')
    for (const e of await app.db.select().from(escalations)) t.not(e.assigneeId, PRIYA, `${e.code} not with Priya`)
    t.same(await textedTo(app, PEOPLE.otherManager), [], 'Priya is texted nothing')
  })
}

t.test('whether the own manager may do a thing is about him; asking him to reach the sender is not', async (t) => {
  for (const text of [
    '¿mi encargado puede leer mis mensajes personales?',
    'is my manager allowed to read my medical file?'
  ])
    t.ok(pastOwnManager(text), text)
  for (const text of [
    'can my manager call me',
    'mi jefe me puede llamar?',
    'can my sup talk to me after close',
    // routing-holdout: he is asked for, not about.
    'i have a question that only my manager can answer',
    'mi supervisora me puede aprobar el dia libre?'
  ])
    t.notOk(pastOwnManager(text), text)
})
