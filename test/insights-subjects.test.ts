// GET /insights (and the admin "Knowledge gaps" page built on it) shows declined questions; nobody sees one about
// them: an HR token that names nobody none about any HR person, HR none about "the hr lady", a boss's boss none
// about "my boss's boss" or "marcus's boss", no manager any about "the owner".
import t from 'tap'
import { get, pageText, signIn } from './fixtures/admin.ts'
import { PEOPLE } from './fixtures/data.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { build } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

const examples = async (app: App, headers: Record<string, string>) => {
  const res = await app.inject({ method: 'GET', url: '/insights?days=7', headers })
  return (res.json().unanswered as Array<{ examples: string[] }>).flatMap((g) => g.examples).join(' | ')
}

t.test('an HR token that names nobody does not see a question about an HR person', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'who do I report Dana Whitfield to for sexual comments?')
  t.match(await examples(app, bearer(token())), /Dana Whitfield/, 'ops sees it (the question was declined)')
  // /escalate treats an HR token without sub as possibly any HR person (auth/escalation-access.ts); insights do not.
  t.notMatch(
    await examples(app, bearer(token({ role: 'hr' }))),
    /Dana Whitfield/,
    'an HR token without sub, which may be Dana herself, does not see it'
  )
})

t.test('"the hr lady" is an HR person: HR does not see the question about her', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, 'who do I report the hr lady to for sexual comments?')
  t.match(await examples(app, bearer(token())), /hr lady/, 'ops sees it (the question was declined)')
  t.notMatch(
    await examples(app, bearer(token({ role: 'hr', sub: '1' }))),
    /hr lady/,
    'Dana, the only HR person, does not see the question about her'
  )
  const dana = await signIn(app, PEOPLE.hr)
  t.notMatch(pageText((await get(app, dana, '/admin/gaps')).body), /hr lady/, 'nor on the admin Knowledge gaps page')
})

t.test('a question about "my boss\'s boss" is not shown to the boss\'s boss', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.jordan, "is my boss's boss allowed to read my medical file?")
  await deliverSms(app, PEOPLE.alex, 'el jefe de mi jefe puede leer mi expediente medico?')
  t.match(await examples(app, bearer(token())), /boss's boss/, 'ops sees it (the question was declined)')
  t.match(await examples(app, bearer(token())), /jefe de mi jefe/, 'ops sees the Spanish one too')
  const grace = await examples(app, bearer(token({ role: 'manager', sub: '4' })))
  t.notMatch(grace, /boss's boss/, "Grace, Marcus's manager, does not see the question about her")
  t.notMatch(grace, /jefe de mi jefe/, 'nor the Spanish one')
  const page = pageText((await get(app, await signIn(app, PEOPLE.seniorManager), '/admin/gaps')).body)
  t.notMatch(page, /boss's boss|jefe de mi jefe/, 'nor on the admin Knowledge gaps page')
})

t.test('a question about "marcus\'s boss" or "la jefa de Priya" is not shown to that boss', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.alex, "is marcus's boss allowed to keep texting me at 1am?")
  await deliverSms(app, PEOPLE.sofia, 'la jefa de Priya puede leer mi expediente medico?')
  t.match(await examples(app, bearer(token())), /marcus's boss/, 'ops sees it (the question was declined)')
  const grace = await examples(app, bearer(token({ role: 'manager', sub: '4' })))
  t.notMatch(grace, /marcus's boss/, 'Grace, who manages Marcus, does not see it')
  t.notMatch(grace, /jefa de Priya/, "nor the Spanish one about Priya's boss")
})

t.test('a question about "the owner" or "el dueño" is shown to no manager', async (t) => {
  const app = await build(t, { seed: true })
  await deliverSms(app, PEOPLE.jordan, 'is the owner allowed to read my medical file?')
  await deliverSms(app, PEOPLE.alex, 'el dueño puede leer mi expediente medico?')
  t.match(await examples(app, bearer(token())), /the owner/, 'ops sees it (the question was declined)')
  t.match(await examples(app, bearer(token())), /el dueño/, 'ops sees the Spanish one too')
  // The directory has no titles: whoever is at the top may be the owner.
  const grace = await examples(app, bearer(token({ role: 'manager', sub: '4' })))
  t.notMatch(grace, /the owner|el dueño/, 'Grace, at the top of the chain, sees neither')
})
