// What the JWT API does with escalations, for a caller with a role: ops and HR act on anyone,
// managers raise them for the people they manage (directly or further down); who may see or act on
// one is decided by its own row (auth/escalation-access.ts), and anyone else gets 404.
import { and, eq } from 'drizzle-orm'
import { escalations, messages } from '../../drizzle/schema.ts'
import { escalationsVisibleTo, linkedEscalationVisibleTo } from '../auth/escalation-access.ts'
import { classifyText } from '../classifier/local-classifier.ts'
import type { Actor } from '../auth/roles.ts'
import { type Config, DEFAULT_COMPANY_NAME } from '../config.ts'
import { sha256 } from '../lib/hash.ts'
import type { Db } from '../db/database.ts'
import { badGateway, badRequest, conflict, forbidden, notFound } from '../lib/errors.ts'
import { findPersonById, findPersonByPhone, type Person } from '../people/directory.ts'
import { listEscalationMessages, listSentMessages, type MessageView } from '../sms/sent-messages.ts'
import { isHrMatter, managerChain, priorityFor, type Reason } from './ladder.ts'
import { closeEscalation, type EscalationStatus, findVisible, type Priority, reopenEscalation } from './repository.ts'
import type { EscalationDeps } from './alerts.ts'
import { answerEscalation, raiseEscalation, type Signer } from './service.ts'
import { subjectsOf, subjectsOfReport } from './subjects.ts'
import { type EscalationView, findEscalationView, listEscalationViews } from './views.ts'

export interface CreateInput {
  employeeId?: number
  phone?: string
  reason: Reason
  text: string
  priority?: Priority
}

export async function createEscalation(
  deps: EscalationDeps,
  actor: Actor,
  input: CreateInput,
  defaultCountry: string
): Promise<EscalationView> {
  const employee = await findEmployee(deps.db, input, defaultCountry)
  if (actor.role === 'manager' && !(await manages(deps.db, actor, employee))) {
    throw forbidden('managers can raise escalations only for the people they manage')
  }
  // Whatever reason the caller gives, a text that reads as a complaint ("Alex says Marcus grabbed her", read by
  // the rules and the local model) is kept from whoever an HR matter would be: the direct manager, anyone named.
  // Whatever it reads as, whoever it names, and "her manager", never handle it.
  const complaint = !isHrMatter(input.reason) && classifyText(input.text).label === 'hr_sensitive'
  const { escalation } = await raiseEscalation(deps, {
    employee,
    reason: input.reason,
    priority: input.priority ?? priorityFor(input.reason),
    text: input.text,
    exclude: new Set([
      ...(complaint ? await subjectsOf(deps.db, employee, 'hr_sensitive', input.text, deps.now()) : []),
      ...(await subjectsOfReport(deps.db, employee, input.text))
    ])
  })
  return (await findEscalationView(deps.db, escalation.id))!
}

export async function listEscalations(
  db: Db,
  actor: Actor,
  { status, limit }: { status?: EscalationStatus; limit: number }
): Promise<EscalationView[]> {
  const where = and(status ? eq(escalations.status, status) : undefined, escalationsVisibleTo(actor))
  return listEscalationViews(db, where, limit)
}

export async function getEscalation(
  db: Db,
  actor: Actor,
  id: number
): Promise<EscalationView & { messages: MessageView[] }> {
  const [view] = await listEscalationViews(db, and(eq(escalations.id, id), escalationsVisibleTo(actor)), 1)
  if (!view) throw notFound(`no escalation ${id}`)
  return { ...view, messages: await listEscalationMessages(db, view.id) }
}

/** GET /outbox: what was texted out, without the texts of escalations the caller may not see. */
export async function listOutbox(
  db: Db,
  actor: Actor,
  query: { since?: string; limit: number }
): Promise<MessageView[]> {
  return listSentMessages(db, { ...query, where: linkedEscalationVisibleTo(actor, messages.escalationId) })
}

/**
 * Closes an escalation, relaying the answer to the employee when there is one: the close, the answer
 * and the text are stored together (a failure stores none). Of concurrent calls, one closes it and
 * relays; the others get 409. If the relay does not go out, the escalation is open again (the answer
 * is kept) and the caller gets 502.
 */
export async function resolveEscalation(
  deps: EscalationDeps,
  actor: Actor,
  id: number,
  answer: string | undefined
): Promise<EscalationView> {
  const escalation = await findVisible(deps.db, actor, eq(escalations.id, id))
  if (!escalation) throw notFound(`no escalation ${id}`)
  const closed = () => conflict(`${escalation.code} is already closed`)
  if (!answer) {
    if (!(await closeEscalation(deps.db, id, deps.now()))) throw closed()
  } else {
    const result = await answerEscalation(deps, escalation, answer, await signerOf(deps, actor), {
      close: true,
      key: `${escalation.code}:resolve:${sha256(answer).slice(0, 12)}`
    })
    if (result.kind === 'closed') throw closed()
    if (result.kind === 'relayed' && !result.outbox.sent) {
      await reopenEscalation(deps.db, id, escalation.status, deps.now())
      throw badGateway(
        result.outbox.reason === 'opted_out'
          ? `${escalation.code}: the employee has opted out of texts; the answer is saved and the escalation stays open`
          : `${escalation.code}: the answer could not be texted; it is saved and the escalation stays open`
      )
    }
  }
  return (await findEscalationView(deps.db, id))!
}

/**
 * How an answer given through the API is signed: the caller's name when the token names a person,
 * otherwise what they are ("HR", or the company for ops), never a manager they are not.
 */
async function signerOf(deps: { db: Db; config: Pick<Config, 'COMPANY_NAME'> }, actor: Actor): Promise<Signer> {
  const person = actor.personId ? await findPersonById(deps.db, actor.personId) : undefined
  if (person) return person
  if (actor.role === 'hr') return { name: 'HR' }
  return { name: deps.config.COMPANY_NAME === DEFAULT_COMPANY_NAME ? 'Ops' : deps.config.COMPANY_NAME }
}

async function findEmployee(db: Db, { employeeId, phone }: CreateInput, defaultCountry: string): Promise<Person> {
  if (!employeeId && !phone) throw badRequest('give employeeId or phone')
  let employee: Person | undefined
  if (employeeId) {
    employee = await findPersonById(db, employeeId)
  } else {
    // Loaded here, not at start: only this call needs libphonenumber's metadata.
    const { toE164 } = await import('../people/e164.ts')
    const e164 = toE164(phone!, defaultCountry)
    if (!e164) throw badRequest(`phone "${phone}" is not a valid number`)
    employee = await findPersonByPhone(db, e164)
  }
  if (!employee) throw notFound('no such person in the directory')
  return employee
}

async function manages(db: Db, actor: Actor, employee: Person): Promise<boolean> {
  if (!actor.personId || employee.id === actor.personId) return false
  return (await managerChain(db, employee)).some((m) => m.id === actor.personId)
}
