import type { Session } from '../../admin/sessions.ts'
import type { Viewer } from '../../admin/views/layout.ts'

/** What the page frame shows of the signed-in person. */
export function viewerOf(session: Session): Viewer {
  return { name: session.person.name, role: session.actor.role, csrfToken: session.csrfToken }
}
