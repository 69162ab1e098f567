// lib/stem.ts stems as PostgreSQL's English search does: a word stemmed in Node must be the lexeme
// the full-text index holds, or a phrase found by the search is not found again in the sentence.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import t from 'tap'
import { queryRows } from '../app/db/database.ts'
import { stem } from '../app/lib/stem.ts'
import { DATABASE_KINDS, testDatabase } from './helper.ts'

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)])))
  )
  return nested.flat()
}

// The words of the repository's handbooks, and the inflections the 1980 Porter stemmer got wrong.
async function handbookWords(): Promise<string[]> {
  const files = [...(await filesUnder('sample/handbook')), ...(await filesUnder('eval/handbooks'))]
  const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join(' ').toLowerCase()
  const words = new Set(text.match(/[a-z]{3,}/g) ?? [])
  for (const w of ['holidays', 'holiday', 'generously', 'dying', 'lying', 'news', 'skies', 'inning']) words.add(w)
  return [...words].sort()
}

// Where the Porter2 that wink-porter2 implements and the later Snowball that PostgreSQL ships part ways,
// found on handbooks others wrote (eval/handbooks/clef, hypha-coop): PostgreSQL keeps "add" whole
// and reads a run of y's as ending in i. Any other difference fails the test.
const KNOWN_DIFFERENCES = new Set(['added', 'adding', 'yyyy'])

for (const kind of DATABASE_KINDS) {
  t.test(`stem() is ts_lexize('english_stem') on the handbooks' words (${kind})`, async (t) => {
    const database = await testDatabase(t, kind)
    const words = await handbookWords()
    t.ok(words.length > 1000, `${words.length} words`)
    // The first lexeme as text: the driver does not parse arrays (fetch_types is off).
    const rows = await queryRows<{ word: string; lexeme: string | null }>(
      database.db,
      sql`select w as word, (ts_lexize('english_stem', w))[1] as lexeme from unnest(${`{${words.join(',')}}`}::text[]) w`
    )
    // Stop words have no lexeme; numbers spelt out are digits to stem() ("three" is "3").
    const compared = rows.filter((r) => r.lexeme && !/^\d+$/.test(stem(r.word)))
    const differ = compared
      .filter((r) => stem(r.word) !== r.lexeme && !KNOWN_DIFFERENCES.has(r.word))
      .map((r) => `${r.word}: ${stem(r.word)} / ${r.lexeme}`)
    t.ok(compared.length > 1000, `${compared.length} compared`)
    t.same(differ, [], 'every word stems as PostgreSQL stems it')
    t.equal(stem('holidays'), 'holiday')
  })
}
