import type { Answerer } from '../answer/types.ts'
import type { Classifier } from '../classifier/types.ts'
import type { EscalationDeps } from '../escalation/alerts.ts'
import type { Retriever } from '../knowledge/types.ts'
import type { Metrics } from '../metrics/metrics.ts'

/** The clients and settings the employee conversation needs (the services plugin builds them per request). */
export interface ConversationDeps extends EscalationDeps {
  classifier: Classifier
  retriever: Retriever
  llm: Answerer
  metrics: Metrics
}

// Answer modes that carry an answer from the handbook (which a follow-up, WRONG or MORE refers to).
export const ANSWER_MODES: readonly string[] = ['extractive', 'llm', 'more']

export function isWithin(then: Date, now: Date, ms: number): boolean {
  return now.getTime() - then.getTime() <= ms
}
