import type { FastifyRequest } from 'fastify'
import type { Viewer } from '../../admin/views/layout.ts'

/** What the page frame shows of the signed-in person, and where the app is served. */
export function viewerOf(request: FastifyRequest): Viewer {
  const session = request.adminSession!
  return { base: request.adminBase, name: session.person.name, role: session.actor.role, csrfToken: session.csrfToken }
}
