// Marcus, whom Alex's complaint is about, gets nowhere with it before or after the sweeps: admin board, thread, close
// and gaps pages, a manager token's list, get and resolve, ACK, answer and CLOSE by SMS (a red team's probe that held).
import t from 'tap'
import { escalations } from '../drizzle/schema.ts'
import { get, pageText, postForm, signIn } from './fixtures/admin.ts'
import { PEOPLE } from './fixtures/data.ts'
import { textedTo } from './fixtures/outbox.ts'
import { bearer, token } from './fixtures/tokens.ts'
import { deliverSms } from './fixtures/twilio.ts'
import { build } from './helper.ts'

t.test('the subject of a complaint sees and does nothing with it', async (t) => {
  let now = new Date('2026-11-20T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  await deliverSms(
    app,
    PEOPLE.alex,
    'Marcus keeps touching my waist and making comments about my body, I want it to stop'
  )
  const [e] = await app.db.select().from(escalations)
  t.ok(e, 'the complaint is raised')
  for (let i = 0; i < 4; i++) {
    now = new Date(now.getTime() + 2 * 60 * 60 * 1000)
    await app.inject({ method: 'POST', url: '/escalate/sweep', headers: bearer(token()) })
  }
  const marcus = bearer(token({ role: 'manager', sub: '2' }))
  const list = (await app.inject({ method: 'GET', url: '/escalate', headers: marcus })).json()
  t.same(list.escalations, [], 'API list: none')
  t.equal(
    (await app.inject({ method: 'GET', url: `/escalate/${e!.id}`, headers: marcus })).statusCode,
    404,
    'API get: 404'
  )
  const resolve = await app.inject({
    method: 'POST',
    url: `/escalate/${e!.id}/resolve`,
    headers: marcus,
    payload: { answer: 'Talked to Alex, all good' }
  })
  t.equal(resolve.statusCode, 404, 'API resolve: 404')
  const browser = await signIn(app, PEOPLE.manager)
  t.notMatch(pageText((await get(app, browser, '/admin/escalations')).body), /waist|Alex/, 'admin board: nothing')
  t.equal((await get(app, browser, `/admin/escalations/${e!.id}`)).statusCode, 404, 'admin thread: 404')
  const posted = await postForm(app, browser, `/admin/escalations/${e!.id}/resolve`, { action: 'close' })
  t.equal(posted.statusCode, 404, 'admin close: 404')
  t.notMatch(pageText((await get(app, browser, '/admin/gaps')).body), /waist/, 'gaps: nothing')
  for (const body of [`ACK ${e!.code}`, `${e!.code} nothing happened, she is lying`, `CLOSE ${e!.code}`])
    await deliverSms(app, PEOPLE.manager, body, { path: '/escalate/reply' })
  const [after] = await app.db.select().from(escalations)
  t.not(after!.status, 'closed', 'still open')
  t.equal(after!.answer, null, 'no answer from Marcus')
  t.notMatch(
    (await textedTo(app, PEOPLE.alex)).join(' '),
    /lying|Marcus Lee is on it/,
    'nothing from Marcus reached Alex'
  )
  t.notMatch((await textedTo(app, PEOPLE.manager)).join(' '), /waist/, 'Marcus was never texted it')
})
