import type { Dependency } from '../lib/health.ts'

export const LABELS = [
  'policy_question', // policy, benefit, procedure, tool or how-to
  'attendance', // calling out sick, running late, leaving early, shift swaps and cover
  'payroll', // a problem with the sender's own pay
  'operations', // equipment down, supplies out, short-staffed, a guest asking for whoever is in charge
  'safety', // injury, medical emergency, fire, smoke, gas, violence, threats, weapons, spills, break-ins
  'hr_sensitive', // harassment, discrimination, retaliation, bullying, unsafe behaviour of a person
  'human_request', // asks for a person or a manager
  'smalltalk', // greetings, thanks, acknowledgements
  'other'
] as const

export type Label = (typeof LABELS)[number]
export type EscalationLevel = 'urgent' | 'high' | 'normal' | 'none'

export const ESCALATION_BY_LABEL: Readonly<Record<Label, EscalationLevel>> = {
  safety: 'urgent',
  hr_sensitive: 'high',
  attendance: 'normal',
  payroll: 'normal',
  operations: 'normal',
  human_request: 'normal',
  policy_question: 'none',
  smalltalk: 'none',
  other: 'none'
}

export interface Classification {
  label: Label
  score: number
  escalation: EscalationLevel
  /** Which classifier decided, e.g. `local-model`, `rules:fire`, `sagemaker`. */
  classifier: string
  /** Set when the configured classifier failed and another one answered. */
  fallback?: string
  /**
   * False when no label is likely enough to act on (calibrated score under the label's bar): the
   * message is then treated by what it does (asks, reports, wants a person), never as the most severe
   * label. Absent means sure (rules, SageMaker).
   */
  sure?: boolean
  /**
   * The part of the text the label was read from when chatter opened it ("my feet are dying lol. do we get a
   * longer break on doubles?"): what it asks or tells is read there too.
   */
  read?: string
}

/**
 * Every classifier applies the safety and hr_sensitive rules (./rules.ts) itself, so a message that
 * trips one is never labelled otherwise, whichever classifier is configured.
 */
export interface Classifier extends Dependency {
  classify: (text: string, options?: { signal?: AbortSignal }) => Promise<Classification>
}

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value)
}
