// STOP and START work the same on both numbers, and each number has its own opt-out (as Twilio keeps
// them): opting out always works (whatever the rate limit), nothing is sent to an opted-out person on
// that number, and START (or YES) opts back in.
import type { Db } from '../db/database.ts'
import { type Channel, type Person, setOptedOut } from '../people/directory.ts'
import type { Keyword } from './keywords.ts'
import type { Outcome } from './process-inbound.ts'

export interface OptOutOptions {
  /** The number the message came in on. */
  channel: Channel
  now: Date
  /** What to text back on opting in (null: say nothing, because Twilio already did). */
  optedInReply: string | null
}

/** The outcome when the message opts out, or comes from an opted-out person; undefined otherwise. */
export async function handleOptOut(
  db: Db,
  person: Person | undefined,
  keyword: Keyword | null,
  { channel, now, optedInReply }: OptOutOptions
): Promise<Outcome | undefined> {
  const personId = person?.id
  if (keyword === 'opt_out') {
    if (person) await setOptedOut(db, person.phone, channel, true, now)
    return { reply: null, personId, answerMode: 'opt_out' }
  }
  if (!person || !(channel === 'manager' ? person.managerOptedOut : person.optedOut)) return undefined
  if (keyword !== 'opt_in' && keyword !== 'yes') return { reply: null, personId, answerMode: 'opted_out' }
  await setOptedOut(db, person.phone, channel, false, now)
  return { reply: optedInReply, personId, answerMode: 'opt_in' }
}
