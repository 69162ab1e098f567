// Escalations on the admin page, through the JWT API's own functions (so the same 404 for anyone
// the escalation excludes): open and overdue first, then by priority and age. Every page that shows
// an escalation records who saw which, and when.
import { adminViews } from '../../drizzle/schema.ts'
import type { Actor } from '../auth/roles.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import { getEscalation, listEscalations } from '../escalation/api.ts'
import type { EscalationView } from '../escalation/views.ts'

type AckConfig = Pick<
  Config,
  'ESCALATION_ACK_MINUTES_URGENT' | 'ESCALATION_ACK_MINUTES_HIGH' | 'ESCALATION_ACK_MINUTES_NORMAL'
>

export interface BoardEntry extends EscalationView {
  open: boolean
  overdue: boolean
}

// How many answered or closed ones the list shows besides every open one.
const RECENT = 30
const PRIORITY_ORDER = { urgent: 0, high: 1, normal: 2 } as const

export function isOverdue(e: EscalationView, config: AckConfig, now: Date): boolean {
  if (e.status !== 'open' || e.acknowledgedAt) return false
  const minutes =
    e.priority === 'urgent'
      ? config.ESCALATION_ACK_MINUTES_URGENT
      : e.priority === 'high'
        ? config.ESCALATION_ACK_MINUTES_HIGH
        : config.ESCALATION_ACK_MINUTES_NORMAL
  return now.getTime() - new Date(e.createdAt).getTime() > minutes * 60_000
}

export async function escalationBoard(
  db: Db,
  config: AckConfig,
  actor: Actor,
  now: Date,
  limit = 200
): Promise<BoardEntry[]> {
  // Every open one (however old), then the latest of the rest.
  const [open, acknowledged, recent] = await Promise.all([
    listEscalations(db, actor, { status: 'open', limit }),
    listEscalations(db, actor, { status: 'acknowledged', limit }),
    listEscalations(db, actor, { limit: RECENT })
  ])
  const seen = new Set<number>()
  const views = [...open, ...acknowledged, ...recent].filter((e) => !seen.has(e.id) && seen.add(e.id))
  const entries = views.map((e) => ({
    ...e,
    open: e.status === 'open' || e.status === 'acknowledged',
    overdue: isOverdue(e, config, now)
  }))
  entries.sort(
    (a, b) =>
      Number(b.open) - Number(a.open) ||
      Number(b.overdue) - Number(a.overdue) ||
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      (a.open ? a.createdAt.localeCompare(b.createdAt) : b.createdAt.localeCompare(a.createdAt))
  )
  await recordView(
    db,
    actor,
    'escalations',
    entries.map((e) => e.id)
  )
  return entries
}

/** One escalation and its texts (404 for anyone it is hidden from), the view recorded. */
export async function escalationThread(db: Db, actor: Actor, id: number) {
  const escalation = await getEscalation(db, actor, id)
  await recordView(db, actor, 'escalation', [escalation.id])
  return escalation
}

export async function recordView(db: Db, actor: Actor, page: string, escalationIds: number[]): Promise<void> {
  if (escalationIds.length === 0 || actor.personId === undefined) return
  await db.insert(adminViews).values({ personId: actor.personId, page, escalationIds })
}
