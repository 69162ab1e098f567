import { sectionsFromBlocks } from './structure.ts'
import { type ParsedDocument, tidy } from './types.ts'

/**
 * Plain text: the first short line is the title when it looks like one; the rest is split into
 * paragraphs at blank lines, and a paragraph of one short line that is numbered or in capitals
 * ("4.3 Attendance Points", "SICK LEAVE") heads a section.
 */
export function parsePlainText(source: string, fallbackTitle: string): ParsedDocument {
  const text = tidy(source)
  const [firstLine = '', ...rest] = text.split('\n')
  const looksLikeTitle = firstLine.length > 0 && firstLine.length <= 80 && !/[.!?]$/.test(firstLine) && rest.length > 0
  const body = looksLikeTitle ? tidy(rest.join('\n')) : text
  const blocks = body.split(/\n{2,}/).map((paragraph) => ({ text: paragraph }))
  return {
    title: looksLikeTitle ? firstLine : fallbackTitle,
    sections: sectionsFromBlocks(blocks, 'all'),
    keywords: '',
    locations: []
  }
}
