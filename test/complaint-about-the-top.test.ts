// A complaint about whoever is over everyone, named by title only ("the owner", "el dueño", "the DON"): the directory
// has no titles, so every manager above the direct one is kept away, and the sweep never hands it up to them when HR
// does not answer.
import t from 'tap'
import { importDirectoryCsv } from '../app/people/directory-import.ts'
import { PEOPLE } from './fixtures/data.ts'
import { clock, sweepFor, textedByManagerNumber } from './fixtures/sweep-clock.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test('"the owner keeps texting me at night" never reaches the top of the chain', async (t) => {
  const c = clock()
  const app = await build(t, { seed: true, now: c.now })
  const reply = replyText(
    await deliverSms(app, PEOPLE.alex, 'the owner keeps texting me at night asking me to come over, i keep saying no')
  )
  t.match(reply, /Dana Whitfield/, 'HR has it')
  await sweepFor(app, c)
  const texted = await textedByManagerNumber(app)
  t.notOk(texted.includes(PEOPLE.seniorManager), 'Grace, at the top, is never texted it')
  t.notOk(texted.includes(PEOPLE.manager), 'nor Marcus, the direct manager')
})

t.test('"el dueño me sigue mandando mensajes" never reaches the top of the chain', async (t) => {
  const c = clock()
  const app = await build(t, { seed: true, now: c.now })
  const reply = replyText(
    await deliverSms(
      app,
      PEOPLE.sofia,
      'el dueño me sigue mandando mensajes en la noche pidiéndome que vaya a su casa, ya le dije que no'
    )
  )
  t.match(reply, /Dana Whitfield de Recursos Humanos/, 'HR has it, in Spanish')
  await sweepFor(app, c)
  const texted = await textedByManagerNumber(app)
  t.notOk(texted.includes(PEOPLE.seniorManager), 'Grace is never texted it')
  t.notOk(texted.includes(PEOPLE.otherManager), 'nor Priya, the direct manager')
})

t.test('"marcus\'s boss" and "la jefa de Priya" never reach the boss of the one named', async (t) => {
  const c = clock()
  const app = await build(t, { seed: true, now: c.now })
  t.match(
    replyText(
      await deliverSms(app, PEOPLE.alex, "marcus's boss keeps messaging me on instagram asking me to come over")
    ),
    /Dana Whitfield/
  )
  t.match(
    replyText(await deliverSms(app, PEOPLE.sofia, 'la jefa de Priya me agarro la pierna en la junta del viernes')),
    /Dana Whitfield/
  )
  await sweepFor(app, c)
  t.notOk((await textedByManagerNumber(app)).includes(PEOPLE.seniorManager), 'Grace, who manages both, is never texted')
})

// A care home: Alex (an aide) reports to Priya (charge nurse), Priya to Marcus (director of nursing, "the DON"),
// Marcus to Grace (the administrator).
const CARE_HOME = `phone,name,role,manager_phone,location,language
+13125550100,Dana Whitfield,hr,,Head office,en
+13125550105,Grace Okafor,manager,,Head office,en
+13125550101,Marcus Lee,manager,+13125550105,Maple House,en
+13125550102,Priya Shah,manager,+13125550101,Maple House,en
+13125550142,Alex Rivera,employee,+13125550102,Maple House,en
`

t.test('"the DON keeps grabbing me" never reaches the director of nursing, two rungs up', async (t) => {
  const c = clock()
  const app = await build(t, { now: c.now })
  await importDirectoryCsv(app.db, CARE_HOME, 'US')
  const reply = replyText(
    await deliverSms(app, '+13125550142', "the DON keeps grabbing my butt when we're alone in the med room")
  )
  t.match(reply, /Dana Whitfield/, 'HR has it')
  await sweepFor(app, c)
  const texted = await textedByManagerNumber(app)
  t.notOk(texted.includes('+13125550101'), 'Marcus, the DON, is never texted it')
  t.notOk(texted.includes('+13125550105'), 'nor Grace above him')
})
