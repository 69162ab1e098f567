// A word the handbook writes as one that an employee writes as two ("work week": "workweek"): found at
// ingestion among the handbook's own words, and read as one phrase by search and by the answer writer.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isNotNull } from 'drizzle-orm'
import t from 'tap'
import { knowledgeTerms } from '../drizzle/schema.ts'
import { extractiveAnswer } from '../app/answer/extractive.ts'
import { synonymsCache } from '../app/knowledge/company-terms.ts'
import { createFullTextRetriever } from '../app/knowledge/index.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { SAMPLE_HANDBOOK } from './fixtures/data.ts'
import { DATABASE_KINDS, testDatabase } from './helper.ts'

const OVERTIME = `---
title: Overtime
---
Hourly employees are paid one and one-half times their regular rate for hours over 40.
For overtime purposes, the workweek begins on Monday at midnight and ends on Sunday at 11:59 p.m.
Someone from payroll checks every timecard without delay. Lost your ID card? Tell payroll.
`

for (const kind of DATABASE_KINDS) {
  t.test(`${kind}: closed compounds are read from two words`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await mkdtemp(join(tmpdir(), 'sms-compounds-'))
    t.teardown(() => rm(dir, { recursive: true, force: true }))
    await writeFile(join(dir, 'overtime.md'), OVERTIME)
    await ingestPaths(db, [SAMPLE_HANDBOOK, dir])

    const marked = new Map(
      (
        await db
          .select({ term: knowledgeTerms.term, apart: knowledgeTerms.apart })
          .from(knowledgeTerms)
          .where(isNotNull(knowledgeTerms.apart))
      ).map((r) => [r.term, r.apart])
    )
    t.equal(marked.get('workweek'), 'work week')
    t.equal(marked.get('timecard'), 'time card')
    // Words joined from words that say nothing are no topic: "some one" is not searched as "someone".
    for (const word of ['someone', 'without', 'cannot']) t.notOk(marked.has(word), `${word} is no compound of topics`)
    t.same((await synonymsCache(db)()).get('work week'), ['workweek'])

    const question = 'what day does the work week start for overtime'
    const passages = await createFullTextRetriever(db).search(question, { limit: 8 })
    t.equal(passages[0]?.source, 'overtime.md')
    t.ok(
      passages[0]?.terms?.some((term) => term.forms.includes('workweek')),
      'the two words find the handbook one'
    )
    const answer = extractiveAnswer({ question, passages, language: 'en', maxSegments: 3, companyName: 'Test Co' })
    t.ok(answer.answered)
    t.match(answer.text, /workweek begins on Monday/)
  })
}
