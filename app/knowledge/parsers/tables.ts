// Tables become one line per row, each cell labelled by its column's header, so a row answers on its
// own: "Years of service: 2 to 5 years | PTO per year: 80 hours." Without a header row: "Cesar Chavez
// Day: March 31."

export function tableToLines(rows: string[][], hasHeader?: boolean): string[] {
  const cleaned = rows
    .map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()))
    .filter((row) => row.some(Boolean))
  if (cleaned.length === 0 || isContentsTable(cleaned)) return []
  const header = (hasHeader ?? looksLikeHeader(cleaned)) && cleaned.length > 1 ? cleaned[0] : undefined
  const body = header ? cleaned.slice(1) : cleaned
  return body.map((row) => sentence(header ? labelledRow(row, header) : plainRow(row)))
}

function labelledRow(row: string[], header: string[]): string {
  return row
    .map((value, i) => (value && header[i] && header[i] !== value ? `${header[i]}: ${value}` : value))
    .filter(Boolean)
    .join(' | ')
}

function plainRow(row: string[]): string {
  const [label = '', ...values] = row
  const cells = values.filter(Boolean)
  return cells.length === 0 ? label : `${label}: ${cells.join(', ')}`
}

/** A first row of labels (no digits) above rows that hold figures reads as a header. */
function looksLikeHeader(rows: string[][]): boolean {
  if (rows.length < 2) return false
  const [first, ...rest] = rows
  return !first!.some((c) => /\d/.test(c)) && rest.some((row) => row.some((c) => /\d/.test(c)))
}

function sentence(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`
}

const PAGE_NUMBER = /^(?:\d{1,4}|[ivxlc]{1,6})$/i
const CONTENTS_HEADER = /^(?:page|pages|pg\.?|p\.|contents|section|sections|title|topic|policy)$/i
// Rows enough that a short table of figures by number ("Step | Pay") is not taken for one.
const CONTENTS_ROWS = 5

/**
 * A table of contents laid out as a table: two cells a row, one of them a page number that never goes
 * back ("2 | Pescado The Story so Far", "4 | Health and Safety"), the other a title. Not policy: never
 * searched, never quoted.
 */
export function isContentsTable(rows: string[][]): boolean {
  const body = rows.filter((row) => row.some((c) => PAGE_NUMBER.test(c)))
  if (body.length < CONTENTS_ROWS || body.length < rows.length - 1) return false
  // A header that names what the figures are ("Role | Days") makes a table of figures.
  const header = body.length < rows.length ? rows[0]! : undefined
  if (header && !header.some((cell) => CONTENTS_HEADER.test(cell))) return false
  for (const side of [0, 1]) {
    const pages = body.map((row) => row.filter(Boolean)).map((cells) => (cells.length === 2 ? cells[side]! : ''))
    const titles = body.map((row) => row.filter(Boolean)[1 - side] ?? '')
    const numbers = pages.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN))
    const ascending = numbers.every((n, i) => !Number.isNaN(n) && (i === 0 || n >= numbers[i - 1]!))
    // Titles are words ("Health and Safety"), not figures: "Over 2, and up to 6 | 1" is a table of rest periods.
    const worded = titles.filter((t) => !/\d/.test(t) && t.length <= 120 && titleCased(t)).length
    if (ascending && numbers[0]! >= 1 && worded >= titles.length * 0.8) return true
  }
  return false
}

/** Most of its longer words capitalised, as titles are ("Equal Opportunities and Dignity at Work"). */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w))
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7
}
