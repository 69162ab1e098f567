// Who may see and act on an escalation, and on what derives from it (its texts, the FAQ its answer
// suggests): decided from the escalation's own row, the same way for every route (the manager number,
// the JWT API, the outbox, the FAQ review). Never the employee it is about nor anyone it excludes (the
// people its message names, the direct manager on an HR matter); ops and HR see the rest; a manager
// only what is, or was, assigned to them on its ladder. Which texts were stored never counts.
import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { escalations, people } from '../../drizzle/schema.ts'
import type { Actor } from './roles.ts'

/** Someone who may see escalations: an API caller, or a manager or HR person on the manager number. */
export type Viewer = Actor

/** The condition on `escalations` for the ones `viewer` may see and act on (undefined: all of them). */
export function escalationsVisibleTo(viewer: Viewer): SQL | undefined {
  const me = viewer.personId
  if (me === undefined) {
    if (viewer.role === 'manager') return sql`false`
    // An HR token that names nobody may be any HR person: not what keeps one away, nor an HR person's own matter.
    if (viewer.role === 'hr')
      return sql`not exists (select 1 from ${people} where ${people.role} = 'hr' and (${people.id} = ${escalations.employeeId} or ${people.id} = any(${escalations.excludedPersonIds})))`
    return undefined
  }
  const notAboutMe = and(
    sql`${escalations.employeeId} <> ${me}::int`,
    sql`not (${me}::int = any(${escalations.excludedPersonIds}))`
  )
  if (viewer.role !== 'manager') return notAboutMe
  return and(notAboutMe, or(eq(escalations.assigneeId, me), sql`${me}::int = any(${escalations.previousAssigneeIds})`))
}

/**
 * The condition on a column holding an escalation id (a text's, an FAQ's): unlinked rows, or linked to
 * an escalation `viewer` may see. Undefined when the viewer sees every escalation.
 */
export function linkedEscalationVisibleTo(viewer: Viewer, escalationId: AnyPgColumn): SQL | undefined {
  const visible = escalationsVisibleTo(viewer)
  if (!visible) return undefined
  return or(
    isNull(escalationId),
    sql`${escalationId} in (select ${escalations.id} from ${escalations} where ${visible})`
  )
}
