// Pages set in two columns (a bilingual handbook with English beside Spanish, a policy manual laid out
// like a newsletter): read the left column, then the right, instead of each line across the page, which
// joins two unrelated sentences and reads as a two-column table. A line that crosses the gutter (a title
// over both columns) stays where it is, and the columns above and below it are read apart.

/** A positioned text item as pdf-lines.ts groups them into rows. */
export interface PlacedItem {
  str: string
  x: number
  width: number
}

// Where a gutter may lie, as shares of the page's width.
const SEARCH_FROM = 0.3
const SEARCH_TO = 0.7
// A gutter is empty this wide at least, in points (text split into runs at the same place on every line
// leaves none), and touched by at most this share of the page's lines (titles over both columns).
const GUTTER_HALF_WIDTH = 4
const MAX_CROSSING = 0.1
const MAX_CROSSED_LINES = 2
// Each column holds this share of the page's text at least, in this many rows at least.
const MIN_SIDE = 0.25
const MIN_ROWS = 6
// Lines of running text fill their column: most reach this share of its width (a table's first column
// of short labels does not).
const FILLED = 0.7
const MOSTLY = 0.5
// A column of running text is wide: a third of the page or so (a column of labels is not).
const MIN_COLUMN_WIDTH = 0.3

/** The x of the gutter between two columns of running text on a page, or null when it has none. */
export function columnGutter<T extends PlacedItem>(rows: T[][], pageWidth: number): number | null {
  const items = rows.flat().filter((i) => i.str.trim())
  const total = items.reduce((n, i) => n + i.str.length, 0)
  if (total === 0) return null
  const visibleRows = rows.map((row) => row.filter((i) => i.str.trim())).filter((row) => row.length)
  const crossing = (x: number) =>
    visibleRows.filter((row) => row.some((i) => i.x < x + GUTTER_HALF_WIDTH && i.x + i.width > x - GUTTER_HALF_WIDTH))
      .length
  let best: { x: number; crossed: number } | null = null
  for (let x = pageWidth * SEARCH_FROM; x <= pageWidth * SEARCH_TO; x += 2) {
    const crossed = crossing(x)
    if (!best || crossed < best.crossed) best = { x, crossed }
  }
  if (!best || best.crossed > Math.max(MAX_CROSSED_LINES, MAX_CROSSING * visibleRows.length)) return null
  const gutter = best.x
  // Lines over both columns (titles) say nothing of the columns' shape.
  const sides = rows.map((row) => split(row, gutter)).filter((side) => !side.crosses)
  const left = sides.map((s) => s.left).filter((r) => r.length)
  const right = sides.map((s) => s.right).filter((r) => r.length)
  const chars = (side: T[][]) => side.flat().reduce((n, i) => n + i.str.length, 0)
  if (left.length < MIN_ROWS || right.length < MIN_ROWS) return null
  if (chars(left) < MIN_SIDE * total || chars(right) < MIN_SIDE * total) return null
  const minWidth = MIN_COLUMN_WIDTH * pageWidth
  return isRunningText(left, minWidth) && isRunningText(right, minWidth) ? gutter : null
}

/** The rows in reading order: within each stretch between lines that cross the gutter, left column first. */
export function readColumns<T extends PlacedItem>(rows: T[][], gutter: number): T[][] {
  const ordered: T[][] = []
  let left: T[][] = []
  let right: T[][] = []
  const flush = () => {
    ordered.push(...left, ...right)
    left = []
    right = []
  }
  for (const row of rows) {
    const sides = split(row, gutter)
    if (sides.crosses) {
      flush()
      ordered.push(row)
      continue
    }
    if (sides.left.length) left.push(sides.left)
    if (sides.right.length) right.push(sides.right)
  }
  flush()
  return ordered
}

function split<T extends PlacedItem>(row: T[], gutter: number) {
  const visible = row.filter((i) => i.str.trim())
  return {
    left: row.filter((i) => i.x + i.width / 2 < gutter),
    right: row.filter((i) => i.x + i.width / 2 >= gutter),
    crosses: visible.some((i) => i.x < gutter - GUTTER_HALF_WIDTH && i.x + i.width > gutter + GUTTER_HALF_WIDTH)
  }
}

function isRunningText<T extends PlacedItem>(side: T[][], minWidth: number): boolean {
  const spans = side.map((row) => {
    const visible = row.filter((i) => i.str.trim())
    return { x0: Math.min(...visible.map((i) => i.x)), x1: Math.max(...visible.map((i) => i.x + i.width)) }
  })
  const x0 = Math.min(...spans.map((s) => s.x0))
  const x1 = Math.max(...spans.map((s) => s.x1))
  if (x1 - x0 < minWidth) return false
  const filled = spans.filter((s) => s.x1 - x0 >= FILLED * (x1 - x0)).length
  return filled >= MOSTLY * spans.length
}
