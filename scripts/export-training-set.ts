// `npm run export:training-set [-- <dir>]`: writes the labelled set (app/classifier/data) for fine-tuning
// a transformer elsewhere (README: "Classifier on SageMaker"): per split (train, validation = our
// calibration split, test = our held-out split) one JSONL and one CSV file, and label-map.json with the
// topic and intent label ids. The splits are the ones the local models use, so the figures compare.
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { stringify } from 'csv-stringify/sync'
import { inSplit, type Split } from '../app/classifier/dataset.ts'
import { INTENTS } from '../app/classifier/intent-model.ts'
import { LABELS } from '../app/classifier/types.ts'

const FILES: Readonly<Record<Split, string>> = { train: 'train', calibration: 'validation', heldOut: 'test' }

export function labelMap() {
  const map = (labels: readonly string[]) => ({
    id2label: Object.fromEntries(labels.map((l, i) => [String(i), l])),
    label2id: Object.fromEntries(labels.map((l, i) => [l, i]))
  })
  return { topic: map(LABELS), intent: map(INTENTS) }
}

export function exportRows(split: Split) {
  return inSplit(split).map((m) => ({
    text: m.text,
    label: LABELS.indexOf(m.label),
    topic: m.label,
    intent: m.intent ?? '',
    intent_label: m.intent ? INTENTS.indexOf(m.intent) : -1,
    lang: m.lang
  }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'build/training-set')
  await mkdir(dir, { recursive: true })
  for (const [split, name] of Object.entries(FILES) as Array<[Split, string]>) {
    const rows = exportRows(split)
    await writeFile(join(dir, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n')
    await writeFile(join(dir, `${name}.csv`), stringify(rows, { header: true }))
    console.log(`${name}: ${rows.length} rows`)
  }
  await writeFile(join(dir, 'label-map.json'), `${JSON.stringify(labelMap(), null, 2)}\n`)
  console.log(`wrote ${dir}`)
}
