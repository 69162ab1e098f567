// Tables become one line per row, each cell labelled by its column's header, so a row answers on its
// own: "Years of service: 2 to 5 years | PTO per year: 80 hours." Without a header row: "Cesar Chavez
// Day: March 31."

export function tableToLines(rows: string[][], hasHeader?: boolean): string[] {
  const cleaned = rows
    .map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()))
    .filter((row) => row.some(Boolean))
  if (cleaned.length === 0) return []
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
