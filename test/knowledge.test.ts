import { copyFile, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { count, eq, sql } from 'drizzle-orm'
import t from 'tap'
import { chunks, documents } from '../drizzle/schema.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { parseDocument } from '../app/knowledge/parsers/index.ts'
import { searchFullText } from '../app/knowledge/full-text-search.ts'
import { synonymsCache } from '../app/knowledge/company-terms.ts'
import { CORPUS_18F, readJsonl, SAMPLE_HANDBOOK, SHARED, SKIP_WITHOUT_18F, SYNONYMS_18F } from './fixtures/data.ts'
import { makeDocx } from './fixtures/docx.ts'
import { makePdf } from './fixtures/pdf.ts'
import { queryRows } from '../app/db/database.ts'
import { DATABASE_KINDS, postgresDatabase, testDatabase } from './helper.ts'

async function tempDir(t: { teardown: (fn: () => unknown) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sms-kb-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

t.test('Markdown: front matter title and keywords, template tags removed, sections with heading paths', async (t) => {
  const doc = await parseDocument(
    'leave.md',
    Buffer.from(`---
title: Leave &amp; <em>time off</em>
keywords: pto, vacation
locations: [Downtown, Riverside]
---
{% alert %}Check the [leave chart]({% page "/leave/" %}).{% endalert %}

Intro text with **bold** and a [link](https://example.com).

## Annual leave

You earn 4 hours. {{ site.var }}

### Use or lose

- Up to 240 hours carry over.
- The rest is lost.

| Years | Hours |
|---|---|
| 0-3 | 4 |
`)
  )
  t.equal(doc.title, 'Leave & time off')
  t.equal(doc.keywords, 'pto, vacation')
  t.same(doc.locations, ['Downtown', 'Riverside'])
  t.same(
    doc.sections.map((s) => s.heading),
    ['', 'Annual leave', 'Annual leave > Use or lose']
  )
  t.match(doc.sections[0]!.text, /Check the leave chart\.\s+Intro text with bold and a link\./)
  t.notMatch(JSON.stringify(doc), /\{%|%\}|\{\{|https:\/\/example/, 'no template tags or link targets')
  t.match(doc.sections[2]!.text, /- Up to 240 hours carry over\.\n- The rest is lost\.\n+Years: 0-3 \| Hours: 4\./)
})

t.test('HTML, plain text and PDF are read too', async (t) => {
  const html = await parseDocument(
    'policy.html',
    Buffer.from(
      '<html><head><title>Uniform policy</title><style>p{}</style></head><body><nav>menu</nav><h1>Uniforms</h1><p>Wear the &quot;blue&quot; shirt.</p><h2>Shoes</h2><ul><li>Non-slip</li><li>Closed toe</li></ul><script>alert(1)</script></body></html>'
    )
  )
  t.equal(html.title, 'Uniform policy')
  t.same(
    html.sections.map((s) => s.heading),
    ['Uniforms', 'Uniforms > Shoes']
  )
  t.match(html.sections[0]!.text, /Wear the "blue" shirt\./)
  t.match(html.sections[1]!.text, /- Non-slip\n- Closed toe/)
  t.notMatch(JSON.stringify(html), /menu|alert/)

  const text = await parseDocument(
    'break-policy.txt',
    Buffer.from('Break policy\n\nYou get a 10 minute break every 4 hours.')
  )
  t.equal(text.title, 'Break policy')
  t.match(text.sections[0]!.text, /10 minute break/)

  const pdf = await parseDocument(
    'notice.pdf',
    makePdf(['Holiday schedule', 'The store closes at 6 pm on December 24.'], 'Holiday notice')
  )
  t.equal(pdf.title, 'Holiday notice')
  t.match(pdf.sections[0]!.text, /closes at 6 pm on December 24/)
})

t.test('binary, truncated and broken files are refused with a clear reason', async (t) => {
  await t.rejects(parseDocument('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary content/)
  await t.rejects(parseDocument('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])), /not valid UTF-8/)
  await t.rejects(parseDocument('broken.pdf', makePdf(['hello']).subarray(0, 200)), /not a readable PDF/)
  await t.rejects(parseDocument('bad.md', Buffer.from('---\ntitle: [unclosed\n---\nbody')), /front matter/)
})

for (const kind of DATABASE_KINDS) {
  t.test(`ingestion: counts, idempotent re-run, changes, failures and --prune (${kind})`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await tempDir(t)
    await mkdir(join(dir, 'policies'))
    for (const file of ['time-off.md', 'pay.md', 'safety.md'])
      await copyFile(join(SAMPLE_HANDBOOK, file), join(dir, 'policies', file))
    await writeFile(join(dir, 'notice.pdf'), makePdf(['Holiday schedule', 'The store closes at 6 pm on December 24.']))
    await writeFile(join(dir, 'redirect.md'), '---\ntitle: Old\nredirect_to: https://example.com\n---\n')
    await writeFile(join(dir, 'corrupt.md'), Buffer.from([0, 1, 2, 3]))
    await writeFile(join(dir, 'broken.docx'), 'not a zip archive')
    await writeFile(join(dir, 'evil.md'), '---js\n{ title: (globalThis.__ingestRan = true, "Evil") }\n---\nBody.\n')
    await writeFile(join(dir, 'old-handbook.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
    await writeFile(join(dir, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    // The lock file Word leaves beside a document that is open: not a handbook, not reported.
    await writeFile(join(dir, '~$old-handbook.docx'), Buffer.from([0x04, 0x4a, 0x61, 0x6e]))

    const first = await ingestPaths(db, [dir])
    t.match(first, { files: 10, added: 4, updated: 0, unchanged: 0, removed: 0 })
    t.same(
      first.skipped.map((s) => s.source),
      ['redirect.md']
    )
    t.same(
      first.failed.map((f) => f.source),
      ['broken.docx', 'corrupt.md', 'evil.md']
    )
    t.match(first.failed[2]!.error, /^evil\.md: front matter in "js" is refused/)
    t.equal((globalThis as Record<string, unknown>).__ingestRan, undefined, 'the front matter never ran')
    t.same(
      first.unsupported,
      [
        { source: 'old-handbook.doc', reason: 'Word 97-2003 files are not read: save it as .docx or PDF' },
        { source: 'scan.png', reason: 'an image: its text cannot be read (type it into the handbook, or run OCR)' }
      ],
      'files in formats that are not read are named, never passed over'
    )
    t.ok(first.chunks >= 10)
    const sources = (await db.select({ source: documents.source }).from(documents)).map((d) => d.source).sort()
    t.same(
      sources,
      ['notice.pdf', 'policies/pay.md', 'policies/safety.md', 'policies/time-off.md'],
      'paths relative to the folder given'
    )

    const again = await ingestPaths(db, [dir])
    t.match(again, { added: 0, updated: 0, unchanged: 4, chunks: 0 }, 'unchanged files are skipped')

    await writeFile(join(dir, 'policies', 'pay.md'), '---\ntitle: Pay\n---\n\n## Payday\n\nWe now pay every Friday.\n')
    const changed = await ingestPaths(db, [dir])
    t.match(changed, { updated: 1, unchanged: 3 })
    const payChunks = await db
      .select({ content: chunks.content })
      .from(chunks)
      .innerJoin(documents, eq(documents.id, chunks.documentId))
      .where(eq(documents.source, 'policies/pay.md'))
    t.same(
      payChunks.map((c) => c.content),
      ['We now pay every Friday.'],
      'old chunks replaced'
    )

    await writeFile(join(dir, 'policies', 'safety.md'), Buffer.from([0, 0, 0]))
    const broken = await ingestPaths(db, [dir])
    t.equal(broken.failed.length, 4)
    t.equal(
      (await db.select({ n: count() }).from(documents).where(eq(documents.source, 'policies/safety.md')))[0]!.n,
      1,
      'a file that breaks keeps its last good version'
    )

    await rm(join(dir, 'notice.pdf'))
    const withoutPrune = await ingestPaths(db, [dir])
    t.equal(withoutPrune.removed, 0)
    const pruned = await ingestPaths(db, [dir], { prune: true })
    t.equal(pruned.removed, 1)
    t.equal((await db.select({ n: count() }).from(documents))[0]!.n, 3)
  })
}

for (const kind of DATABASE_KINDS) {
  t.test(`a whole handbook in one Word file: its sections are found by their heading paths (${kind})`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await tempDir(t)
    await writeFile(
      join(dir, 'Employee Handbook.docx'),
      await makeDocx([
        { text: 'Acme Employee Handbook', style: 'Title' },
        { text: 'Leave\t2', style: 'TOC1' },
        { text: 'Bereavement\t2', style: 'TOC2' },
        { text: 'Leave', style: 'Heading1' },
        { text: 'Bereavement', style: 'Heading2' },
        'You get three paid days when a close family member dies.',
        { text: 'Jury duty', style: 'Heading2' },
        'You are paid for up to ten days of jury service.',
        { text: 'Pay', style: 'Heading1' },
        { text: 'Payday', style: 'Heading2' },
        'Paychecks are issued every other Friday.'
      ])
    )
    t.match(await ingestPaths(db, [dir]), { added: 1, chunks: 3, failed: [] })
    const stored = await db.select({ heading: chunks.heading, content: chunks.content }).from(chunks)
    t.same(
      stored.map((c) => c.heading),
      ['Leave > Bereavement', 'Leave > Jury duty', 'Pay > Payday']
    )
    t.notOk(
      stored.some((c) => /\t|Leave\s*2/.test(c.content)),
      'the table of contents is not ingested'
    )
    // "Bereavement" is only in the heading: the heading path is part of what is searched.
    const [found] = await searchFullText(db, 'how many days off for bereavement', { limit: 1 })
    t.match(found, {
      source: 'Employee Handbook.docx',
      title: 'Acme Employee Handbook',
      heading: 'Leave > Bereavement'
    })
  })
}

for (const kind of DATABASE_KINDS) {
  t.test(`retrieval: an English word is read as another only by a slip after its first letter (${kind})`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await tempDir(t)
    await writeFile(
      join(dir, 'wellness.md'),
      '---\ntitle: Wellness\n---\nFree counselling supports your mental health. If you forget to clock out, tell your lead.\n'
    )
    await ingestPaths(db, [dir])
    const [dental] = await searchFullText(db, 'do we get dental', { limit: 1 })
    t.ok((dental?.coverage ?? 0) < 0.5, `dental is not mental: ${dental?.coverage}`)
    const [forgot] = await searchFullText(db, 'i forgot to clock out', { limit: 1 })
    t.equal(forgot?.coverage, 1, "forgot is the handbook's forget")
  })

  t.test(`retrieval: a compound the handbook writes only apart is searched as its words (${kind})`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await tempDir(t)
    await writeFile(join(dir, 'invoices.md'), '---\ntitle: Invoices\n---\nOnce an invoice is paid, file it.\n')
    await writeFile(
      join(dir, 'wages.md'),
      '---\ntitle: Wages\n---\nMembers are paid on the pay day, the 15th of each month.\n'
    )
    await ingestPaths(db, [dir])
    // "payday" is found through its synonym "paid" on both pages; written apart, it is the wages page's.
    const [payday] = await searchFullText(db, 'when is payday', { limit: 1 })
    t.match(payday, { source: 'wages.md' })
    t.equal(payday?.terms?.[0]?.forms[0], 'pay day')
    t.ok(payday?.terms?.[0]?.forms.includes('paid'), 'its synonyms are kept')
  })

  t.test(`retrieval: a word's family counts only where the handbook lacks the word itself (${kind})`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await tempDir(t)
    await writeFile(
      join(dir, 'jobs.md'),
      '---\ntitle: Jobs\n---\nSome part-time employees are classified as seasonal. New hires attend two safety classes.\n'
    )
    await writeFile(
      join(dir, 'hiring.md'),
      '---\ntitle: Hiring\n---\nThe probationary period is 90 days. Vacation is not earned yet during it.\n'
    )
    await ingestPaths(db, [dir])
    const formsOf = async (query: string, word: string) =>
      (await searchFullText(db, query, { limit: 1 }))[0]?.terms?.find((x) => x.word === word)?.forms ?? []
    // The handbook says "classes": "classified" (its family) is another thing to the answer writer.
    const classes = await formsOf('do they pay for college classes', 'classes')
    t.ok(classes.includes('classes'), 'the word itself is searched')
    t.notOk(classes.includes('classify'))
    // It never says "probation": the family is how the question finds "probationary".
    t.ok((await formsOf('how long is probation', 'probation')).includes('probationary'))
    // Rare in the handbook too, a common word of English weighs less than a topic ("yet" beside "vacation").
    const [rare] = await searchFullText(db, 'do i get vacation yet', { limit: 1 })
    const weight = (word: string) => rare?.terms?.find((x) => x.word === word)?.weight ?? 0
    t.ok(weight('yet') < weight('vacation') * 0.75, `yet ${weight('yet')}, vacation ${weight('vacation')}`)
    // A day the handbook never names only places the question in time.
    const [dated] = await searchFullText(db, 'can i take vacation saturday', { limit: 1 })
    const weightOf = (word: string) => dated?.terms?.find((x) => x.word === word)?.weight ?? 0
    t.ok(weightOf('saturday') < weightOf('vacation') / 2, `saturday ${weightOf('saturday')}`)
    // So does a span of time it never names ("late 3 times this month, am i in trouble").
    const [spanned] = await searchFullText(db, 'can i take vacation this month', { limit: 1 })
    const spanWeight = (word: string) => spanned?.terms?.find((x) => x.word === word)?.weight ?? 0
    t.ok(spanWeight('month') < spanWeight('vacation') / 2, `month ${spanWeight('month')}`)
  })

  t.test(`retrieval: typos, follow the title and heading, and scope by location (${kind})`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await tempDir(t)
    await writeFile(
      join(dir, 'downtown-parking.md'),
      '---\ntitle: Parking\nlocations: [Downtown]\n---\nStaff park in the garage on 5th street; validate your ticket at the register.\n'
    )
    await writeFile(
      join(dir, 'riverside-parking.md'),
      '---\ntitle: Parking\nlocations: [Riverside]\n---\nStaff park in the back lot by the loading dock.\n'
    )
    await writeFile(
      join(dir, 'kitchen.md'),
      '---\ntitle: Kitchen Hygiene\n---\nTie back long hair and wear a hair net on the line. Keep fingernails short and clean.\n'
    )
    await writeFile(
      join(dir, 'reviews.md'),
      '---\ntitle: Reviews\n---\nEveryone gets an annual evaluation. A good evaluation does not mean an automatic increase.\n' +
        'Never share your password.\n'
    )
    await writeFile(
      join(dir, 'leaves.md'),
      '---\ntitle: Leaves of absence\n---\nMaternity/ Pregnancy Leave is up to 17 weeks. Material handling training is yearly.\n'
    )
    await ingestPaths(db, [SAMPLE_HANDBOOK, dir])
    // A clipping too short to read alone is read as the handbook's word written near the question's next word.
    const [maternity] = await searchFullText(db, 'how long is mat leave', { limit: 1 })
    t.match(maternity, { source: 'leaves.md' })
    t.ok(
      maternity?.terms?.find((x) => x.word === 'maternity'),
      'mat leave -> maternity leave'
    )
    const [mat] = await searchFullText(db, 'who cleans the mat by the door', { limit: 1 })
    t.notOk(
      mat?.terms?.find((x) => x.word === 'maternity' || x.word === 'material'),
      'a mat by the door is no clipping'
    )
    // A common plain word beside the question's next one is no clipping either ("my own car": no "caregivers").
    await writeFile(join(dir, 'care.md'), '---\ntitle: Caregivers\n---\nCaregivers job duties are listed below.\n')
    await ingestPaths(db, [join(dir, 'care.md')])
    const [car] = await searchFullText(db, 'do i need my own car for this job', { limit: 1 })
    t.notOk(
      car?.terms?.find((x) => x.word !== 'car' && x.word.startsWith('car')),
      'a car is no clipped caregiver (nor "carrying")'
    )
    // A word clipped as texting clips it is read as the handbook's word it begins; a common word is not.
    const [clipped] = await searchFullText(db, 'does a good eval mean a raise', { limit: 1 })
    t.match(clipped, { source: 'reviews.md' })
    t.ok(
      clipped?.terms?.find((x) => x.word === 'evaluation'),
      'eval -> evaluation'
    )
    const [pass] = await searchFullText(db, 'do i get a bus pass', { limit: 1 })
    t.notOk(
      pass?.terms?.find((x) => x.word === 'password'),
      'pass is no clipped password'
    )

    const [typo] = await searchFullText(db, 'how much vacaton do i get', { limit: 1 })
    // A compound the handbook writes as two words is searched as them.
    const [compound] = await searchFullText(db, 'do i need a hairnet', { limit: 1 })
    t.match(compound, { source: 'kitchen.md' })
    t.ok((compound?.coverage ?? 0) > 0.9, `hairnet: ${compound?.coverage}`)
    t.equal(typo!.source, 'time-off.md', 'vacaton -> vacation')
    // A topic word the handbook uses only as a compound's head is read as that compound.
    const [nails] = await searchFullText(db, 'any rules about my nails', { limit: 1 })
    t.match(nails, { source: 'kitchen.md' })
    t.ok(
      nails?.terms?.find((x) => x.word === 'fingernails'),
      'nails -> fingernails'
    )
    const [payday] = await searchFullText(db, 'when is payday', { limit: 1 })
    t.match(payday, { source: 'pay.md', heading: 'Payday' })
    t.ok(payday!.score > 0 && payday!.coverage === 1)
    // A common word the handbook never uses ("think") costs a passage little of the question; a
    // topic it never uses ("mileage") costs it that topic's full share.
    const [framed] = await searchFullText(db, 'i think payday is when?', { limit: 1 })
    const [asked] = await searchFullText(db, 'when is payday for mileage', { limit: 1 })
    t.ok((framed?.coverage ?? 0) > 0.7, `framed: ${framed?.coverage}`)
    t.ok((asked?.coverage ?? 1) < 0.6, `mileage: ${asked?.coverage}`)

    const downtown = await searchFullText(db, 'where do i park', { location: 'Downtown' })
    t.same(
      downtown.filter((r) => r.title === 'Parking').map((r) => r.source),
      ['downtown-parking.md']
    )
    const riverside = await searchFullText(db, 'where do i park', { location: 'Riverside' })
    t.same(
      riverside.filter((r) => r.title === 'Parking').map((r) => r.source),
      ['riverside-parking.md']
    )
    for (const location of [null, undefined, 'Head office']) {
      const elsewhere = await searchFullText(db, 'where do i park', { location })
      t.same(
        elsewhere.filter((r) => r.title === 'Parking'),
        [],
        `restricted documents never reach an employee of ${location ?? 'no location'}`
      )
    }
    t.same(await searchFullText(db, 'the and of'), [], 'only stop words: nothing')

    // A word the handbook never uses weighs most when it names the topic ("parking" it does not
    // have), not when it only frames the question or abbreviates.
    const weights = async (q: string) =>
      Object.fromEntries(((await searchFullText(db, q, { limit: 1 }))[0]?.terms ?? []).map((x) => [x.word, x.weight]))
    const swap = await weights('can i trade a shift with another MA')
    t.notOk('another' in swap, '"another" is no term')
    t.ok(swap.ma! < swap.trade!, `an undefined abbreviation weighs less than the topic (${swap.ma} < ${swap.trade})`)
    const eligible = await weights('when am i eligible for vacation')
    t.ok(eligible.eligible! < eligible.vacation!, 'framing words weigh less than the topic')
    t.notOk('night' in (await weights('i took vacation last night')), 'when it happened is no topic')
    t.ok('roll over' in (await weights('how much vacation rolls over')), 'a phrase in another inflection')
    const topic = await weights('is there a gym membership for vacation')
    t.ok(topic.gym! > topic.vacation!, 'an unknown topic word still outweighs the known ones')
  })
}

for (const kind of DATABASE_KINDS) {
  t.test(`a search reads the full-text index, not every chunk, from prepared statements (${kind})`, async (t) => {
    // One connection, so the statistics it reports are the search's own.
    const { db } =
      kind === 'postgres'
        ? await postgresDatabase(t, { DATABASE_POOL_MAX: '1', DATABASE_PREPARE: 'true' })
        : await testDatabase(t, kind)
    await ingestPaths(db, [SAMPLE_HANDBOOK])
    // The index's pending list (scanned by every search until merged) was merged by the ingestion.
    const [pending] = await queryRows<{ pages: number }>(
      db,
      sql`select gin_clean_pending_list('chunks_tsv_idx'::regclass)::int as pages`
    )
    t.equal(pending?.pages, 0, 'nothing left in the pending list')
    const scans = async () => {
      await queryRows(db, sql`select pg_stat_force_next_flush()`)
      const [row] = await queryRows<{ index: number; table: number }>(
        db,
        sql`select (select idx_scan::int from pg_stat_user_indexes where indexrelname = 'chunks_tsv_idx') as index,
                   (select seq_scan::int from pg_stat_user_tables where relname = 'chunks') as table`
      )
      return row!
    }
    const before = await scans()
    const [found] = await searchFullText(db, 'how much vacation do i get', { limit: 1 })
    t.equal(found?.source, 'time-off.md')
    const after = await scans()
    t.ok(after.index > before.index, 'the GIN index is read')
    t.equal(after.table, before.table, 'no chunk is read by a scan of the table')
    if (kind === 'postgres') {
      // The search statement itself (it calls search_chunks), not only this query.
      const prepared = async () =>
        (
          await queryRows<{ n: number }>(
            db,
            sql`select count(*)::int as n from pg_prepared_statements
                where statement like '%from search' || '_chunks(%'`
          )
        )[0]!.n
      t.equal(await prepared(), 1, 'the search is a prepared statement')
      await searchFullText(db, 'when is payday', { limit: 1 })
      t.equal(await prepared(), 1, 'another question reuses it')

      // Behind a transaction-mode pooler (RDS Proxy, PgBouncer) nothing may be prepared.
      const pooled = await postgresDatabase(t, { DATABASE_POOL_MAX: '1', DATABASE_PREPARE: 'false' })
      await ingestPaths(pooled.db, [SAMPLE_HANDBOOK])
      t.equal((await searchFullText(pooled.db, 'how much vacation do i get', { limit: 1 }))[0]?.source, 'time-off.md')
      const [none] = await queryRows<{ n: number }>(
        pooled.db,
        sql`select count(*)::int as n from pg_prepared_statements`
      )
      t.equal(none?.n, 0, 'DATABASE_PREPARE=false prepares nothing')
    }
  })
}

t.test(
  'the 18F handbook: ingestion counts, re-run, and retrieval on the development questions',
  { skip: SKIP_WITHOUT_18F },
  async (t) => {
    const { db } = await testDatabase(t)
    // With the 18F handbook's own words (PIV for badge, Tock for timesheets), as a company would have.
    const first = await ingestPaths(db, [CORPUS_18F, SYNONYMS_18F])
    t.match(first.synonyms, { errors: [] })
    t.ok((first.synonyms?.terms ?? 0) > 10, 'the synonyms file is read, not ingested as a page')
    t.equal(first.files, 247)
    t.equal(first.added + first.skipped.length + first.failed.length, 247)
    t.equal(first.failed.length, 0, first.failed.map((f) => `${f.source}: ${f.error}`).join('; '))
    t.ok(
      first.skipped.every((s) => /redirect/.test(s.reason)),
      'only redirect stubs are skipped'
    )
    t.ok(first.chunks > 1500, `${first.chunks} chunks`)
    const rerun = await ingestPaths(db, [CORPUS_18F, SYNONYMS_18F], { prune: true })
    const synonyms = await synonymsCache(db)()
    t.match(rerun, { added: 0, updated: 0, removed: 0, unchanged: first.added })

    const sets = {
      'shared dev set': readJsonl<{ q: string; expect: string[] }>(
        await readFile(`${SHARED}eval/retrieval-dev.jsonl`, 'utf8')
      ),
      'project dev set': readJsonl<{ q: string; expect: string[] }>(
        await readFile(new URL('fixtures/retrieval-extra.jsonl', import.meta.url), 'utf8')
      )
    }
    for (const [name, questions] of Object.entries(sets)) {
      let top3 = 0
      for (const { q, expect } of questions) {
        const pages = [...new Set((await searchFullText(db, q, { limit: 5, synonyms })).map((r) => r.source))]
        if (pages.slice(0, 3).some((p) => expect.includes(p))) top3++
      }
      const rate = top3 / questions.length
      t.comment(`${name}: right page in the top 3 for ${top3}/${questions.length} (${(rate * 100).toFixed(0)}%)`)
      t.ok(rate >= 0.9, `${name}: hit@3 ${rate.toFixed(2)} >= 0.90`)
    }
  }
)

for (const kind of DATABASE_KINDS) {
  t.test(`retrieval: words joined by a slash are found one by one (${kind})`, async (t) => {
    // PostgreSQL's parser reads "jeans/denim" as a file path: neither word would be found.
    const { db } = await testDatabase(t, kind)
    const dir = await tempDir(t)
    await writeFile(
      join(dir, 'appearance.md'),
      '---\ntitle: Dress Code\n---\nBusiness casual is fine. Blue jeans/denim are not permitted on the shop floor.\n'
    )
    await ingestPaths(db, [dir])
    const [found] = await searchFullText(db, 'can i wear jeans', { limit: 1 })
    t.equal(found?.title, 'Dress Code')
    t.equal(found?.coverage, 1, 'jeans is a word of the handbook')
    // Rebuilding the search column dropped its index: the migration after it makes it again.
    const indexes = await queryRows<{ indexname: string }>(
      db,
      sql`select indexname from pg_indexes where tablename = 'chunks'`
    )
    t.ok(
      indexes.some((row) => row.indexname === 'chunks_tsv_idx'),
      'the full-text index is there'
    )
  })
}

for (const kind of DATABASE_KINDS) {
  t.test(
    `retrieval for a model: a rare word's one chunk is read though a common word fills the first pass (${kind})`,
    async (t) => {
      // The first pass ranks by ts_rank, which does not weigh a word by rarity: "work" in 120 headings had
      // pushed out the one chunk that says "polo".
      const { db } = await testDatabase(t, kind)
      const dir = await tempDir(t)
      const sections = Array.from(
        { length: 120 },
        (_, i) => `## Work rule ${i + 1}\n\nAt work, task ${i + 1} is done as the lead shows it.\n`
      )
      await writeFile(
        join(dir, 'handbook.md'),
        `---\ntitle: Handbook\n---\n${sections.join('\n')}\n## Uniform\n\nStaff are supplied with 1 polo to be worn on shift.\n`
      )
      await ingestPaths(db, [dir])
      const found = await searchFullText(db, 'how many work polos do we get', { limit: 3, wide: true })
      t.equal(found[0]?.heading, 'Uniform')
      // The extractive writer's search keeps to the first pass it was measured with.
      const narrow = await searchFullText(db, 'how many work polos do we get', { limit: 3 })
      t.notOk(narrow.some((c) => c.heading === 'Uniform'))
    }
  )
}
