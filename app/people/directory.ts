// Who is texting: people are found by their E.164 phone number. A deactivated (offboarded) person
// keeps their row and history but is found by none of these lookups unless asked for.
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm'
import { people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { preparedFor } from '../db/prepared.ts'
import { notFound } from '../lib/errors.ts'

export type Person = typeof people.$inferSelect
export type Role = Person['role']
/** The two numbers: the one employees text, and the one managers and HR handle escalations on. */
export type Channel = 'employee' | 'manager'
export const ROLES: readonly Role[] = ['employee', 'manager', 'hr', 'ops']

export interface PersonInput {
  phone: string
  name: string
  role: Role
  managerPhone: string | null
  location: string | null
  language: string
}

// Every text starts by looking up its sender.
const personByPhone = preparedFor((db) =>
  db
    .select()
    .from(people)
    .where(and(eq(people.phone, sql.placeholder('phone')), isNull(people.deactivatedAt)))
    .limit(1)
    .prepare('person_by_phone')
)

/**
 * The active person with this number: a text from a deactivated one is a text from someone not in
 * the directory. `includeDeactivated` is for walking a management chain past someone who left.
 */
export async function findPersonByPhone(
  db: Db,
  phone: string,
  { includeDeactivated = false } = {}
): Promise<Person | undefined> {
  if (includeDeactivated) {
    const [person] = await db.select().from(people).where(eq(people.phone, phone)).limit(1)
    return person
  }
  const [person] = await personByPhone(db).execute({ phone })
  return person
}

export async function findPersonById(db: Db, id: number): Promise<Person | undefined> {
  const [person] = await db.select().from(people).where(eq(people.id, id)).limit(1)
  return person
}

/** Opts a person out of (or back into) one of the two numbers; Twilio keeps opt-outs per number. */
export async function setOptedOut(
  db: Db,
  phone: string,
  channel: Channel,
  optedOut: boolean,
  at: Date
): Promise<boolean> {
  const since = optedOut ? at : null
  const updated = await db
    .update(people)
    .set(
      channel === 'manager'
        ? { managerOptedOut: optedOut, managerOptedOutAt: since, updatedAt: at }
        : { optedOut, optedOutAt: since, updatedAt: at }
    )
    .where(eq(people.phone, phone))
    .returning({ id: people.id })
  return updated.length > 0
}

/** Inserts new people and updates existing ones (matched by phone). Opt-out state is never touched. */
export async function upsertPeople(db: Db, rows: PersonInput[]): Promise<{ inserted: number; updated: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0 }
  const existing = new Set(
    (
      await db
        .select({ phone: people.phone })
        .from(people)
        .where(
          inArray(
            people.phone,
            rows.map((r) => r.phone)
          )
        )
    ).map((r) => r.phone)
  )
  await db
    .insert(people)
    .values(rows)
    .onConflictDoUpdate({
      target: people.phone,
      set: {
        name: sql`excluded.name`,
        role: sql`excluded.role`,
        managerPhone: sql`excluded.manager_phone`,
        location: sql`excluded.location`,
        language: sql`excluded.language`,
        updatedAt: sql`now()`
      }
    })
  const updated = rows.filter((r) => existing.has(r.phone)).length
  return { inserted: rows.length - updated, updated }
}

/** Everyone in the directory, or only the active or the deactivated ones. */
export async function listPeople(db: Db, { status }: { status?: 'active' | 'deactivated' } = {}): Promise<Person[]> {
  const where =
    status === 'active'
      ? isNull(people.deactivatedAt)
      : status === 'deactivated'
        ? isNotNull(people.deactivatedAt)
        : undefined
  return db.select().from(people).where(where).orderBy(asc(people.id))
}

/** The active people of a role who take texts on the manager number (escalations reach them there). */
export async function listByRole(db: Db, role: Role): Promise<Person[]> {
  return db
    .select()
    .from(people)
    .where(and(eq(people.role, role), eq(people.managerOptedOut, false), isNull(people.deactivatedAt)))
    .orderBy(asc(people.id))
}

/**
 * Offboards a person or brings them back: their row and history stay either way; from then on no text
 * of theirs is taken (they are someone not in the directory), none is sent to them, and escalations
 * pass them over. Deactivating twice keeps the first date.
 */
export async function setDeactivated(db: Db, id: number, deactivated: boolean, now: Date): Promise<Person> {
  const [person] = await db
    .update(people)
    .set({
      deactivatedAt: deactivated ? sql`coalesce(${people.deactivatedAt}, ${now.toISOString()}::timestamptz)` : null,
      updatedAt: now
    })
    .where(eq(people.id, id))
    .returning()
  if (!person) throw notFound(`There is no person ${id} in the directory`)
  return person
}
