// The directory as CSV: `phone,name,role,manager_phone,location,language`. Bad rows are reported by
// line number and skipped; good rows are kept.
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { fromCell, toCell } from '../lib/csv-cells.ts'
import { toE164 } from './e164.ts'
import { type Person, type PersonInput, ROLES, type Role } from './directory.ts'

export const DIRECTORY_COLUMNS = ['phone', 'name', 'role', 'manager_phone', 'location', 'language'] as const

export interface RowError {
  line: number
  message: string
}

export function parseDirectoryCsv(text: string, defaultCountry: string): { rows: PersonInput[]; errors: RowError[] } {
  const { records, errors } = readRecords(text.replace(/^\uFEFF/, ''))
  const [headerRecord, ...body] = records
  if (!headerRecord)
    return { rows: [], errors: errors.length > 0 ? errors : [{ line: 0, message: 'the file is empty' }] }
  const header = headerRecord.fields
  const columns = header.map((h) => h.toLowerCase().replace(/\s+/g, '_'))
  const missing = ['phone', 'name'].filter((c) => !columns.includes(c))
  if (missing.length > 0)
    return {
      rows: [],
      errors: [
        {
          line: headerRecord.line,
          message: `missing column(s): ${missing.join(', ')} (expected ${DIRECTORY_COLUMNS.join(',')})`
        }
      ]
    }

  const rows: PersonInput[] = []
  const seen = new Map<string, number>()
  body.forEach(({ line, fields: record }) => {
    const field = (name: string) => fromCell((record[columns.indexOf(name)] ?? '').trim())
    const problems: string[] = []
    const phone = toE164(field('phone'), defaultCountry)
    if (!phone) problems.push(`phone "${field('phone')}" is not a valid number`)
    const name = field('name')
    if (!name) problems.push('name is empty')
    const role = (field('role') || 'employee').toLowerCase()
    if (!ROLES.includes(role as Role)) problems.push(`role "${field('role')}" must be one of ${ROLES.join(', ')}`)
    const managerRaw = field('manager_phone')
    const managerPhone = managerRaw ? toE164(managerRaw, defaultCountry) : null
    if (managerRaw && !managerPhone) problems.push(`manager_phone "${managerRaw}" is not a valid number`)
    if (phone && managerPhone === phone) problems.push('a person cannot be their own manager')
    const language = (field('language') || 'en').toLowerCase()
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(language))
      problems.push(`language "${field('language')}" is not a language code such as en or es`)
    if (phone && seen.has(phone)) problems.push(`phone ${phone} is already on line ${seen.get(phone)}`)

    if (problems.length > 0) {
      errors.push({ line, message: problems.join('; ') })
      return
    }
    seen.set(phone!, line)
    rows.push({ phone: phone!, name, role: role as Role, managerPhone, location: field('location') || null, language })
  })
  return { rows, errors: errors.sort((a, b) => a.line - b.line) }
}

interface CsvRecord {
  line: number
  fields: string[]
}

/**
 * The file's records with the line each starts on. A valid file is read whole, so a quoted cell may
 * run over several lines (an address); a file that is not valid CSV is read line by line, so one
 * broken row (an unclosed quote, say) costs that row and not the whole file.
 */
function readRecords(text: string): { records: CsvRecord[]; errors: RowError[] } {
  try {
    const parsed = parse(text, {
      relax_column_count: true,
      trim: true,
      raw: true,
      skip_empty_lines: true,
      // Files that mix line endings (rows pasted from elsewhere) are common.
      record_delimiter: ['\r\n', '\n', '\r']
    }) as unknown as Array<{
      record: string[]
      raw: string
    }>
    let linesBefore = 0
    return {
      records: parsed.map(({ record, raw }) => {
        const line = linesBefore + countLineBreaks(/^\s*/.exec(raw)![0]) + 1
        linesBefore += countLineBreaks(raw)
        return { line, fields: record }
      }),
      errors: []
    }
  } catch {
    return readLineByLine(text)
  }
}

function readLineByLine(text: string): { records: CsvRecord[]; errors: RowError[] } {
  const records: CsvRecord[] = []
  const errors: RowError[] = []
  text.split(/\r?\n/).forEach((content, index) => {
    if (!content.trim()) return
    try {
      const [fields] = parse(content, { relax_column_count: true, trim: true }) as string[][]
      if (fields) records.push({ line: index + 1, fields })
    } catch (error) {
      errors.push({ line: index + 1, message: `not readable as CSV (${(error as Error).message.split(':')[0]})` })
    }
  })
  return { records, errors }
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\n|\r/g)?.length ?? 0
}

export function formatDirectoryCsv(people: Person[]): string {
  return stringify([
    [...DIRECTORY_COLUMNS],
    // Phone numbers are E.164 (a plus and digits): only the free-text cells can hold a formula.
    ...people.map((p) => [p.phone, toCell(p.name), p.role, p.managerPhone ?? '', toCell(p.location ?? ''), p.language])
  ])
}
