// Words the handbook writes as one that an employee writes as two ("work week": "workweek", "time card":
// "timecard", "health care": "healthcare"): the two words, read as a phrase, find the handbook's one. Taken
// from the handbook's own words at ingestion, each part a word of it too; only a compound that names a topic,
// of parts that do ("someone", "without" and "cannot" join words that say nothing).
import { isNotNull, sql } from 'drizzle-orm'
import { knowledgeTerms } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { queryRows } from '../db/database.ts'
import { plainWordTopicality } from '../text/spelling.ts'
import { textArray } from './full-text-query.ts'
import { FILLER } from './question-words.ts'

// Each part three letters at least: "in", "up" and "to" join half of English.
const MIN_PART = 3

/** Marks each closed compound among the knowledge base's words with its two words apart (after knowledge_terms is filled). */
export async function markClosedCompounds(db: Db): Promise<void> {
  const rows = await queryRows<{ term: string; head: string; tail: string }>(
    db,
    sql`
    select k.term, left(k.term, i) as head, substr(k.term, i + 1) as tail
    from knowledge_terms k, generate_series(${MIN_PART}, length(k.term) - ${MIN_PART}) i
    where exists (select 1 from knowledge_terms a where a.term = left(k.term, i))
      and exists (select 1 from knowledge_terms b where b.term = substr(k.term, i + 1))
    order by k.term, i`
  )
  // Of two ways to split one word, the first (the shorter head).
  const byTerm = new Map<string, (typeof rows)[number]>()
  for (const row of rows)
    if (!byTerm.has(row.term) && !FILLER.has(row.head) && !FILLER.has(row.tail) && plainWordTopicality(row.term) === 1)
      byTerm.set(row.term, row)
  const compounds = [...byTerm.values()]
  if (compounds.length === 0) return
  await db.execute(sql`
    update knowledge_terms k set apart = v.apart
    from unnest(${textArray(compounds.map((c) => c.term))}, ${textArray(compounds.map((c) => `${c.head} ${c.tail}`))})
      as v(term, apart)
    where k.term = v.term`)
}

/** The knowledge base's closed compounds, keyed by their two words apart ("work week" -> ["workweek"]). */
export async function closedCompounds(db: Db): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ term: knowledgeTerms.term, apart: knowledgeTerms.apart })
    .from(knowledgeTerms)
    .where(isNotNull(knowledgeTerms.apart))
  return new Map(rows.map((r) => [r.apart!, [r.term]]))
}
