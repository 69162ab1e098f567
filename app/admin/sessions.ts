// Admin sessions, kept server-side so they can be ended (sign out, a person offboarded or no longer
// hr, manager or ops): the cookie holds a random id, the table only its SHA-256.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm'
import { adminSessions, people } from '../../drizzle/schema.ts'
import type { Actor, ApiRole } from '../auth/roles.ts'
import type { Db } from '../db/database.ts'
import { sha256 } from '../lib/hash.ts'
import type { Person } from '../people/directory.ts'

export interface NewSession {
  /** The cookie's value. */
  id: string
  expiresAt: Date
}

export interface Session {
  idHash: string
  actor: Actor
  person: Person
  csrfToken: string
  expiresAt: Date
}

const SESSION_ROLES: readonly string[] = ['hr', 'manager', 'ops']

// Ended sessions are kept a day (to read in the database after an incident), then deleted when someone
// next signs in, so the table holds only the sessions of about a day.
const KEEP_ENDED_MS = 24 * 60 * 60_000

export async function createSession(db: Db, personId: number, now: Date, minutes: number): Promise<NewSession> {
  const endedBefore = new Date(now.getTime() - KEEP_ENDED_MS)
  await db
    .delete(adminSessions)
    .where(or(lt(adminSessions.expiresAt, endedBefore), lt(adminSessions.revokedAt, endedBefore)))
  const id = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + minutes * 60_000)
  await db.insert(adminSessions).values({
    idHash: sha256(id),
    personId,
    csrfToken: randomBytes(32).toString('base64url'),
    expiresAt,
    createdAt: now
  })
  return { id, expiresAt }
}

/** The live session of this cookie value: unexpired, not revoked, its person still active and in a role. */
export async function findSession(db: Db, id: string | undefined, now: Date): Promise<Session | undefined> {
  if (!id || id.length > 100) return undefined
  const idHash = sha256(id)
  const [row] = await db
    .select({ session: adminSessions, person: people })
    .from(adminSessions)
    .innerJoin(people, eq(people.id, adminSessions.personId))
    .where(
      and(
        eq(adminSessions.idHash, idHash),
        isNull(adminSessions.revokedAt),
        gt(adminSessions.expiresAt, now),
        isNull(people.deactivatedAt)
      )
    )
  if (!row || !SESSION_ROLES.includes(row.person.role)) return undefined
  return {
    idHash,
    actor: { role: row.person.role as ApiRole, personId: row.person.id },
    person: row.person,
    csrfToken: row.session.csrfToken,
    expiresAt: row.session.expiresAt
  }
}

export async function revokeSession(db: Db, idHash: string, now: Date): Promise<void> {
  await db.update(adminSessions).set({ revokedAt: now }).where(eq(adminSessions.idHash, idHash))
}

/** Whether a form's token is the session's (compared in constant time). */
export function sameToken(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}
