// The bilingual labelled set the local models are trained and tested on (app/classifier/data, see its
// README): written messages and messages expanded from templates, each with a topic, an intent and a
// language. Read from disk by the training script, the tests and the export; never by the app.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Example } from './logistic-regression.ts'
import { INTENTS, type Intent } from './intent-model.ts'
import { isLabel, type Label } from './types.ts'

export type Split = 'train' | 'calibration' | 'heldOut'
export type Lang = 'en' | 'es'

export interface LabelledMessage {
  text: string
  label: Label
  /** Absent for smalltalk, which neither asks nor reports. */
  intent?: Intent
  lang: Lang
  /** Where it came from: the file for a written message, the template family for a generated one. */
  family: string
  split: Split
}

const DATA = fileURLToPath(new URL('./data/', import.meta.url))
// Each template is expanded this many times with slots drawn by a seeded generator.
const FILLS_PER_TEMPLATE = 20

/** FNV-1a: a fixed hash, so the splits never move when the data set grows elsewhere. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** 1 in 5 held out, 1 in 5 of the rest for calibration: by text when written, by family when generated. */
export function splitOf(key: string): Split {
  const h = hash(key)
  if (h % 5 === 0) return 'heldOut'
  return Math.floor(h / 5) % 4 === 0 ? 'calibration' : 'train'
}

function rows(file: string): string[][] {
  return readFileSync(`${DATA}${file}`, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'))
}

function parse(
  file: string,
  i: number,
  topic?: string,
  intent?: string,
  lang?: string
): Omit<LabelledMessage, 'text' | 'family' | 'split'> {
  if (!isLabel(topic)) throw new Error(`${file}, row ${i + 1}: unknown topic ${topic}`)
  if (intent !== '-' && !INTENTS.includes(intent as Intent))
    throw new Error(`${file}, row ${i + 1}: unknown intent ${intent}`)
  if (lang !== 'en' && lang !== 'es') throw new Error(`${file}, row ${i + 1}: unknown language ${lang}`)
  return { label: topic, lang, ...(intent === '-' ? {} : { intent: intent as Intent }) }
}

function written(): LabelledMessage[] {
  const files = readdirSync(DATA).filter((f) => f.startsWith('written-') && f.endsWith('.tsv'))
  return files.sort().flatMap((file) =>
    rows(file).map(([topic, intent, lang, text], i) => {
      if (!text?.trim()) throw new Error(`${file}, row ${i + 1}: no text`)
      return { ...parse(file, i, topic, intent, lang), text: text.trim(), family: file, split: splitOf(text.trim()) }
    })
  )
}

function generated(): LabelledMessage[] {
  const slots = new Map<string, string[]>()
  for (const [slot, lang, values] of rows('slots.tsv')) slots.set(`${slot}:${lang}`, values!.split('|'))
  let state = 12345
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647
  const out: LabelledMessage[] = []
  for (const [i, [name, topic, intent, lang, template]] of rows('templates.tsv').entries()) {
    // "cut2-es" is in family "cut": a family is held out (or not) in both languages and every variant.
    const family = name!.replace(/\d*-(en|es)$/, '')
    const meta = parse('templates.tsv', i, topic, intent, lang)
    const seen = new Set<string>()
    for (let n = 0; n < FILLS_PER_TEMPLATE; n++) {
      const text = template!.replace(/\{(\w+)\}/g, (_, slot: string) => {
        const values = slots.get(`${slot}:${lang}`)
        if (!values) throw new Error(`templates.tsv, row ${i + 1}: no slot ${slot} in ${lang}`)
        return values[Math.floor(random() * values.length)]!
      })
      if (seen.has(text)) continue
      seen.add(text)
      out.push({ ...meta, text, family: `template:${family}`, split: splitOf(`template:${family}`) })
    }
  }
  return out
}

let cached: LabelledMessage[] | undefined
/** Every labelled message, written first; a text written by hand wins over the same text generated. */
export function loadDataset(): LabelledMessage[] {
  if (cached) return cached
  const all = [...written(), ...generated()]
  const seen = new Set<string>()
  cached = all.filter((m) => {
    const key = m.text.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return cached
}

export function inSplit(split: Split, data: LabelledMessage[] = loadDataset()): LabelledMessage[] {
  return data.filter((m) => m.split === split)
}

export const topicExamples = (data: LabelledMessage[]): Example<Label>[] =>
  data.map((m) => ({ text: m.text, label: m.label }))

export const intentExamples = (data: LabelledMessage[]): Example<Intent>[] =>
  data.flatMap((m) => (m.intent ? [{ text: m.text, label: m.intent }] : []))

export const languageExamples = (data: LabelledMessage[]): Example<Lang>[] =>
  data.map((m) => ({ text: m.text, label: m.lang }))
