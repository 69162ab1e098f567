// The labelled messages the classifiers are trained and tested on (scripts/train-classifier.ts, the
// tests); never imported by the app itself.
import intentData from './data/intents.json' with { type: 'json' }
import messages from './data/messages.json' with { type: 'json' }
import type { Intent } from './intent-model.ts'
import type { Example } from './logistic-regression.ts'
import { isLabel, type Label } from './types.ts'

export interface LabelledMessage {
  text: string
  label: Label
}

export const DATASET: LabelledMessage[] = messages.map((m, i) => {
  if (!isLabel(m.label)) throw new Error(`classifier data set, entry ${i}: unknown label ${m.label}`)
  return { text: m.text, label: m.label }
})

/** A fixed 20% of the data set, chosen by a hash of the text, never used to train the evaluated model. */
export function isHeldOut(text: string): boolean {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 5 === 0
}

export function splitDataset(data: LabelledMessage[] = DATASET): {
  train: LabelledMessage[]
  heldOut: LabelledMessage[]
} {
  return {
    train: data.filter((m) => !isHeldOut(m.text)),
    heldOut: data.filter((m) => isHeldOut(m.text))
  }
}

const REPORT_LABELS = new Set(['attendance', 'payroll', 'human_request', 'safety', 'hr_sensitive'])

/** The intent examples: the topic data set's policy questions and reports, and the written ones. */
export function intentExamples(): Example<Intent>[] {
  const fromTopics = DATASET.filter((m) => m.label === 'policy_question' || REPORT_LABELS.has(m.label)).map((m) => ({
    text: m.text,
    label: (m.label === 'policy_question' ? 'question' : 'report') as Intent
  }))
  const written = (intentData as Array<{ text: string; intent: Intent }>).map((m) => ({
    text: m.text,
    label: m.intent
  }))
  return [...fromTopics, ...written]
}
