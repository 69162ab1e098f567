// Who handles an escalation, and how fast: pure rules over the directory.
import type { Label } from '../classifier/types.ts'
import type { Config } from '../config.ts'
import type { Db } from '../db/database.ts'
import { findPersonByPhone, listByRole, type Person } from '../people/directory.ts'
import type { Priority } from './repository.ts'

/** Why a person is brought in: the message's label, or what the employee asked for. */
/** `report`: something a person must deal with that no label fits surely (normal priority). */
export type Reason = Label | 'no_answer' | 'disputed_answer' | 'manual' | 'hr_request' | 'report'

/** Reasons that go to HR and never to the employee's own manager (who may be the subject). */
export function isHrMatter(reason: string): boolean {
  return reason === 'hr_sensitive' || reason === 'hr_request'
}

/**
 * The employee's active managers, nearest first (stops at loops, non-managers and six levels). A
 * manager who was deactivated is passed over, and the chain goes on to their own manager.
 */
export async function managerChain(db: Db, employee: Person): Promise<Person[]> {
  const chain: Person[] = []
  const seen = new Set<number>([employee.id])
  let phone = employee.managerPhone
  for (let depth = 0; phone && depth < 6; depth++) {
    const manager = await findPersonByPhone(db, phone, { includeDeactivated: true })
    if (!manager || manager.role === 'employee' || seen.has(manager.id)) break
    seen.add(manager.id)
    if (!manager.deactivatedAt) chain.push(manager)
    phone = manager.managerPhone
  }
  return chain
}

/**
 * Who handles an employee's escalations, in order: the direct manager, then that manager's managers,
 * then HR. HR matters go to HR first and then to the managers above the direct manager; never to the
 * direct manager, who may be the subject. Nobody in `exclude` (people the message names) is on it.
 */
export async function ladderFor(
  db: Db,
  employee: Person,
  reason: string,
  exclude: ReadonlySet<number> = new Set()
): Promise<Person[]> {
  const [chain, hr] = await Promise.all([managerChain(db, employee), listByRole(db, 'hr')])
  const ladder = isHrMatter(reason) ? [...hr, ...chain.slice(1)] : [...chain, ...hr]
  const open = (list: Person[]) =>
    list.filter(
      (p, i) =>
        p.id !== employee.id && !exclude.has(p.id) && !p.managerOptedOut && list.findIndex((q) => q.id === p.id) === i
    )
  const handlers = open(ladder)
  if (handlers.length > 0 || reason !== 'safety') return handlers
  // An emergency from someone with nobody above them (the only HR person, a top manager) reaches a manager all
  // the same: those of the sender's location first, then those nobody manages.
  const managers = await listByRole(db, 'manager')
  const rank = (p: Person) => (p.location === employee.location ? 0 : 2) + (p.managerPhone ? 1 : 0)
  return open([...managers].sort((a, b) => rank(a) - rank(b)))
}

export function priorityFor(reason: Reason): Priority {
  return reason === 'safety' ? 'urgent' : isHrMatter(reason) ? 'high' : 'normal'
}

export function ackMinutes(config: Config, priority: Priority): number {
  if (priority === 'urgent') return config.ESCALATION_ACK_MINUTES_URGENT
  return priority === 'high' ? config.ESCALATION_ACK_MINUTES_HIGH : config.ESCALATION_ACK_MINUTES_NORMAL
}
