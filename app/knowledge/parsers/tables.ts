// Tables become one line per row, so a row can answer on its own: "Cesar Chavez Day: March 31." or,
// with a header row, "Less than 5 years: Technical $100k, Non-Technical $70k."

export function tableToLines(rows: string[][], hasHeader?: boolean): string[] {
  const cleaned = rows
    .map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()))
    .filter((row) => row.some(Boolean))
  if (cleaned.length === 0) return []
  const header = (hasHeader ?? looksLikeHeader(cleaned)) ? cleaned[0] : undefined
  const body = header ? cleaned.slice(1) : cleaned
  return body.map((row) => sentence(rowText(row, header)))
}

function rowText(row: string[], header: string[] | undefined): string {
  const [label = '', ...values] = row
  const cells = values.filter(Boolean)
  if (cells.length === 0) return label
  // Two columns: the header says what the value is ("2 to 5 years: 80 hours (PTO per year)").
  if (values.length === 1) return `${label}: ${cells[0]}${header?.[1] ? ` (${header[1]})` : ''}`
  if (!header) return `${label}: ${cells.join(', ')}`
  return `${label}: ${values
    .map((v, i) => (v ? `${header[i + 1] ? `${header[i + 1]} ` : ''}${v}` : ''))
    .filter(Boolean)
    .join(', ')}`
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
