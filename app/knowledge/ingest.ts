// Loads files into the knowledge base. Re-running is cheap and safe: unchanged files (same content
// hash) are skipped, changed ones replaced in one transaction each, and a file that cannot be parsed
// is reported without touching what is already stored.
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join, relative, resolve, sep } from 'node:path'
import { eq, inArray } from 'drizzle-orm'
import { documents } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { sha256 } from '../lib/hash.ts'
import { isGenerated, refreshKnowledgeTerms, storeDocument } from './documents.ts'
import { parseSynonyms, replaceSynonyms, SYNONYMS_FILE } from './company-terms.ts'
import { NoContent, parseDocument, ParseError, unsupportedReason } from './parsers/index.ts'

// A handbook file larger than this is refused unread (a whole handbook PDF is a few megabytes).
export const MAX_FILE_BYTES = 50 * 1024 * 1024

export interface IngestSummary {
  files: number
  added: number
  updated: number
  unchanged: number
  removed: number
  chunks: number
  /** Readable files with nothing to answer from (redirect stubs, empty pages). */
  skipped: Array<{ source: string; reason: string }>
  /** Files that could not be read; whatever was stored for them before is kept. */
  failed: Array<{ source: string; error: string }>
  /** Files in a format that is not read (.doc, .xlsx, images...), with what to do instead. */
  unsupported: Array<{ source: string; reason: string }>
  /** The company's synonyms.txt, when this run found one (it replaces the stored synonyms). */
  synonyms?: { terms: number; errors: Array<{ line: number; message: string }> }
}

export interface IngestOptions {
  /** Remove documents whose files were not found in this run. */
  prune?: boolean
  onStart?: (total: number) => void
  onFile?: (source: string) => void
}

interface FoundFile {
  path: string
  source: string
}

/** A file to ingest: its source path (what answers cite and `--prune` compares) and its bytes. */
export interface IngestFile {
  source: string
  bytes: Uint8Array
}

/** Reads the files under the given paths and ingests them (see ingestFiles). */
export async function ingestPaths(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const files: IngestFile[] = []
  const unreadable: IngestSummary['failed'] = []
  for (const file of await findFiles(paths)) {
    try {
      files.push({ source: file.source, bytes: await readFile(file.path) })
    } catch (error) {
      unreadable.push({ source: file.source, error: (error as Error).message })
    }
  }
  const summary = await ingestFiles(db, files, options)
  return { ...summary, files: summary.files + unreadable.length, failed: [...summary.failed, ...unreadable] }
}

/**
 * Ingests files given as bytes (from disk, or uploaded through the API): each document added,
 * replaced or left as it is, a synonyms.txt among them replacing the company's synonyms.
 */
export async function ingestFiles(db: Db, given: IngestFile[], options: IngestOptions = {}): Promise<IngestSummary> {
  const synonymFiles = given.filter((f) => basename(f.source).toLowerCase() === SYNONYMS_FILE)
  const files = given.filter((f) => !synonymFiles.includes(f))
  const summary: IngestSummary = {
    files: files.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    chunks: 0,
    skipped: [],
    failed: [],
    unsupported: []
  }
  const existing = new Map(
    (await db.select({ source: documents.source, hash: documents.contentHash }).from(documents)).map((d) => [
      d.source,
      d.hash
    ])
  )
  const seen = new Set<string>()
  options.onStart?.(files.length)

  for (const file of files) {
    options.onFile?.(file.source)
    if (seen.has(file.source)) {
      summary.failed.push({ source: file.source, error: 'two files map to the same source path' })
      continue
    }
    seen.add(file.source)
    const unsupported = unsupportedReason(file.source)
    if (unsupported) {
      summary.unsupported.push({ source: file.source, reason: unsupported })
      continue
    }
    if (file.bytes.byteLength > MAX_FILE_BYTES) {
      summary.failed.push({
        source: file.source,
        error: `${Math.round(file.bytes.byteLength / 1048576)} MB: larger than the ${MAX_FILE_BYTES / 1048576} MB a file may be`
      })
      continue
    }
    try {
      const { bytes } = file
      const hash = sha256(bytes)
      if (existing.get(file.source) === hash) {
        summary.unchanged++
        continue
      }
      const parsed = await parseDocument(file.source, bytes)
      const stored = await storeDocument(db, file.source, parsed, hash)
      if (stored === 0) throw new NoContent('no text found')
      summary.chunks += stored
      if (existing.has(file.source)) summary.updated++
      else summary.added++
    } catch (error) {
      if (error instanceof NoContent) {
        // The page exists but says nothing now: what it used to say must not be answered from.
        if (existing.has(file.source)) {
          await db.delete(documents).where(eq(documents.source, file.source))
          summary.removed++
        }
        summary.skipped.push({ source: file.source, reason: error.message })
      } else {
        // Unreadable: report it and keep whatever was stored before.
        summary.failed.push({ source: file.source, error: (error as Error).message })
      }
    }
  }

  if (options.prune) {
    // Documents the app wrote itself (approved FAQs) have no file: never pruned.
    const gone = [...existing.keys()].filter((source) => !seen.has(source) && !isGenerated(source))
    if (gone.length > 0) {
      await db.delete(documents).where(inArray(documents.source, gone))
      summary.removed = gone.length
    }
  }
  if (summary.added + summary.updated + summary.removed > 0) await refreshKnowledgeTerms(db)
  if (synonymFiles.length > 0) summary.synonyms = await loadSynonyms(db, synonymFiles)
  return summary
}

/** The company's synonyms files (usually one), merged and stored in place of the previous ones. */
async function loadSynonyms(db: Db, files: IngestFile[]): Promise<NonNullable<IngestSummary['synonyms']>> {
  const entries = new Map<string, string[]>()
  const errors: Array<{ line: number; message: string }> = []
  for (const file of files) {
    const parsed = parseSynonyms(new TextDecoder().decode(file.bytes))
    for (const [term, related] of parsed.entries)
      entries.set(term, [...new Set([...(entries.get(term) ?? []), ...related])])
    errors.push(...parsed.errors.map((e) => ({ ...e, message: `${file.source}: ${e.message}` })))
  }
  await replaceSynonyms(db, entries)
  return { terms: entries.size, errors }
}

/**
 * Every file under the given paths (hidden ones, office lock files and node_modules aside), with its
 * source path: those ingestion cannot read are reported, not passed over.
 */
export async function findFiles(paths: string[]): Promise<FoundFile[]> {
  const found: FoundFile[] = []
  for (const given of paths) {
    const absolute = resolve(given)
    const info = await stat(absolute).catch(() => null)
    if (!info) throw new ParseError(`no such file or folder: ${given}`)
    if (info.isFile()) {
      found.push({ path: absolute, source: basename(absolute) })
      continue
    }
    for (const path of await walk(absolute)) {
      found.push({ path, source: relative(absolute, path).split(sep).join('/') })
    }
  }
  return found
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries
      // Hidden files, and the lock files Word and LibreOffice leave beside an open document.
      .filter((e) => !/^(\.|~\$|\.~lock\.)/.test(e.name) && e.name !== 'node_modules')
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map(async (e) => {
        const path = join(dir, e.name)
        if (e.isDirectory()) return walk(path)
        return e.isFile() ? [path] : []
      })
  )
  return nested.flat()
}
