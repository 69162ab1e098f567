// PDF through pdf.js (loaded only when a PDF is ingested). A PDF's text has no paragraphs or headings,
// only positioned runs of text in fonts: lines are rebuilt from them (pdf-lines.ts), running headers,
// footers, page numbers and the table of contents dropped, paragraphs joined again (across page
// breaks too), rows of wide-spaced cells read as a table, and headings found from the bookmarks
// (outline) when the file has them, else from numbering, size and weight (headings.ts).
import { CARDINALS } from '../../lib/number-words.ts'
import { pdfOutline } from './pdf-outline.ts'
import { withLetterSpacingJoined } from './pdf-letter-spacing.ts'
import { type PdfLine, type PdfPage, pageLines, withoutPageFurniture } from './pdf-lines.ts'
import { tableRun, tableText } from './pdf-tables.ts'
import { BULLET_MARKS, contentsLength, isContentsEntry, isContentsTitle, sectionsFromBlocks } from './structure.ts'
import { type Block, type ParsedDocument, ParseError } from './types.ts'

// A file this long is no handbook; reading it would hold the ingestion for minutes.
export const MAX_PDF_PAGES = 2000
const BULLET = new RegExp(`^[${BULLET_MARKS}]\\s+`)
// A numbered or lettered item ("1.", "(b)", "4.3", "Section 4") starts a paragraph of its own; it may
// be a heading.
const ITEM =
  /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?|(?:section|article|chapter|part)\s+[\divxlc]+)\s/i
const BOLD_FONT = /bold|black|heavy|semibold|demi/i

export async function parsePdf(bytes: Uint8Array, fallbackTitle: string): Promise<ParsedDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      fontExtraProperties: true,
      verbosity: 0
    }).promise
  } catch (error) {
    throw new ParseError(`not a readable PDF: ${(error as Error).message}`)
  }
  try {
    if (document.numPages > MAX_PDF_PAGES)
      throw new ParseError(`${document.numPages} pages: more than the ${MAX_PDF_PAGES} pages a handbook PDF may have`)
    const pages: PdfPage[] = []
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n)
      // The operator list loads the page's fonts, whose names say which are bold.
      await page.getOperatorList()
      const content = await page.getTextContent()
      const [, , width = 612, height = 792] = page.view
      const bold = new Map<string, boolean>()
      const isBold = (fontName: string) => {
        if (!bold.has(fontName)) {
          const font = page.commonObjs.has(fontName)
            ? (page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean })
            : undefined
          bold.set(fontName, !!(font?.bold || font?.black || BOLD_FONT.test(font?.name ?? '')))
        }
        return bold.get(fontName)!
      }
      pages.push({
        number: n,
        width,
        height,
        items: content.items.flatMap((item) => ('str' in item ? [{ ...item, bold: isBold(item.fontName) }] : []))
      })
      page.cleanup()
    }
    const lines = withLetterSpacingJoined(withoutPageFurniture(pages, pages.map(pageLines)))
    // Page numbers alone are no text: a scan with a numbered footer is still a scan.
    if (lines.flat().reduce((n, line) => n + line.text.length, 0) < 20)
      throw new ParseError('the PDF has no text to read, only images (a scan?): run OCR on it first, or give the text')
    const outline = await pdfOutline(document, lines)
    const cover = isCover(lines)
    const blocks = toBlocks(lines, pages, outline).map((b) => (cover && b.page === 1 ? { ...b, cover } : b))
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined
    const title = typeof info?.Title === 'string' ? info.Title.trim() : ''
    // Not a word processor's placeholder, a file name, or no words at all (a Title of ".").
    const usableTitle =
      /\p{L}{2}/u.test(title) && !/^(microsoft word\b|untitled\b|\(anonymous\))|\.(docx?|pdf)$/i.test(title)
        ? title
        : ''
    return {
      title: usableTitle || fallbackTitle,
      sections: sectionsFromBlocks(blocks, 'all'),
      keywords: '',
      locations: []
    }
  } finally {
    await document.destroy()
  }
}

// A cover holds a few words: the company's name or logo, the title, a year.
const COVER_WORDS = 30

/**
 * Whether the first page is a cover: the first of several, a few short lines and no sentence ("PIZZA
 * DOUGH", "Employee Handbook", "- 2025 -"). It names the handbook; there is no policy on it to quote.
 */
function isCover(pagesLines: PdfLine[][]): boolean {
  const first = pagesLines[0] ?? []
  const words = first.reduce((n, line) => n + line.text.split(/\s+/).filter(Boolean).length, 0)
  const sentence = first.some((line) => /\p{Ll}[.!?]["')]?$/u.test(line.text.trim()))
  return pagesLines.length > 2 && words > 0 && words <= COVER_WORDS && !sentence
}

/**
 * Paragraphs, list items, tables and headings from the lines. A new paragraph starts at a wider gap
 * between lines, a change of font or weight, a bullet, or a heading; a paragraph that does not end
 * a sentence at the foot of a page goes on at the top of the next.
 */
function toBlocks(pagesLines: PdfLine[][], pages: PdfPage[], headings: Map<PdfLine, number>): Block[] {
  const blocks: Block[] = []
  const contents = contentsLines(pagesLines.flat())
  const margins = textMargins(pagesLines.flat())
  let previous: PdfLine | undefined
  for (const [p, lines] of pagesLines.entries()) {
    const page = pages[p]!
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (contents.has(line) || isContentsEntry(line.text)) continue

      // A bookmarked heading is never a table's row: "4.0 Wage and Hour Policies" over "4.1 Attendance",
      // their numbers set apart from their titles, read as two rows of a table lost both headings.
      const table = tableRun(lines, i, headings)
      if (table.lines.length >= 2) {
        blocks.push({ text: tableText(table), kind: 'table', page: page.number })
        i += table.lines.length - 1
        previous = undefined
        continue
      }
      const level = headings.get(line)
      // Centred between the text's margins, not a line of text filling them (a heading wider than a
      // fifth of the page is centred too).
      const centered =
        Math.abs((line.x0 + line.x1) / 2 - page.width / 2) < page.width * 0.05 &&
        line.x0 > margins.left + line.size &&
        line.x1 < margins.right - line.size
      const last = blocks.at(-1)
      const bullet = BULLET.exec(line.text)
      const goesOn = last && previous && continues(previous, line, last, page.height)
      const item = ITEM.test(line.text) && !restatesNumber(previous, line)
      if (level === undefined && !bullet && !item && goesOn) {
        last.text = joinLines(last.text, line.text)
        last.bold = last.bold && line.bold
        last.size = Math.max(last.size ?? 0, line.size)
      } else {
        const text = bullet ? `- ${line.text.slice(bullet[0].length)}` : line.text
        blocks.push({
          text,
          ...(level ? { level } : {}),
          kind: bullet ? 'list' : 'paragraph',
          bold: line.bold,
          size: line.size,
          centered,
          page: page.number
        })
      }
      previous = level ? undefined : line
    }
  }
  return blocks
}

/** Where lines of text start (the commonest left edge) and end (nine in ten end before it). */
function textMargins(lines: PdfLine[]): { left: number; right: number } {
  const starts = new Map<number, number>()
  for (const line of lines) starts.set(Math.round(line.x0), (starts.get(Math.round(line.x0)) ?? 0) + 1)
  const left = [...starts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
  const ends = lines
    .filter((l) => l.text.length > 40)
    .map((l) => l.x1)
    .sort((a, b) => a - b)
  return { left, right: ends[Math.floor(ends.length * 0.9)] ?? Infinity }
}

/** The lines of the tables of contents: each contents title and the entries under it. */
function contentsLines(lines: PdfLine[]): Set<PdfLine> {
  const contents = new Set<PdfLine>()
  const texts = lines.map((l) => l.text)
  for (let i = 0; i < lines.length; i++) {
    if (!isContentsTitle(lines[i]!.text)) continue
    const length = contentsLength(texts, i)
    for (let k = i; k < i + length; k++) contents.add(lines[k]!)
    i += length - 1
  }
  return contents
}

/** Whether `line` goes on with the paragraph `last` that `previous` ended. */
function continues(previous: PdfLine, line: PdfLine, last: Block, height: number): boolean {
  if (last.kind === 'table' || last.kind === 'code') return false
  if (Math.abs(previous.size - line.size) > 0.6 || previous.bold !== line.bold) return false
  if (previous.page !== line.page) {
    // From the foot of a page to the top of the next, in the middle of a sentence.
    const across = line.page === previous.page + 1 && previous.y < height * 0.35 && line.y > height * 0.6
    // A heading in capitals at the foot of a page ("IV. EQUAL EMPLOYMENT OPPORTUNITY") heads the next page's text.
    const capitals = !/\p{Ll}/u.test(previous.text) && /\p{Lu}{3}/u.test(previous.text)
    return across && !/[.!?:]["')\]]?$/.test(previous.text) && last.kind !== 'list' && !capitals
  }
  const gap = previous.y - line.y
  // A short line over one several times as wide that starts a sentence is a title over its text ("B. Vacation" /
  // "During the first 90 days of employment ..."): a paragraph's lines run to its margin until its last.
  const titleOver = width(previous) < 0.4 * width(line) && /^\p{Lu}/u.test(line.text) && !/[,;]$/.test(previous.text)
  if (titleOver) return false
  // A list item's wrapped lines are indented under its text, not at the bullet.
  if (last.kind === 'list' && line.x0 < previous.x0 - 2 && !/[,;]$|\b(?:and|or|the|of|to|a)$/i.test(previous.text))
    return false
  // A line that goes on with a sentence in lower case goes on across a wider gap (a footnote set with
  // more space between its lines: "... on their date" / "of hire.").
  const midSentence = !/[.!?:;]["')\]]?$/.test(previous.text) && /^\p{Ll}/u.test(line.text)
  // A numbered heading wrapped under its own text ("5. COMMENCEMENT AND CONTINUOUS" / "EMPLOYMENT"), over two
  // lines or more, set a little looser than body text.
  const underText =
    previous.cells.length === 2 && Math.abs(line.x0 - previous.cells[1]!.x0) < 2 && ITEM.test(previous.text)
  const hangs = underText || (ITEM.test(last.text) && !!last.bold && line.bold && Math.abs(line.x0 - previous.x0) < 2)
  return gap > 0 && (gap <= line.size * 1.5 || ((midSentence || hangs) && gap <= line.size * 2.2))
}

function width(line: PdfLine): number {
  return line.x1 - line.x0
}

/**
 * A line that opens with the numeral of the number word ending the line before ("who have completed four" /
 * "(4) years of service") goes on with it: lawyers write amounts twice, and the line broke between.
 */
function restatesNumber(previous: PdfLine | undefined, line: PdfLine): boolean {
  const numeral = /^\((\d{1,3})\)\s/.exec(line.text)?.[1]
  const words = previous && /\b([a-z]+)(?:-([a-z]+))?$/i.exec(previous.text.toLowerCase())
  if (!numeral || !words) return false
  // "four", or "twenty-four" as 20 and 4.
  const [, first, second] = words
  return Number(CARDINALS[first!]) + (second ? Number(CARDINALS[second]) : 0) === Number(numeral)
}

function joinLines(text: string, next: string): string {
  // A word broken at the end of a line ("self-" / "sufficiency") keeps its hyphen and no space.
  return /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next) ? `${text}${next}` : `${text} ${next}`
}
