// Marcus has an open escalation (Alex running late). He then texts the manager number, with no code,
// that there is a fire and Jordan is burned. That is an emergency, not an answer to Alex's call-out:
// it must reach someone who can act (raised urgent, his ladder paged) and never be relayed to Alex
// as Marcus's "answer".
import { asc } from 'drizzle-orm'
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const toManagerNumber = { path: '/escalate/reply' }

for (const text of [
  'theres a fire in the stockroom and jordan is burned bad',
  'hay un incendio en la bodega y jordan esta muy quemado',
  'a little girl is missing from the play area, mom is screaming'
]) {
  t.test(`"${text}" from a manager with something open is raised, not relayed`, async (t) => {
    const app = await build(t, { seed: true })
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'my bus broke down, I will be 30 min late')), /Marcus Lee/)
    const reply = replyText(await deliverSms(app, PEOPLE.manager, text, toManagerNumber))
    t.comment(reply)
    // The text itself, not a word of one row's, so every row is checked.
    const toAlex = await textedTo(app, PEOPLE.alex, 'employee')
    t.notOk(
      toAlex.some((body) => body.includes(text.slice(0, 24))),
      'the emergency is not relayed to Alex as an answer to his call-out'
    )
    const all = await app.db.select().from(escalations).orderBy(asc(escalations.id))
    t.ok(
      all.some((e) => e.reason === 'safety' && e.priority === 'urgent'),
      'an urgent escalation is raised so someone who can act is paged'
    )
  })
}

t.test('advice or word of the help called, uncoded, answers the open call-out', async (t) => {
  for (const answer of [
    'feel better. if your chest pain gets worse call 911',
    'take the day, and if it gets worse go to the ER or call 911',
    'ok. keep pressure on the cut, ambulance is coming'
  ]) {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, 'my bus broke down, I will be 30 min late')
    t.match(replyText(await deliverSms(app, PEOPLE.manager, answer, toManagerNumber)), /^Sent to Alex/, answer)
    const all = await app.db.select().from(escalations)
    t.notOk(
      all.some((e) => e.reason === 'safety'),
      'nothing raised'
    )
  }
})
