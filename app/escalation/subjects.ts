// The people an employee's message is about: they never handle it and never see it (they are stored on
// the escalation as `excluded_person_ids`, which every route reads; see auth/escalation-access.ts).
import type { Db } from '../db/database.ts'
import { findPersonByPhone, listByRole, type Person } from '../people/directory.ts'
import {
  aboutManagersManager,
  aboutTopOfChain,
  aboutOwnManager,
  aboutTheirManager,
  bossesOfNamed,
  mentions,
  namedHandlers,
  ownManagerActsOnSender,
  ownManagerOnlyToBeTold,
  pastOwnManager
} from '../people/named.ts'
import { hrPersonActsOnSender, hrPersonByRole } from '../people/hr-named.ts'
import { matchHrConcern } from '../text/hr-rules.ts'
import { isHrMatter, managerChain } from './ladder.ts'
import { type Escalation, findActiveEscalationsByPhone, findRecentHrMattersByPhone } from './repository.ts'

// A question taken to a person (declined, then YES; or WRONG) is never answered by the one it asks about;
// nor is a pay problem or a report that speaks of "my manager" ("my check is short again and my
// supervisor keeps saying she'll fix it"): it may be about him, so it goes past him.
const PAST_WHOM_IT_NAMES = new Set(['no_answer', 'disputed_answer', 'payroll', 'report'])

/**
 * For an HR matter: the employee's direct manager (whatever their role, the HR head included) and everyone
 * the text names, whatever their role now. For a question taken to a person: the people it names, and the
 * direct manager when it speaks of "my manager"; the same for a pay problem, an unsure report or an
 * emergency that is a blow by a person. Any other matter (running late, a machine down, a request for
 * a person, a fall) keeps away only those it speaks of as whom it is about ("someone other than my
 * sup", "talk to someone about Gary"), not those it asks for or tells of ("can my manager call me").
 */
export async function subjectsOf(
  db: Db,
  employee: Person,
  reason: string,
  text: string,
  now: Date = new Date()
): Promise<number[]> {
  const hr = isHrMatter(reason)
  // An emergency keeps away whoever it names: the one doing it ('my foreman punched me', 'my shift lead said he is
  // going to kill me if I report him') must not be paged, and the one it befalls ('Marcus collapsed and isnt
  // breathing') cannot answer. With everyone kept away, it still reaches someone
  // (raiseEscalation in service.ts).
  const namesAll = hr || PAST_WHOM_IT_NAMES.has(reason) || reason === 'safety'
  // A report of him doing something to the sender ("mi supervisor me toca...") is about him, whatever
  // it was read as; a request for a person is not ("can my manager call me").
  const actsOnSender = reason !== 'human_request' && ownManagerActsOnSender(text)
  // A question or report that speaks of him only as the one to be told ("im sick tmrw, wat time do i gotta
  // tell my sup by") asks for him.
  const aboutHim = namesAll
    ? aboutOwnManager(text) && (reason === 'safety' || !ownManagerOnlyToBeTold(text))
    : pastOwnManager(text)
  const ownManager = (hr || actsOnSender || aboutHim) && employee.managerPhone
  // A complaint about "my boss's boss" ("el jefe de mi jefe") keeps that one away too: HR matters go up to him. One
  // about "the owner" or "el dueño" keeps away every manager above the direct one.
  const atTop = namesAll && aboutTopOfChain(text)
  const aboveHim = namesAll && aboutManagersManager(text)
  const [named, bossesOf, manager, chain, complainedOf] = await Promise.all([
    namedHandlers(db, text, { asSubject: !namesAll, anyRole: hr }),
    // "marcus's boss", "la jefa de Priya": whoever manages the one named.
    namesAll ? bossesOfNamed(db, text) : [],
    // A manager deactivated for now is still the one it is about, should they come back.
    ownManager ? findPersonByPhone(db, ownManager, { includeDeactivated: true }) : undefined,
    aboveHim || atTop ? managerChain(db, employee) : [],
    MAY_CONTINUE_A_COMPLAINT.has(reason) ? complaintSubjects(db, employee.phone, now, hr) : []
  ])
  const above = chain.filter((p) => p.phone !== employee.managerPhone).slice(0, atTop ? undefined : 1)
  // A complaint about "the hr lady" is about someone in HR, and no name says who: HR keeps away from it, and it goes
  // up the sender's managers instead.
  const hrByRole =
    ((reason === 'hr_sensitive' || matchHrConcern(text) !== null) && hrPersonByRole(text)) ||
    (hr && hrPersonActsOnSender(text))
      ? (await listByRole(db, 'hr')).map((p) => p.id)
      : []
  return [
    ...new Set([
      ...named,
      ...bossesOf,
      ...(manager ? [manager.id] : []),
      ...above.map((p) => p.id),
      ...hrByRole,
      ...complainedOf
    ])
  ]
}

// While a complaint of the sender's is open, and for a while after it closed ("he's still doing it", "it happened
// again"), whoever it is about handles none of their matters that may carry it on: a question taken up with YES or
// WRONG ("can i get moved to a different store"), a request for a person, a pay problem, an unsure report, another
// HR matter. A call-out or a machine down still reaches the manager; so does an emergency (routing keeps away
// whoever a complaint it continues is about).
export const MAY_CONTINUE_A_COMPLAINT = new Set([
  'no_answer',
  'disputed_answer',
  'human_request',
  'hr_request',
  'hr_sensitive',
  'payroll',
  'report'
])
// How long a closed complaint is remembered: a quarter.
export const COMPLAINT_MEMORY_MS = 90 * 24 * 60 * 60 * 1000

// Whom the sender's complaints are about; for a complaint, also whom an open request of theirs kept away: "can i talk
// to someone about Grace", then "she keeps texting me at night" is one complaint told in two texts.
async function complaintSubjects(db: Db, phone: string, now: Date, hr: boolean): Promise<number[]> {
  const [complaints, open] = await Promise.all([
    findRecentHrMattersByPhone(db, phone, new Date(now.getTime() - COMPLAINT_MEMORY_MS)),
    hr ? findActiveEscalationsByPhone(db, phone) : []
  ])
  return [...complaints, ...open.filter((e) => e.reason === 'human_request')].flatMap((e) => e.excludedPersonIds ?? [])
}

/**
 * For a matter someone else writes down about an employee (the API): everyone the text names, whatever their role,
 * and the employee's manager when it speaks of "her manager". Written in the third person, a complaint reads to the
 * models as news; what it names keeps away all the same.
 */
export async function subjectsOfReport(db: Db, employee: Person, text: string): Promise<number[]> {
  const [named, manager] = await Promise.all([
    namedHandlers(db, text, { anyRole: true }),
    aboutTheirManager(text, employee.location) && employee.managerPhone
      ? findPersonByPhone(db, employee.managerPhone, { includeDeactivated: true })
      : undefined
  ])
  return [...new Set([...named, ...(manager ? [manager.id] : [])])].filter((id) => id !== employee.id)
}

/**
 * Whether an open complaint is plainly about someone other than the sender's manager: it keeps someone else away, and
 * neither it nor the new text speaks of the manager. Every complaint keeps the manager away too, so its list alone
 * cannot say.
 */
export function aboutSomeoneElse(complaint: Escalation, manager: Person, text: string): boolean {
  const others = (complaint.excludedPersonIds ?? []).filter((id) => id !== manager.id)
  return (
    others.length > 0 &&
    ![complaint.originalText, text].some(
      (said) => aboutOwnManager(said) || ownManagerActsOnSender(said) || mentions(said, manager.name)
    )
  )
}
