// The handbook page's reads and the synonyms edited in place (uploads and removals are the data
// API's own functions, in knowledge/library.ts).
import { asc, sql } from 'drizzle-orm'
import { knowledgeSynonyms } from '../../drizzle/schema.ts'
import { type Db, queryRows } from '../db/database.ts'
import { type ParsedSynonyms, parseSynonyms, replaceSynonyms } from '../knowledge/company-terms.ts'
import { listDocuments, type DocumentView } from '../knowledge/library.ts'

export interface HandbookDocument extends DocumentView {
  sections: string[]
}

const SECTIONS_SHOWN = 40

export async function handbookDocuments(db: Db): Promise<HandbookDocument[]> {
  const [documents, sections] = await Promise.all([
    listDocuments(db),
    queryRows<{ document_id: number; heading: string }>(
      db,
      sql`select document_id, heading from (
        select document_id, heading, min(id) as first from chunks where heading <> '' group by document_id, heading
      ) s order by document_id, first`
    )
  ])
  return documents.map((d) => ({
    ...d,
    sections: sections
      .filter((s) => Number(s.document_id) === d.id)
      .map((s) => s.heading)
      .slice(0, SECTIONS_SHOWN)
  }))
}

/** The company's synonyms as synonyms.txt writes them. */
export async function synonymsText(db: Db): Promise<string> {
  const rows = await db.select().from(knowledgeSynonyms).orderBy(asc(knowledgeSynonyms.term))
  return rows.map((r) => `${r.term}: ${r.related.join(', ')}`).join('\n')
}

/** Replaces the synonyms when every line reads; otherwise stores nothing and says which lines do not. */
export async function saveSynonyms(db: Db, text: string): Promise<ParsedSynonyms> {
  const parsed = parseSynonyms(text)
  if (parsed.errors.length === 0) await replaceSynonyms(db, parsed.entries)
  return parsed
}
