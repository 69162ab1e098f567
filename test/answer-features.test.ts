// The stored features of handbooks published by others (eval/answer-features, written by
// scripts/train-answer-model.ts --handbook) are what training reads of them and nothing more: numbers
// in the answer model's feature order, never a question's or a sentence's text.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { FEATURES } from '../app/answer/answer-model.ts'

const STORE = fileURLToPath(new URL('../eval/answer-features', import.meta.url))
const files = readdirSync(STORE).filter((f) => f.endsWith('.json'))

t.ok(files.length > 0, 'features are stored')
for (const file of files) {
  t.test(file, async (t) => {
    const questions = JSON.parse(readFileSync(join(STORE, file), 'utf8')) as Array<Record<string, unknown>>
    t.ok(questions.length > 0, 'it holds questions')
    for (const q of questions) {
      t.same(Object.keys(q).sort(), ['answerable', 'set', 'units'], 'no text of the question')
      t.equal(q.set, file.replace(/\.json$/, ''), 'named by its handbook only')
      for (const u of q.units as Array<Record<string, unknown>>) {
        const x = u.x as unknown[]
        if (x.length !== FEATURES.length || !x.every((v) => typeof v === 'number' && Number.isFinite(v)))
          t.fail(`a row of ${x.length} values that are not all numbers`)
        if (u.y !== 0 && u.y !== 1) t.fail(`label ${String(u.y)}`)
        if (u.lead !== 0 && u.lead !== 1) t.fail(`lead ${String(u.lead)}`)
        if (Object.keys(u).some((k) => !['x', 'y', 'gate', 'lead'].includes(k)))
          t.fail(`keys ${Object.keys(u).join(',')}`)
      }
    }
  })
}
