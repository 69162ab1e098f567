import { lt, sql } from 'drizzle-orm'
import { rateLimits } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { preparedFor } from '../db/prepared.ts'

export type RateDecision = 'allow' | 'notify' | 'silence'

const HOUR_MS = 60 * 60 * 1000

// Counted for every text.
const countText = preparedFor((db) =>
  db
    .insert(rateLimits)
    .values({ key: sql.placeholder('key'), windowStart: sql.placeholder('windowStart'), count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` }
    })
    .returning({ count: rateLimits.count })
    .prepare('count_text')
)

/**
 * Counts one message for `key` in the current hour, in the database so every Lambda instance shares
 * the count. Over the limit: one notice, then silence until the hour is over.
 */
export async function checkRateLimit(db: Db, key: string, limitPerHour: number, now: Date): Promise<RateDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS)
  const [row] = await countText(db).execute({ key, windowStart })
  const count = row!.count
  if (count <= limitPerHour) return 'allow'
  return count === limitPerHour + 1 ? 'notify' : 'silence'
}

export async function pruneRateLimits(db: Db, now: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 2 * HOUR_MS)))
}
