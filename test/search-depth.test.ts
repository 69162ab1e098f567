// What a model is given at depth: a handbook in one file (one PDF or Word file is one page) gives as many
// passages as asked for, not three; a handbook of many pages still gives the best page's sections first,
// then every other page's best.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { diversify, searchFullText } from '../app/knowledge/full-text-search.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { DATABASE_KINDS, testDatabase } from './helper.ts'

const SECTIONS = ['Vacation', 'Sick leave', 'Holidays', 'Jury duty', 'Bereavement', 'Military leave', 'Voting']

for (const kind of DATABASE_KINDS) {
  t.test(`a handbook in one file gives as many passages as asked for (${kind})`, async (t) => {
    const { db } = await testDatabase(t, kind)
    const dir = await mkdtemp(join(tmpdir(), 'sms-depth-'))
    t.teardown(() => rm(dir, { recursive: true, force: true }))
    const body = SECTIONS.map((s, i) => `## ${s}\n\nEmployees may take ${s.toLowerCase()} leave of ${i + 1} days.\n`)
    await writeFile(join(dir, 'handbook.md'), `# Handbook\n\n${body.join('\n')}`)
    await ingestPaths(db, [dir])
    const found = await searchFullText(db, 'how many days of leave do employees get', { limit: 10 })
    t.equal(found.length, SECTIONS.length, 'every section that matches, not three')
    t.same(new Set(found.map((f) => f.heading.split(' > ').at(-1))).size, SECTIONS.length, 'each once')
    t.equal((await searchFullText(db, 'how many days of leave do employees get', { limit: 4 })).length, 4)
  })
}

t.test('diversify: the best page first, then each other page, then the rest by rank', async (t) => {
  const ranked = [
    { id: 1, doc: 'a' },
    { id: 2, doc: 'a' },
    { id: 3, doc: 'a' },
    { id: 4, doc: 'a' },
    { id: 5, doc: 'b' },
    { id: 6, doc: 'b' },
    { id: 7, doc: 'b' },
    { id: 8, doc: 'c' }
  ]
  const ids = (limit: number) => diversify(ranked, limit, (r) => r.doc.charCodeAt(0)).map((r) => r.id)
  t.same(ids(5), [1, 2, 3, 5, 8])
  t.same(ids(8), [1, 2, 3, 5, 8, 6, 4, 7])
})
