// Cells a spreadsheet opens as text. A cell starting with = + - @ TAB or CR is run as a formula
// (OWASP: CSV injection), so it gets a leading apostrophe on export; import removes it again.

const FORMULA_START = /^[=+\-@\t\r]/

export function toCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function fromCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
}
