// A manager's complaint of their own texted to the manager number without a code, while an employee's call-out is
// open ("Alex keeps texting me at 2am ... who do i talk to about this?"), goes to HR as theirs and is never relayed to
// that employee (a red team's probe: it had been sent to Alex word for word).
import t from 'tap'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

for (const complaint of [
  'Alex keeps texting me at 2am asking me to come over and sending pics, it makes me really uncomfortable. who do i talk to about this?',
  'Alex me manda mensajes a las 2am pidiendo que vaya a su casa y me manda fotos, me siento muy incomoda. con quien hablo de esto?',
  // Told of the employee whose matter is open, one the topic model only leans to is held back too.
  'not gonna lie alex keeps sending me pics i never asked for, idk what to do'
]) {
  t.test(`Marcus, with Alex's call-out open, texts the manager number: "${complaint}"`, async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, 'running late, bus broke down, be there in 20')
    t.match(await textedTo(app, PEOPLE.manager, 'manager'), [/running late/], 'Marcus has the call-out E1')
    const reply = replyText(await deliverSms(app, PEOPLE.manager, complaint, { path: '/escalate/reply' }))
    t.comment(`Marcus is told: ${reply}`)
    const toAlex = (await textedTo(app, PEOPLE.alex)).join(' | ')
    t.notMatch(
      toAlex,
      /2am|2 ?am|fotos|pics|incomod|uncomfortable/i,
      'Alex, whom the complaint is about, is never texted it'
    )
  })
}

t.test("Priya, with Sofia's call-out open, complains of Sofia mocking an accent: never relayed to Sofia", async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.sofia, 'no voy a poder ir hoy, estoy enferma')
  const complaint = "sofia has been making fun of sam's accent in front of the whole crew, can someone talk to her"
  await deliverSms(app, PEOPLE.otherManager, complaint, { path: '/escalate/reply' })
  t.notMatch((await textedTo(app, PEOPLE.sofia)).join(' | '), /accent/, 'Sofia is never texted it')
  t.match((await textedTo(app, PEOPLE.hr, 'manager')).join(' | '), /accent/, 'HR has it')
})
