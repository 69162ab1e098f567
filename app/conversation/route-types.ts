// What routing decides (routing.ts) and what it reads to decide it.
import type { Intent } from '../classifier/intent-model.ts'
import type { Classification, Label } from '../classifier/types.ts'
import type { Reason } from '../escalation/ladder.ts'
import type { Escalation } from '../escalation/repository.ts'

export type Route =
  /**
   * Answer from the handbook; `offerHr` adds a line offering HR, `safety` puts 911 guidance first.
   * `orManager`: a report put as a question ("truck came in w the sofas ripped, do i refuse it or sign
   * for it"): when the handbook does not answer, the manager has it at once, not on a YES.
   */
  | { kind: 'answer'; offerHr: boolean; safety: boolean; orManager?: boolean }
  /**
   * `keepAway`: people who must not handle it (the subject of the HR matter it continues). `alsoAnswer`:
   * news for the manager that also asks how a rule goes ("kid is sick cant come in tmrw, how early do i
   * call out"): the manager has it, and the handbook's answer goes with the acknowledgement.
   */
  | { kind: 'escalate'; reason: Reason; keepAway?: number[]; alsoAnswer?: boolean }
  | { kind: 'forward'; escalation: Escalation }
  | { kind: 'smalltalk' }

export interface RouteInput {
  text: string
  classification: Classification
  intent: Intent
  /** The intent model's calibrated probability of `intent`. */
  intentScore?: number
  /** Open escalations about the sender, newest first. */
  active: Escalation[]
  /** The sender's HR matter closed latest in the last quarter. */
  closedHr?: Escalation
  /** The message is only greetings, thanks or acknowledgements. */
  pleasantry: boolean
  /** A manager's matter the message tells before it asks (classifier/news-first.ts). */
  newsFirst?: Label | null
  /** A complaint the message tells beside what it asks or other news (classifier/news-first.ts). */
  complaintBeside?: boolean
  /**
   * Whom the sender's open HR matter is about, when that is plainly not their manager (escalation/subjects.ts): its
   * kept-away list without the manager.
   */
  hrSubjectsNotManager?: number[]
}
