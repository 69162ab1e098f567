import { type ParsedDocument, tidy } from './types.ts'

/** Plain text: the first short line is the title when it looks like one; the rest is one section. */
export function parsePlainText(source: string, fallbackTitle: string): ParsedDocument {
  const text = tidy(source)
  const [firstLine = '', ...rest] = text.split('\n')
  const looksLikeTitle = firstLine.length > 0 && firstLine.length <= 80 && !/[.!?]$/.test(firstLine) && rest.length > 0
  return {
    title: looksLikeTitle ? firstLine : fallbackTitle,
    sections: [{ heading: '', text: looksLikeTitle ? tidy(rest.join('\n')) : text }].filter((s) => s.text),
    keywords: '',
    locations: []
  }
}
