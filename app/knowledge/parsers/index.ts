import { basename, extname } from 'node:path'
import { parseDocx } from './docx.ts'
import { parseHtml } from './html.ts'
import { parseMarkdown } from './markdown.ts'
import { parsePdf } from './pdf.ts'
import { parsePlainText } from './plain-text.ts'
import { NoContent, type ParsedDocument, ParseError } from './types.ts'

export const SUPPORTED_EXTENSIONS = new Set([
  '.md',
  '.markdown',
  '.mdx',
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.pdf',
  '.docx'
])

// Formats people keep handbooks in that are not read, and what to do instead.
const SAVE_AS = 'save it as .docx or PDF'
const UNSUPPORTED: Record<string, string> = {
  '.doc': `Word 97-2003 files are not read: ${SAVE_AS}`,
  '.docm': `macro-enabled Word files are not read: ${SAVE_AS}`,
  '.dot': `Word templates are not read: ${SAVE_AS}`,
  '.dotx': `Word templates are not read: ${SAVE_AS}`,
  '.rtf': `RTF is not read: ${SAVE_AS}`,
  '.odt': `OpenDocument text is not read: ${SAVE_AS}`,
  '.pages': `Pages files are not read: export it as .docx or PDF`,
  '.wpd': `WordPerfect files are not read: ${SAVE_AS}`,
  '.xls': 'spreadsheets are not read: put the table in the handbook, or save it as PDF',
  '.xlsx': 'spreadsheets are not read: put the table in the handbook, or save it as PDF',
  '.ods': 'spreadsheets are not read: put the table in the handbook, or save it as PDF',
  '.numbers': 'spreadsheets are not read: put the table in the handbook, or save it as PDF',
  '.csv': 'spreadsheets are not read: put the table in the handbook, or save it as PDF',
  '.ppt': 'slides are not read: save them as PDF',
  '.pptx': 'slides are not read: save them as PDF',
  '.key': 'slides are not read: export them as PDF'
}
const IMAGES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.tif', '.tiff', '.bmp', '.webp', '.heic', '.svg'])

/** Why a file is not read (undefined when it is): every file given is either read or reported. */
export function unsupportedReason(path: string): string | undefined {
  const extension = extname(path).toLowerCase()
  if (SUPPORTED_EXTENSIONS.has(extension)) return undefined
  if (UNSUPPORTED[extension]) return UNSUPPORTED[extension]
  if (IMAGES.has(extension)) return 'an image: its text cannot be read (type it into the handbook, or run OCR)'
  return extension ? `"${extension}" files are not read` : 'a file without an extension is not read'
}

export async function parseDocument(path: string, bytes: Uint8Array): Promise<ParsedDocument> {
  const extension = extname(path).toLowerCase()
  const fallbackTitle = titleFromFileName(path)
  if (extension === '.pdf') return parsePdf(bytes, fallbackTitle)
  if (extension === '.docx') return parseDocx(bytes, fallbackTitle)

  const text = decodeText(bytes)
  if (extension === '.html' || extension === '.htm') return parseHtml(text, fallbackTitle)
  if (extension === '.txt' || extension === '.text') return parsePlainText(text, fallbackTitle)
  return parseMarkdown(text, fallbackTitle, basename(path))
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
