// The admin page in a real browser (headless Debian Chromium through playwright-core, no browser
// download), against the app listening on a random port with PGlite: HR signs in with the code from
// the dry-run outbox, loads the handbook, tries a question, answers a gap that the next employee's
// SMS then gets, approves a suggested FAQ and offboards a person; a manager sees only his people.
// It writes a phone-width screenshot of each page to docs/admin/.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { eq } from 'drizzle-orm'
import { chromium } from 'playwright-core'
import t from 'tap'
import { escalations, people } from '../drizzle/schema.ts'
import { lastCode } from './fixtures/admin.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { build } from './helper.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SHOTS = fileURLToPath(new URL('../docs/admin/', import.meta.url))
const OPS_PHONE = '+13125550110'

t.test(
  'HR and a manager use the admin page in a browser',
  {
    skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`
  },
  async (t) => {
    const app = await build(t, { seed: true })
    const ask = async (phone: string, text: string) => replyText(await deliverSms(app, phone, text)) ?? ''
    // What there is to see: a gap, a suggested FAQ, escalations of two teams, a complaint about Marcus.
    await ask(PEOPLE.alex, 'can I bring my dog to work?')
    await ask(PEOPLE.alex, 'is there a gym discount')
    await ask(PEOPLE.alex, 'YES')
    const [gym] = await app.db.select().from(escalations)
    await deliverSms(app, PEOPLE.manager, `${gym!.code} Yes: 20% off at FitLife with your badge.`, {
      path: '/escalate/reply'
    })
    await ask(PEOPLE.alex, 'my paycheck is short this week')
    await ask(PEOPLE.sofia, 'my paycheck is short this week')
    await ask(PEOPLE.jordan, 'my manager Marcus keeps making comments about my body')
    await app.db.insert(people).values({ phone: OPS_PHONE, name: 'Olu Adebayo', role: 'ops', location: 'Head office' })

    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    const browser = await chromium.launch({ executablePath: CHROMIUM })
    t.teardown(() => browser.close())
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })
    const page = await context.newPage()
    const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true })

    async function signInAs(phone: string, screenshot?: string) {
      await page.goto(`${base}/admin`)
      t.equal(new URL(page.url()).pathname, '/admin/sign-in')
      await page.getByLabel('Your mobile number').fill(phone)
      if (screenshot) await shot(screenshot)
      await page.getByRole('button', { name: 'Text me a code' }).click()
      await page.getByLabel('6-digit code').fill((await lastCode(app, phone))!)
      await page.getByRole('button', { name: 'Sign in' }).click()
      t.equal(new URL(page.url()).pathname, '/admin/escalations', 'signed in')
    }
    // Playwright's innerText: the text as rendered, what a reader sees (not a DOM node's property).
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator API, not the DOM
    const text = () => page.locator('main').innerText()

    await signInAs(PEOPLE.hr, 'sign-in')
    t.match(await text(), 'Jordan Kim', 'HR sees the complaint')
    await shot('escalations')
    await page
      .getByRole('link', { name: /Alex Rivera/ })
      .first()
      .click()
    t.match(await text(), 'What they wrote')
    await shot('escalation')

    // Handbook: upload a file, then "Try a question" shows the reply and its passage.
    await page.getByRole('link', { name: 'Handbook' }).click()
    await page.getByLabel(/Handbook files/).setInputFiles({
      name: 'lockers.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '# Lockers\n\n## Lockers\n\nEvery employee gets a locker in the back room. Bring your own padlock.\n'
      )
    })
    await page.getByRole('button', { name: 'Upload' }).click()
    t.match(await text(), '1 added')
    await page.getByLabel('Question, as an employee would text it').fill('do we get a locker?')
    await page.getByRole('button', { name: 'Try it' }).click()
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's locator API, not the DOM
    const tried = await page.getByRole('region', { name: 'Reply' }).innerText()
    t.match(tried, /locker in the back room/, 'the reply')
    t.match(tried, /lockers\.md/, 'and the passage it came from')
    await shot('handbook')

    // Knowledge gaps: answer the dog question once; the next employee's SMS gets the answer.
    await page.getByRole('link', { name: 'Knowledge gaps' }).click()
    t.match(await text(), 'can I bring my dog to work?')
    await shot('gaps')
    const gap = page.locator('li.card', { hasText: 'dog' })
    await gap.getByText('Write the answer once').click()
    await gap.getByLabel('Answer').fill('Only service animals may come to work.')
    await gap.getByRole('button', { name: 'Publish as FAQ' }).click()
    t.match(await text(), 'approved FAQ')
    t.match(await ask(PEOPLE.jordan, 'can I bring my dog to work?'), /Only service animals/, 'the next employee')

    // Suggested FAQs: approve the manager's gym answer.
    await page.getByRole('link', { name: 'Suggested FAQs' }).click()
    t.match(await text(), 'is there a gym discount')
    await shot('faqs')
    await page.getByRole('button', { name: 'Approve' }).first().click()
    t.match(await text(), 'Approved')
    t.match(await ask(PEOPLE.jordan, 'is there a gym discount?'), /FitLife/)

    // People: search, then offboard Sam; his next text is refused.
    await page.getByRole('link', { name: 'People' }).click()
    await page.getByLabel(/Search by name/).fill('Sam')
    await page.getByRole('button', { name: 'Search' }).click()
    t.notMatch(page.url(), /Sam/, 'the search is not in the URL')
    await page.getByRole('button', { name: 'Deactivate Sam Taylor' }).click()
    t.match(await text(), 'Deactivated')
    await shot('people')
    t.match(await ask(PEOPLE.sam, 'how much PTO do I get?'), /not registered/, "Sam's next SMS is refused")
    await page.getByRole('button', { name: /Sign out/ }).click()

    // Ops: the health checks in words.
    await signInAs(OPS_PHONE)
    await page.getByRole('link', { name: 'Health' }).click()
    t.match(await text(), /Working · Database/)
    await shot('health')
    await page.getByRole('button', { name: /Sign out/ }).click()

    // Marcus: his own report's escalation, not Priya's people's, not the complaint about him.
    await signInAs(PEOPLE.manager)
    const board = await text()
    t.match(board, 'Alex Rivera')
    t.notMatch(board, 'Sofia', "not another manager's people")
    t.notMatch(board, 'Jordan', 'not a complaint about himself')
    await shot('manager-escalations')
    const [complaint] = await app.db.select().from(escalations).where(eq(escalations.reason, 'hr_sensitive'))
    const hidden = await page.goto(`${base}/admin/escalations/${complaint!.id}`)
    t.equal(hidden?.status(), 404)
    t.equal((await page.goto(`${base}/admin/people`))?.status(), 403, 'the directory is not a manager’s page')
  }
)
