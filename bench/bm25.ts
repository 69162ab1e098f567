// The baseline the evaluations compare against: plain BM25 (MiniSearch) over the same chunks, indexed
// by title, heading, keywords and text, as a search library would do it out of the box.
import { eq } from 'drizzle-orm'
import MiniSearch from 'minisearch'
import type { Db } from '../app/db/database.ts'
import { chunks, documents } from '../drizzle/schema.ts'

export async function bm25Index(db: Db): Promise<MiniSearch> {
  const rows = await db
    .select({
      id: chunks.id,
      title: chunks.title,
      heading: chunks.heading,
      content: chunks.content,
      keywords: chunks.keywords,
      source: documents.source
    })
    .from(chunks)
    .innerJoin(documents, eq(documents.id, chunks.documentId))
  const index = new MiniSearch({
    fields: ['title', 'heading', 'keywords', 'content'],
    storeFields: ['source', 'title', 'content']
  })
  index.addAll(rows)
  return index
}
