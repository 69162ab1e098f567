// The knowledge base: documents, their chunks, the words search weighs and the company's own words
// (see schema.ts).
import { type SQL, sql } from 'drizzle-orm'
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt, tsvector, updatedAt } from './columns.ts'

export const documents = pgTable('documents', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  // Path relative to the folder given to `ingest`, e.g. pages/travel-and-leave/leave.md
  source: text('source').notNull().unique(),
  title: text('title').notNull(),
  contentHash: text('content_hash').notNull(),
  // Empty means the document applies everywhere.
  locations: text('locations').array().notNull().default(sql`'{}'::text[]`),
  createdAt: createdAt(),
  updatedAt: updatedAt()
})

// Words joined by a slash ("jeans/denim", "Lost/Stolen", "medical/dental") are two words: PostgreSQL's parser
// reads them as one file path and neither would be found. The spelling vocabulary reads text the same way
// (knowledge/documents.ts).
export const splitSlashedWords = (text: SQL) =>
  sql`regexp_replace(${text}, '([[:alpha:]])/(?=[[:alpha:]])', '\\1 ', 'g')`
const words = (column: SQL) => splitSlashedWords(sql`coalesce(${column}, '')`)

export const chunks = pgTable(
  'chunks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    ord: integer('ord').notNull(),
    // Denormalised from the document so the generated search column can weight it. Page keywords
    // weigh less than the section heading: they are the same for every chunk of the page.
    title: text('title').notNull(),
    heading: text('heading').notNull().default(''),
    keywords: text('keywords').notNull().default(''),
    content: text('content').notNull(),
    contentHash: text('content_hash').notNull(),
    tsv: tsvector('tsv')
      .notNull()
      .generatedAlwaysAs(sql`
    setweight(to_tsvector('english', ${words(sql`title`)}), 'A') ||
    setweight(to_tsvector('english', ${words(sql`heading`)}), 'B') ||
    setweight(to_tsvector('english', ${words(sql`keywords`)}), 'C') ||
    setweight(to_tsvector('english', ${words(sql`content`)}), 'D')`),
    createdAt: createdAt()
  },
  (t) => [
    index('chunks_document_idx').on(t.documentId, t.ord),
    index('chunks_content_hash_idx').on(t.contentHash),
    index('chunks_tsv_idx').using('gin', t.tsv)
  ]
)

// Distinct words of the knowledge base, for trigram spelling correction of queries and closed compounds.
export const knowledgeTerms = pgTable(
  'knowledge_terms',
  {
    term: text('term').primaryKey(),
    frequency: integer('frequency').notNull(),
    // For a closed compound ("workweek"), its two words apart ("work week"), found at ingestion (closed-compounds.ts).
    apart: text('apart')
  },
  (t) => [index('knowledge_terms_trgm_idx').using('gin', t.term.op('gin_trgm_ops'))]
)

// How many chunks contain each lexeme (PostgreSQL's English stemming), refreshed after ingestion, so a
// search reads its words' weights (inverse document frequency) instead of counting matches each time.
// The row with the empty lexeme holds the number of chunks.
export const knowledgeLexemes = pgTable('knowledge_lexemes', {
  lexeme: text('lexeme').primaryKey(),
  chunks: integer('chunks').notNull()
})

// What has been pushed to an external vector store (Pinecone): re-ingestion embeds and upserts only
// text that is new, and deletes the vectors of text that is gone.
export const vectorSync = pgTable(
  'vector_sync',
  {
    store: text('store').notNull(),
    contentHash: text('content_hash').notNull(),
    model: text('model').notNull(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [primaryKey({ columns: [t.store, t.contentHash] })]
)

// The company's own words (synonyms.txt beside the handbook): what employees text, and the handbook's
// words for it. Replaced whenever ingestion finds the file.
export const knowledgeSynonyms = pgTable('knowledge_synonyms', {
  term: text('term').primaryKey(),
  related: text('related').array().notNull()
})
