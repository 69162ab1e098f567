// Importing the directory from CSV, for the CLI (`npm run directory -- import`) and the API (POST
// /people/import): good rows added or updated by phone, bad ones refused with their line and why.
import type { Db } from '../db/database.ts'
import { upsertPeople } from './directory.ts'

export interface ImportReport {
  added: number
  updated: number
  /** Rows left out, each with its line in the file (1 is the header) and the reason. */
  refused: Array<{ line: number; reason: string }>
}

export async function importDirectoryCsv(db: Db, csv: string, defaultCountry: string): Promise<ImportReport> {
  // The CSV parser loads on an import, not on every cold start of the Lambda.
  const { parseDirectoryCsv } = await import('./directory-csv.ts')
  const { rows, errors } = parseDirectoryCsv(csv, defaultCountry)
  const { inserted, updated } = await upsertPeople(db, rows)
  return { added: inserted, updated, refused: errors.map(({ line, message }) => ({ line, reason: message })) }
}
