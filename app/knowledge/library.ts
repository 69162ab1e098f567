// The handbook as HR and ops keep it through the API: files uploaded and ingested (the same ingestion
// as `npm run ingest`), the documents listed, and one removed. No database access needed.
import { extname } from 'node:path'
import { asc, count, eq } from 'drizzle-orm'
import { chunks, documents } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { conflict, notFound, RequestError } from '../lib/errors.ts'
import { SYNONYMS_FILE } from './company-terms.ts'
import { isGenerated, refreshKnowledgeTerms } from './documents.ts'
import type { IngestFile, IngestSummary } from './ingest.ts'
import type { SyncSummary } from './types.ts'

export interface LibraryDeps {
  db: Db
  /** Embeds new text and deletes the vectors of removed text, when embeddings are configured. */
  syncVectors?: () => Promise<SyncSummary>
}

export interface UploadReport extends IngestSummary {
  /** What the vector store did with the new text (absent without embeddings). */
  vectors?: { embedded: number; deleted: number } | { unavailable: string }
}

export interface DocumentView {
  id: number
  source: string
  title: string
  locations: string[]
  chunks: number
  /** An approved FAQ (managed through /faq), not a file. */
  faq: boolean
  updatedAt: string
}

/**
 * Ingests uploaded files: each added, replaced (same name) or left as it is (same content), then the
 * vectors synced. A file of a format the parsers do not read refuses the whole upload (415), by name,
 * before anything is stored.
 */
export async function uploadHandbookFiles(deps: LibraryDeps, files: IngestFile[]): Promise<UploadReport> {
  if (files.length === 0) throw new RequestError(400, 'Attach at least one file (multipart/form-data)')
  // Ingestion and its parsers load here, on an upload: never on a cold start that only answers texts.
  await withDomMatrix()
  const [{ ingestFiles }, { SUPPORTED_EXTENSIONS }] = await Promise.all([
    import('./ingest.ts'),
    import('./parsers/index.ts')
  ])
  const readable = (name: string) =>
    SUPPORTED_EXTENSIONS.has(extname(name).toLowerCase()) || name.toLowerCase() === SYNONYMS_FILE
  const unsupported = files.filter((f) => !readable(f.source)).map((f) => f.source)
  if (unsupported.length > 0) {
    const formats = [...SUPPORTED_EXTENSIONS].sort().join(', ')
    throw new RequestError(
      415,
      `Not a format the handbook reads: ${unsupported.join(', ')} (it reads ${formats}, and ${SYNONYMS_FILE})`
    )
  }
  const summary = await ingestFiles(deps.db, files)
  if (!deps.syncVectors || summary.added + summary.updated + summary.removed === 0) return summary
  // The text is stored and searchable by its words already: vectors that fail are reported, not fatal.
  const vectors = await deps.syncVectors().then(
    (synced): UploadReport['vectors'] =>
      synced.unavailable ? { unavailable: synced.unavailable } : { embedded: synced.embedded, deleted: synced.deleted },
    (error: Error) => ({ unavailable: `the vectors could not be synced (${error.message}); words still find the text` })
  )
  return { ...summary, vectors }
}

/**
 * pdf.js builds a DOMMatrix as it loads. In Node it takes one from @napi-rs/canvas, a native build per
 * platform that the Lambda bundle does not ship (arm64, no node_modules): reading text needs no more
 * than the plain-JS DOMMatrix of @thednp/dommatrix.
 */
async function withDomMatrix(): Promise<void> {
  if ('DOMMatrix' in globalThis) return
  const { default: DOMMatrix } = await import('@thednp/dommatrix')
  Object.assign(globalThis, { DOMMatrix })
}

export async function listDocuments(db: Db): Promise<DocumentView[]> {
  const rows = await db
    .select({
      id: documents.id,
      source: documents.source,
      title: documents.title,
      locations: documents.locations,
      chunks: count(chunks.id),
      updatedAt: documents.updatedAt
    })
    .from(documents)
    .leftJoin(chunks, eq(chunks.documentId, documents.id))
    .groupBy(documents.id)
    .orderBy(asc(documents.source))
  return rows.map((r) => ({
    ...r,
    chunks: Number(r.chunks),
    faq: isGenerated(r.source),
    updatedAt: r.updatedAt.toISOString()
  }))
}

/** Removes a document and its passages; it is no longer searched nor answered from. */
export async function deleteDocument(deps: LibraryDeps, id: number): Promise<void> {
  const [document] = await deps.db.select({ source: documents.source }).from(documents).where(eq(documents.id, id))
  if (!document) throw notFound(`There is no document ${id}`)
  if (isGenerated(document.source))
    throw conflict(`Document ${id} is an approved FAQ: reject it through POST /faq/:id/reject instead`)
  await deps.db.delete(documents).where(eq(documents.id, id))
  await refreshKnowledgeTerms(deps.db)
  await deps.syncVectors?.().catch(() => undefined)
}
