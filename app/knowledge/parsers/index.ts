import { basename, extname } from 'node:path'
import { parseHtml } from './html.ts'
import { parseMarkdown } from './markdown.ts'
import { parsePdf } from './pdf.ts'
import { parsePlainText } from './plain-text.ts'
import { NoContent, type ParsedDocument, ParseError } from './types.ts'

export const SUPPORTED_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.txt', '.text', '.html', '.htm', '.pdf'])

export async function parseDocument(path: string, bytes: Uint8Array): Promise<ParsedDocument> {
  const extension = extname(path).toLowerCase()
  const fallbackTitle = titleFromFileName(path)
  if (extension === '.pdf') return parsePdf(bytes, fallbackTitle)

  const text = decodeText(bytes)
  if (extension === '.html' || extension === '.htm') return parseHtml(text, fallbackTitle)
  if (extension === '.txt' || extension === '.text') return parsePlainText(text, fallbackTitle)
  return parseMarkdown(text, fallbackTitle)
}

/** UTF-8 text, or a ParseError for binary content saved under a text extension. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ParseError('binary content (NUL bytes) in a text file')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw new ParseError('not valid UTF-8 text')
  }
}

function titleFromFileName(path: string): string {
  const name = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim()
  return name.charAt(0).toUpperCase() + name.slice(1)
}

export { NoContent, ParseError }
export type { ParsedDocument }
