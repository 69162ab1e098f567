import messages from './data/messages.json' with { type: 'json' }
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
