// The lines of a PDF's pages from pdf.js text items: each with its font size, whether it is bold, where
// it sits, and its cells where wide gaps split it (a table's columns). Running headers and footers
// (lines repeated at the same place on most pages) and page numbers are dropped here.
import { withPlainGlyphs } from './glyphs.ts'
import { columnGutter, readColumns } from './pdf-columns.ts'
import { BULLET_MARKS } from './structure.ts'

/** The parts of a pdf.js text item read here. */
export interface TextItem {
  str: string
  transform: number[]
  width: number
}

export interface PdfLine {
  page: number
  text: string
  /** Left and right edge, and baseline, in points. */
  x0: number
  x1: number
  y: number
  size: number
  bold: boolean
  /** Where tabs or gaps wider than a character and a half split the line: its pieces and where each lies. */
  cells: Array<{ x0: number; x1: number; text: string }>
}

export interface PdfPage {
  number: number
  width: number
  height: number
  items: Array<TextItem & { bold: boolean }>
}

const PAGE_NUMBER = /^(?:page\s+)?[-–(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i
// Where running headers and footers sit: the top and bottom of the page.
const MARGIN = 0.12

/** The lines of one page, top to bottom. */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items
    .filter((item) => item.str && Math.abs(item.transform[1] ?? 0) < 0.01 && Math.abs(item.transform[2] ?? 0) < 0.01)
    .map((item) => ({
      str: item.str,
      x: item.transform[4]!,
      y: item.transform[5]!,
      size: Math.abs(item.transform[3]!) || Math.abs(item.transform[0]!),
      width: item.width,
      bold: item.bold
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x)

  const rows: Array<typeof items> = []
  for (const item of items) {
    const row = rows.at(-1)
    // Half a line: a superscript ("16th") stays on its line.
    const tolerance = Math.max(2, 0.5 * Math.max(item.size, row?.[0]?.size ?? item.size))
    if (row && Math.abs(row[0]!.y - item.y) <= tolerance) row.push(item)
    else rows.push([item])
  }

  const gutter = columnGutter(rows, page.width)
  return (gutter === null ? rows : readColumns(rows, gutter)).flatMap((row) => {
    row.sort((a, b) => a.x - b.x)
    const visible = row.filter((i) => i.str.trim())
    if (visible.length === 0) return []
    const size = Math.max(...visible.map((i) => i.size))
    const cells: PdfLine['cells'] = []
    let end = -Infinity
    let space = false
    let tab = false
    for (const item of row) {
      if (!item.str.trim()) {
        space = true
        // A space wider than a character is a tab: between the columns of a table.
        tab ||= item.width > size
        continue
      }
      const gap = item.x - end
      end = item.x + item.width
      if (cells.length === 0 || gap > 1.5 * size || tab) cells.push({ x0: item.x, x1: end, text: item.str })
      else {
        const cell = cells.at(-1)!
        cell.text += (space || gap > 0.15 * item.size ? ' ' : '') + item.str
        cell.x1 = end
      }
      space = /\s$/.test(item.str)
      tab = false
    }
    for (const cell of cells) cell.text = withPlainGlyphs(cell.text)
    const text = cells.map((c) => c.text).join(' ')
    return [
      {
        page: page.number,
        text: text.replace(/\s+/g, ' ').trim(),
        x0: visible[0]!.x,
        x1: end,
        y: visible[0]!.y,
        size,
        bold: visible.every((i) => i.bold || !/\p{L}/u.test(i.str)),
        cells: withBulletsJoined(
          cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text)
        )
      }
    ]
  })
}

// A list's bullet is often set apart from its text by a tab stop: a lone bullet is part of the cell it
// marks, not a column of its own (a bulleted list is no two-column table).
const LONE_BULLET = new RegExp(`^[${BULLET_MARKS}]$`)

function withBulletsJoined(cells: PdfLine['cells']): PdfLine['cells'] {
  const [first, second, ...rest] = cells
  if (!first || !second || !LONE_BULLET.test(first.text)) return cells
  return [{ x0: first.x0, x1: second.x1, text: `${first.text} ${second.text}` }, ...rest]
}

/**
 * The lines of every page without running headers, footers and page numbers: a line in the top or
 * bottom of the page that recurs, digits aside, at the same height on a third or more of the pages
 * (at least three), or that is only a page number.
 */
export function withoutPageFurniture(pages: PdfPage[], lines: PdfLine[][]): PdfLine[][] {
  const key = (line: PdfLine) => `${line.text.toLowerCase().replace(/\d+/g, '#')}@${Math.round(line.y / 6)}`
  const inMargin = (line: PdfLine, page: PdfPage) =>
    line.y > page.height * (1 - MARGIN) || line.y < page.height * MARGIN
  const seen = new Map<string, Set<number>>()
  lines.forEach((pageLines, i) => {
    for (const line of pageLines) {
      if (!inMargin(line, pages[i]!)) continue
      seen.set(key(line), (seen.get(key(line)) ?? new Set()).add(i))
    }
  })
  const repeated = Math.max(3, Math.ceil(pages.length / 3))
  return lines.map((pageLines, i) =>
    pageLines.filter(
      (line) =>
        !inMargin(line, pages[i]!) || !(PAGE_NUMBER.test(line.text) || (seen.get(key(line))?.size ?? 0) >= repeated)
    )
  )
}
