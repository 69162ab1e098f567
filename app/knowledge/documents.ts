// Writing documents into the knowledge base: a document and its chunks replaced in one transaction,
// and the word statistics search reads refreshed afterwards. Ingestion writes files; the FAQ writes
// the answers HR approved, as documents of their own (source "faq:<id>") that no file backs.
import { eq, sql } from 'drizzle-orm'
import { chunks, documents, splitSlashedWords } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { chunkDocument } from './chunk.ts'
import { markClosedCompounds } from './closed-compounds.ts'
import type { ParsedDocument } from './parsers/types.ts'

const GENERATED = /^faq:/

/** Whether a document was written by the app (an approved FAQ) rather than ingested from a file. */
export function isGenerated(source: string): boolean {
  return GENERATED.test(source)
}

/** Stores (or replaces) a document and its chunks; the number of chunks written, 0 when it has no text. */
export async function storeDocument(
  db: Db,
  source: string,
  parsed: ParsedDocument,
  contentHash: string
): Promise<number> {
  const rows = chunkDocument(parsed)
  if (rows.length === 0) return 0
  await db.transaction(async (tx) => {
    const [doc] = await tx
      .insert(documents)
      .values({ source, title: parsed.title, contentHash, locations: parsed.locations })
      .onConflictDoUpdate({
        target: documents.source,
        set: { title: parsed.title, contentHash, locations: parsed.locations, updatedAt: sql`now()` }
      })
      .returning({ id: documents.id })
    await tx.delete(chunks).where(eq(chunks.documentId, doc!.id))
    await tx.insert(chunks).values(
      rows.map((r) => ({
        documentId: doc!.id,
        ord: r.ord,
        title: parsed.title,
        heading: r.heading,
        keywords: parsed.keywords,
        content: r.content,
        contentHash: r.contentHash
      }))
    )
  })
  return rows.length
}

export async function removeDocument(db: Db, source: string): Promise<boolean> {
  const removed = await db.delete(documents).where(eq(documents.source, source)).returning({ id: documents.id })
  return removed.length > 0
}

/**
 * The distinct words of the knowledge base, which the retriever uses to correct misspelt query words
 * with trigram similarity (the approach the PostgreSQL pg_trgm documentation describes).
 */
export async function refreshKnowledgeTerms(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from knowledge_terms`)
    await tx.execute(sql`
      insert into knowledge_terms (term, frequency)
      select word, ndoc from ts_stat($$select to_tsvector('simple', ${splitSlashedWords(sql`title || ' ' || heading || ' ' || keywords || ' ' || content`)}) from chunks$$)
      where length(word) between 3 and 30 and word ~ '^[a-z]+$'`)
    await markClosedCompounds(tx)
    // Document frequencies for the search's word weights (see postgres-retriever.ts).
    await tx.execute(sql`delete from knowledge_lexemes`)
    await tx.execute(sql`
      insert into knowledge_lexemes (lexeme, chunks)
      select word, ndoc from ts_stat('select tsv from chunks')
      union all
      select '', count(*)::int from chunks`)
  })
  // Fresh statistics, so the planner uses the full-text index as the knowledge base grows.
  await db.execute(sql`analyze chunks`)
  // A GIN index takes new entries into a pending list (fast to write), which every search scans
  // until a vacuum merges it, and PGlite never vacuums: merged here, once the writing is done.
  await db.execute(
    sql`select gin_clean_pending_list('chunks_tsv_idx'::regclass), gin_clean_pending_list('knowledge_terms_trgm_idx'::regclass)`
  )
}
