// A company's own words: `synonyms.txt` beside the handbook, one line per word or phrase employees use,
// then the handbook's words for it ("badge: id card, access card"). Ingestion stores it; search reads it.
import { sql } from 'drizzle-orm'
import { knowledgeSynonyms } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { closedCompounds } from './closed-compounds.ts'
import type { Synonyms } from './query-terms.ts'

export const SYNONYMS_FILE = 'synonyms.txt'

export interface ParsedSynonyms {
  entries: Map<string, string[]>
  errors: Array<{ line: number; message: string }>
}

export function parseSynonyms(text: string): ParsedSynonyms {
  const entries = new Map<string, string[]>()
  const errors: ParsedSynonyms['errors'] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) return
    const match = /^([^:=]+)[:=](.+)$/.exec(line)
    const related = match ? match[2]!.split(',').map(normalise).filter(Boolean) : []
    const term = match ? normalise(match[1]!) : ''
    if (!term || related.length === 0) {
      errors.push({ line: i + 1, message: 'expected "word or phrase: other words, other words"' })
      return
    }
    entries.set(term, [...new Set([...(entries.get(term) ?? []), ...related])])
  })
  return { entries, errors }
}

function normalise(words: string): string {
  return words.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ').trim()
}

export async function replaceSynonyms(db: Db, entries: Map<string, string[]>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from knowledge_synonyms`)
    if (entries.size > 0) {
      await tx.insert(knowledgeSynonyms).values([...entries].map(([term, related]) => ({ term, related })))
    }
  })
}

/**
 * The stored synonyms, read at most once a minute per process: they change only at ingestion, and a
 * search should not pay a round trip for them.
 */
export function synonymsCache(db: Db, ttlMs = 60_000): () => Promise<Synonyms> {
  let cached: { at: number; value: Promise<Synonyms> } | undefined
  return () => {
    if (!cached || Date.now() - cached.at > ttlMs) {
      const value = Promise.all([db.select().from(knowledgeSynonyms), closedCompounds(db)]).then(
        ([rows, compounds]) => new Map([...compounds, ...rows.map((r) => [r.term, r.related] as const)]) as Synonyms
      )
      value.catch(() => {
        cached = undefined
      })
      cached = { at: Date.now(), value }
    }
    return cached.value
  }
}
