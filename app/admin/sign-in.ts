// Signing in to the admin page with a one-time code texted from the manager number: for people in
// the directory with the role hr, manager or ops. The code is stored as an HMAC of the phone and the
// code (so a code for one phone never matches another), lasts five minutes and is used once; five
// wrong codes lock the phone for a while. Whether a phone may sign in is never revealed: every phone
// gets the same answer, and wrong codes count (and lock) for any phone.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { adminCodes } from '../../drizzle/schema.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import { checkRateLimit } from '../inbound/rate-limit.ts'
import { RequestError } from '../lib/errors.ts'
import { findPersonByPhone, type Person } from '../people/directory.ts'
import { type OutboxDeps, sendSms } from '../sms/outbox.ts'
import { createSession, type NewSession } from './sessions.ts'

export const ADMIN_ROLES: readonly Person['role'][] = ['hr', 'manager', 'ops']
export const CODE_MINUTES = 5
export const MAX_WRONG_CODES = 5
export const LOCK_MINUTES = 15
// Codes asked for one phone, and sign-in requests (codes asked and tried) from one client, per hour.
export const CODES_PER_PHONE_PER_HOUR = 5
export const REQUESTS_PER_CLIENT_PER_HOUR = 30

export interface SignInDeps extends OutboxDeps {
  config: Pick<
    Config,
    'ADMIN_SECRET' | 'JWT_SECRET' | 'TWILIO_MANAGER_NUMBER' | 'NODE_ENV' | 'DEFAULT_COUNTRY' | 'ADMIN_SESSION_MINUTES'
  >
}

export const tooMany = () => new RequestError(429, 'Too many sign-in attempts: wait a while and try again')

/** Texts a code to `phone` when it belongs to someone who may sign in; says nothing either way. */
export async function requestCode(deps: SignInDeps, input: { phone: string; client: string }): Promise<void> {
  const secret = signInSecret(deps.config)
  const now = deps.now()
  await limitClient(deps.db, input.client, now)
  const phone = await e164(input.phone, deps.config.DEFAULT_COUNTRY)
  if (!phone) return
  if ((await checkRateLimit(deps.db, `admin-code:${phone}`, CODES_PER_PHONE_PER_HOUR, now)) !== 'allow') throw tooMany()
  const person = await findPersonByPhone(deps.db, phone)
  if (!person || !ADMIN_ROLES.includes(person.role)) return
  const [row] = await deps.db.select().from(adminCodes).where(eq(adminCodes.phone, phone))
  if (row?.lockedUntil && row.lockedUntil > now) return
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000)
  const codeHash = hashCode(secret, phone, code)
  await deps.db
    .insert(adminCodes)
    .values({ phone, codeHash, expiresAt, createdAt: now })
    .onConflictDoUpdate({ target: adminCodes.phone, set: { codeHash, expiresAt, lockedUntil: null } })
  // In development the code is in the server's log too, so no phone is needed; never elsewhere.
  if (deps.config.NODE_ENV === 'development') deps.log.info({ code }, 'admin sign-in code (development only)')
  await sendSms(deps, {
    to: phone,
    from: deps.config.TWILIO_MANAGER_NUMBER,
    channel: 'manager',
    personId: person.id,
    body: `Your sign-in code for the assistant's admin page is ${code}. It expires in ${CODE_MINUTES} minutes. If you did not ask for it, ignore this text.`
  })
}

/** A session for the right code; null for a wrong, used, expired or locked one (the same to the caller). */
export async function verifyCode(
  deps: SignInDeps,
  input: { phone: string; code: string; client: string }
): Promise<NewSession | null> {
  const secret = signInSecret(deps.config)
  const now = deps.now()
  await limitClient(deps.db, input.client, now)
  const phone = await e164(input.phone, deps.config.DEFAULT_COUNTRY)
  if (!phone) return null
  const code = input.code.replace(/\s/g, '')
  const [row] = await deps.db.select().from(adminCodes).where(eq(adminCodes.phone, phone))
  if (row?.lockedUntil && row.lockedUntil > now) return null
  const given = hashCode(secret, phone, code)
  const right =
    /^\d{6}$/.test(code) && row?.codeHash && row.expiresAt && row.expiresAt > now && sameHash(row.codeHash, given)
  const person = right ? await findPersonByPhone(deps.db, phone) : undefined
  if (!person || !ADMIN_ROLES.includes(person.role)) {
    await countWrongCode(deps.db, phone, now)
    return null
  }
  // Used once: of two requests with the same code, one takes it.
  const [taken] = await deps.db
    .update(adminCodes)
    .set({ codeHash: null, expiresAt: null, failedAttempts: 0 })
    .where(and(eq(adminCodes.phone, phone), eq(adminCodes.codeHash, given)))
    .returning({ phone: adminCodes.phone })
  if (!taken) return null
  return createSession(deps.db, person.id, now, deps.config.ADMIN_SESSION_MINUTES)
}

async function countWrongCode(db: Db, phone: string, now: Date): Promise<void> {
  const reached = sql`${adminCodes.failedAttempts} + 1 >= ${MAX_WRONG_CODES}`
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString()
  await db
    .insert(adminCodes)
    .values({ phone, failedAttempts: 1, createdAt: now })
    .onConflictDoUpdate({
      target: adminCodes.phone,
      set: {
        failedAttempts: sql`case when ${reached} then 0 else ${adminCodes.failedAttempts} + 1 end`,
        lockedUntil: sql`case when ${reached} then ${lockedUntil}::timestamptz else ${adminCodes.lockedUntil} end`,
        codeHash: sql`case when ${reached} then null else ${adminCodes.codeHash} end`
      }
    })
}

async function limitClient(db: Db, client: string, now: Date): Promise<void> {
  if ((await checkRateLimit(db, `admin-client:${client}`, REQUESTS_PER_CLIENT_PER_HOUR, now)) !== 'allow')
    throw tooMany()
}

function signInSecret(config: SignInDeps['config']): string {
  const secret = config.ADMIN_SECRET ?? config.JWT_SECRET
  if (!secret) throw new RequestError(503, 'Sign-in is not set up: ADMIN_SECRET (or JWT_SECRET) is missing')
  return secret
}

export function hashCode(secret: string, phone: string, code: string): string {
  return createHmac('sha256', secret).update(`admin-code\0${phone}\0${code}`).digest('hex')
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
}

async function e164(phone: string, country: string): Promise<string | null> {
  // libphonenumber's metadata loads on a sign-in, never on a cold start that only answers texts.
  const { toE164 } = await import('../people/e164.ts')
  return toE164(phone.slice(0, 40), country)
}
