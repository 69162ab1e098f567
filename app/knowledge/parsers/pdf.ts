// PDF text through pdf.js (loaded only when a PDF is ingested). PDFs carry no reliable headings, so
// each page becomes a section named after it.
import { type ParsedDocument, ParseError, type Section, tidy } from './types.ts'

export async function parsePdf(bytes: Uint8Array, fallbackTitle: string): Promise<ParsedDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0
    }).promise
  } catch (error) {
    throw new ParseError(`not a readable PDF: ${(error as Error).message}`)
  }
  try {
    const sections: Section[] = []
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      const content = await page.getTextContent()
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
      if (tidy(text)) sections.push({ heading: `Page ${n}`, text: tidy(text) })
    }
    if (sections.length === 0) throw new ParseError('the PDF has no extractable text (scanned images need OCR first)')
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined
    const title = typeof info?.Title === 'string' ? info.Title.trim() : ''
    return { title: title || fallbackTitle, sections, keywords: '', locations: [] }
  } finally {
    await document.destroy()
  }
}
