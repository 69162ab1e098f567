// Tables in a PDF: lines whose cells fall in the same columns, read as rows under their header (the
// header may run over several lines: "Location | Role" over "1 2 3 4 5 6+"), each row a sentence.
import type { PdfLine } from './pdf-lines.ts'
import { tableToLines } from './tables.ts'

/**
 * The lines from `start` that form a table: at least two lines of two or more cells that fall in the
 * same columns, with the lines between them that only continue a cell (a wrapped cell's second line).
 * A column is where its cells lie, left to right (cells may be centred or right-aligned in it).
 */
export function tableRun(lines: PdfLine[], start: number, headings: Map<PdfLine, number>): Table {
  const first = lines[start]!
  if (first.cells.length < 2 || headings.has(first)) return { lines: [], columns: [] }
  let columns = first.cells.map((c) => ({ x0: c.x0, x1: c.x1 }))
  const run = [first]
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j]!
    if (line.page !== first.page || run.at(-1)!.y - line.y > line.size * 3 || headings.has(line)) break
    // A row with cells where no column was yet (the years under "Years of Service", beside "Role") adds
    // its columns, when every line so far still falls in them.
    const widened = placeCells(columns, line) ? undefined : withColumnsOf(columns, line)
    if (widened && [...run, line].every((l) => placeCells(widened, l))) columns = widened
    const placed = placeCells(columns, line)
    if (!placed) break
    if (line.cells.length >= 2)
      line.cells.forEach((cell, k) => {
        const column = columns[placed[k]!]!
        column.x0 = Math.min(column.x0, cell.x0)
        column.x1 = Math.max(column.x1, cell.x1)
      })
    run.push(line)
  }
  // Lines of one cell after the last full row continue it only when close under it.
  while (run.length > 1 && run.at(-1)!.cells.length < 2 && run.at(-2)!.y - run.at(-1)!.y > run.at(-1)!.size * 1.5)
    run.pop()
  const rows = run.filter((l) => l.cells.length >= 2)
  return { lines: rows.length >= 2 && !hangingNumbers(rows, columns) ? run : [], columns }
}

// A clause's number set apart from its text ("5.3.3." | "Confirmation of your medical fitness..."), as lawyers
// lay out numbered paragraphs with a hanging indent: two columns whose first holds only such numbers are a
// numbered list, not a table (read as one, its bold numbered headings were lost in its rows).
const CLAUSE_NUMBER = /^\(?(?:\d{1,2}(?:\.\d{1,2}){0,4}|[a-z]|[ivx]{1,5})[.)]?$/i

function hangingNumbers(rows: PdfLine[], columns: Table['columns']): boolean {
  return columns.length === 2 && rows.every((l) => l.cells.length === 2 && CLAUSE_NUMBER.test(l.cells[0]!.text.trim()))
}

/** The columns with a line's cells added: overlapping ones merged, left to right; undefined when none is new. */
function withColumnsOf(columns: Table['columns'], line: PdfLine): Table['columns'] | undefined {
  if (line.cells.length < 2) return undefined
  const spans = [...columns, ...line.cells.map((c) => ({ x0: c.x0, x1: c.x1 }))].sort((a, b) => a.x0 - b.x0)
  const merged: Table['columns'] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span.x0 <= last.x1 + 4) last.x1 = Math.max(last.x1, span.x1)
    else merged.push({ ...span })
  }
  return merged.length > columns.length ? merged : undefined
}

export interface Table {
  lines: PdfLine[]
  columns: Array<{ x0: number; x1: number }>
}

/**
 * The column of each of a line's cells: a full row's cells in order (a header centred over a column
 * whose values are left-aligned lies apart from them), else the one column each falls in.
 */
function placeCells(columns: Table['columns'], line: PdfLine): number[] | undefined {
  if (line.cells.length === columns.length) return line.cells.map((_, k) => k)
  const placed = line.cells.map((cell) => columnOf(columns, cell))
  return placed.some((k) => k < 0) || new Set(placed).size < placed.length ? undefined : placed
}

/** The one column a cell falls in (overlapping it, or within a few points of it), or -1. */
function columnOf(columns: Array<{ x0: number; x1: number }>, cell: { x0: number; x1: number }): number {
  const overlap = columns.map((c) => Math.min(c.x1, cell.x1) - Math.max(c.x0, cell.x0))
  const best = overlap.indexOf(Math.max(...overlap))
  const across = overlap.filter((o) => o > 2).length > 1
  return overlap[best]! > -4 && !across ? best : -1
}

export function tableText({ lines, columns }: Table): string {
  const rows: string[][] = []
  let header = false
  let headerLines = 0
  for (const line of lines) {
    const row = columns.map(() => '')
    const placed = placeCells(columns, line) ?? []
    for (const [k, cell] of line.cells.entries()) row[placed[k]!] = cell.text
    // A line of one cell, or without a first cell, continues the row above (a cell wrapped onto two lines),
    // unless it fills cells the row above already has: then it is a row of its own whose first cell spans
    // rows ("Club" beside three roles). The header's second line fills only cells the first left empty.
    const last = rows.at(-1)
    const fillsTaken = line.cells.length > 1 && row.some((cell, k) => cell && last?.[k])
    if ((!row[0] || line.cells.length < 2) && last && !fillsTaken) {
      for (const [k, cell] of row.entries()) last[k] = `${last[k]} ${cell}`.trim()
      if (rows.length === 1 && line.cells.length > 1) headerLines++
    } else rows.push(row)
    if (rows.length === 1 && line.bold) header = true
  }
  // A first row made of two lines of cells is a header ("Location | Role" over "1 | 2 | 3").
  if (headerLines > 0 && rows.length > 2) header = true
  return tableToLines(rows, header || undefined).join('\n')
}
