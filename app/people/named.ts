import { and, inArray, sql } from 'drizzle-orm'
import { people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'

/**
 * Managers and HR people a message names, by full name or first name ("Marcus keeps..."), so that a
 * complaint about someone is never handed to them.
 */
export async function namedHandlers(db: Db, text: string): Promise<number[]> {
  const lower = ` ${text
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')} `
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        inArray(people.role, ['manager', 'hr']),
        sql`(position(' ' || lower(${people.name}) || ' ' in ${lower}) > 0
             or position(' ' || lower(split_part(${people.name}, ' ', 1)) || ' ' in ${lower}) > 0)`
      )
    )
  return rows.map((r) => r.id)
}
