// Signing in to /admin by a code texted from the manager number, and the attacks on it: wrong codes
// lock the phone, a code signs in only its own phone, employees get no code (and are not told so),
// forged, expired and signed-out cookies are refused, and forms from another site too.
import { eq } from 'drizzle-orm'
import pino from 'pino'
import t from 'tap'
import { requestCode } from '../app/admin/sign-in.ts'
import { adminSessions, messages } from '../drizzle/schema.ts'
import { PEOPLE } from './fixtures/data.ts'
import { get, lastCode, openSignIn, postForm, signIn } from './fixtures/admin.ts'
import { build, DATABASE_KINDS } from './helper.ts'

for (const kind of DATABASE_KINDS) {
  t.test(`HR signs in with the code texted from the manager number, and signs out (${kind})`, async (t) => {
    const app = await build(t, { kind, seed: true })
    const browser = await openSignIn(app)
    const asked = await postForm(app, browser, '/admin/sign-in', { phone: '(312) 555-0100' })
    t.equal(asked.statusCode, 200)
    t.match(asked.body, /If this number may sign in/)
    const [text] = await app.db.select().from(messages).where(eq(messages.toPhone, PEOPLE.hr))
    t.equal(text!.fromPhone, app.config.TWILIO_MANAGER_NUMBER, 'texted from the manager number')
    t.equal(text!.channel, 'manager')
    const code = (await lastCode(app, PEOPLE.hr))!
    t.match(code, /^\d{6}$/)
    const [stored] = await app.db
      .execute<{ code_hash: string }>(
        // The code is kept only as an HMAC.
        (await import('drizzle-orm')).sql`select code_hash from admin_codes`
      )
      .then((r) => (Array.isArray(r) ? r : (r as { rows: Array<{ code_hash: string }> }).rows))
    t.not(stored!.code_hash, code)
    t.notMatch(stored!.code_hash, code)

    const done = await postForm(app, browser, '/admin/sign-in/code', { phone: PEOPLE.hr, code })
    t.equal(done.statusCode, 303)
    t.equal(done.headers.location, '/admin/escalations')
    const cookie = String(done.headers['set-cookie'])
    t.match(cookie, /^__Host-admin-session=/)
    t.match(cookie, /HttpOnly/)
    t.match(cookie, /Secure/)
    t.match(cookie, /SameSite=Strict/)
    t.match(cookie, /Max-Age=7200/)

    const again = await postForm(app, browser, '/admin/sign-in/code', { phone: PEOPLE.hr, code })
    t.equal(again.statusCode, 401, 'a code is used once')

    const signedIn = await signIn(app, PEOPLE.hr)
    t.equal((await get(app, signedIn, '/admin/handbook')).statusCode, 200)
    const out = await postForm(app, signedIn, '/admin/sign-out', {})
    t.equal(out.statusCode, 303)
    const after = await get(app, signedIn, '/admin/handbook')
    t.equal(after.statusCode, 303, 'a signed-out session is refused')
    t.equal(after.headers.location, '/admin/sign-in')
  })
}

t.test('five wrong codes lock the phone, even for the right code', async (t) => {
  const app = await build(t, { seed: true })
  const browser = await openSignIn(app)
  await postForm(app, browser, '/admin/sign-in', { phone: PEOPLE.hr })
  const code = (await lastCode(app, PEOPLE.hr))!
  const wrong = code === '000000' ? '111111' : '000000'
  for (let i = 0; i < 5; i++) {
    const res = await postForm(app, browser, '/admin/sign-in/code', { phone: PEOPLE.hr, code: wrong })
    t.equal(res.statusCode, 401, `wrong code ${i + 1}`)
  }
  const right = await postForm(app, browser, '/admin/sign-in/code', { phone: PEOPLE.hr, code })
  t.equal(right.statusCode, 401, 'locked: the right code no longer signs in')
  t.notOk(right.headers['set-cookie'])
  await postForm(app, browser, '/admin/sign-in', { phone: PEOPLE.hr })
  t.equal(await lastCode(app, PEOPLE.hr), code, 'no new code is texted while locked')
})

t.test('a code for one phone does not sign in another', async (t) => {
  const app = await build(t, { seed: true })
  const browser = await openSignIn(app)
  await postForm(app, browser, '/admin/sign-in', { phone: PEOPLE.hr })
  await postForm(app, browser, '/admin/sign-in', { phone: PEOPLE.manager })
  const hrCode = (await lastCode(app, PEOPLE.hr))!
  const res = await postForm(app, browser, '/admin/sign-in/code', { phone: PEOPLE.manager, code: hrCode })
  t.equal(res.statusCode, 401)
  t.notOk(res.headers['set-cookie'])
})

t.test("an employee's phone gets no code, and the answer is the same as for HR", async (t) => {
  const app = await build(t, { seed: true })
  const browser = await openSignIn(app)
  const hr = await postForm(app, browser, '/admin/sign-in', { phone: PEOPLE.hr })
  const employee = await postForm(app, browser, '/admin/sign-in', { phone: PEOPLE.alex })
  const stranger = await postForm(app, browser, '/admin/sign-in', { phone: PEOPLE.stranger })
  t.equal(await lastCode(app, PEOPLE.alex), undefined, 'no code texted to the employee')
  t.equal(await lastCode(app, PEOPLE.stranger), undefined)
  const page = (body: string) => body.replace(/value="[^"]*"/g, '')
  t.equal(employee.statusCode, hr.statusCode)
  t.equal(page(employee.body), page(hr.body), 'the same page whoever the phone is')
  t.equal(page(stranger.body), page(hr.body))
})

t.test('a forged, expired or revoked cookie is refused', async (t) => {
  let now = new Date('2026-03-02T09:00:00Z')
  const app = await build(t, { seed: true, now: () => now })
  const forged = { cookie: '__Host-admin-session=forged-value-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', csrf: 'x' }
  t.equal((await get(app, forged, '/admin/escalations')).headers.location, '/admin/sign-in')
  t.equal((await postForm(app, forged, '/admin/people/8/deactivate', {})).statusCode, 401)

  const browser = await signIn(app, PEOPLE.hr)
  t.equal((await get(app, browser, '/admin/people')).statusCode, 200)
  now = new Date(now.getTime() + 121 * 60_000)
  const expired = await get(app, browser, '/admin/people')
  t.equal(expired.statusCode, 303, 'past its lifetime the session is over')
  t.equal(expired.headers.location, '/admin/sign-in')

  const next = await signIn(app, PEOPLE.hr)
  await app.db.update(adminSessions).set({ revokedAt: now })
  t.equal((await get(app, next, '/admin/people')).statusCode, 303, 'a revoked session is refused')

  now = new Date(now.getTime() + 25 * 60 * 60_000)
  await signIn(app, PEOPLE.hr)
  const kept = await app.db.select().from(adminSessions)
  t.equal(kept.length, 1, 'sessions ended over a day ago are deleted at the next sign-in')
  t.equal(kept[0]!.revokedAt, null)
})

t.test('a form posted from another site, or without the token, is refused', async (t) => {
  const app = await build(t, { seed: true })
  const browser = await signIn(app, PEOPLE.hr)
  const [sam] = await app.db
    .execute<{ id: number }>((await import('drizzle-orm')).sql`select id from people where name = 'Sam Taylor'`)
    .then((r) => (Array.isArray(r) ? r : (r as { rows: Array<{ id: number }> }).rows))
  const url = `/admin/people/${sam!.id}/deactivate`
  t.equal((await postForm(app, browser, url, {}, { origin: 'https://evil.example' })).statusCode, 403)
  t.equal((await postForm(app, browser, url, {}, { origin: null })).statusCode, 403, 'no Origin')
  t.equal((await postForm(app, browser, url, {}, { csrf: 'a'.repeat(43) })).statusCode, 403, 'wrong token')
  const signInPage = await openSignIn(app)
  const crossSignIn = await postForm(app, signInPage, '/admin/sign-in', { phone: PEOPLE.hr }, { csrf: 'forged' })
  t.equal(crossSignIn.statusCode, 403, 'the sign-in form needs its double-submit token')
  const ok = await postForm(app, browser, url, {})
  t.equal(ok.statusCode, 303, 'the same form from the page itself works')
})

t.test('the code is in the log in development only', async (t) => {
  for (const NODE_ENV of ['development', 'production']) {
    const app = await build(t, { seed: true, env: { NODE_ENV } })
    const lines: string[] = []
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) })
    await requestCode(app.services(log), { phone: PEOPLE.hr, client: '127.0.0.1' })
    const code = (await lastCode(app, PEOPLE.hr))!
    const logged = lines.join('').includes(code)
    t.equal(logged, NODE_ENV === 'development', `${NODE_ENV}: the code ${logged ? 'is' : 'is not'} logged`)
  }
})

t.test('behind an API Gateway stage, links, forms and redirects keep the stage', async (t) => {
  const app = await build(t, {
    seed: true,
    env: { PUBLIC_BASE_URL: 'https://abc123.execute-api.us-east-1.amazonaws.com/prod' }
  })
  const root = await app.inject({ method: 'GET', url: '/admin' })
  t.equal(root.headers.location, '/prod/admin/sign-in')
  const page = await app.inject({ method: 'GET', url: '/admin/sign-in' })
  t.match(page.body, '<base href="/prod/admin/">', 'relative links and forms resolve under the stage')
  t.match(page.body, 'action="sign-in"')
  t.equal((await app.inject({ method: 'GET', url: '/admin/escalations' })).headers.location, '/prod/admin/sign-in')
  const forged = await app.inject({ method: 'GET', url: '/admin/sign-in', headers: { 'x-admin-base': '/elsewhere' } })
  t.match(forged.body, '<base href="/prod/admin/">', 'a client cannot set where the page says it is')
})
