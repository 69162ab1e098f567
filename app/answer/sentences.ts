// A passage as the units an answer is made of: sentences, list items and table rows, in order. Lines
// that an editor merely wrapped are joined again; abbreviations, decimals and times do not end one.

import { BULLET_GLYPHS, BULLET_MARKS } from '../knowledge/parsers/structure.ts'

// Sentences that lean on the one before them ("They are offered first to ...").
export const REFERS_BACK =
  /^(this|that|these|those|it|its|they|them|their|such|however|also|in addition|additionally|otherwise|then|if so|for (this|that) reason)\b/i

export interface Unit {
  text: string
  /** A list item or a table row, shown on a line of its own. */
  item: boolean
  /** A list item (shown with a dash), not a table row. */
  bullet: boolean
  /** Ends with a colon: it introduces the items after it. */
  intro: boolean
  /** Index of the paragraph it belongs to (items of one list share one). */
  paragraph: number
}

const ITEM = new RegExp(`^\\s*(?:[${BULLET_MARKS}]|\\d{1,2}[.)])\\s+`)
// Words after which a period does not end a sentence.
const ABBREVIATIONS =
  /\b(?:e\.g|i\.e|etc|vs|approx|incl|dept|no|nos|mr|mrs|ms|dr|st|jr|sr|inc|ltd|co|corp|a\.m|p\.m|u\.s|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|min|max|hr|hrs|ext)\.$/i

export function splitUnits(content: string): Unit[] {
  const units: Unit[] = []
  joinWrappedLines(content).forEach((block, paragraph) => {
    for (const line of block.flatMap(inlineBullets)) {
      const bullet = ITEM.test(line)
      const item = bullet || isTableRow(line)
      const text = line.replace(ITEM, '').trim()
      for (const [i, sentence] of (item ? itemSentences(text) : splitSentences(text)).entries()) {
        const clean = sentence.replace(/\s+/g, ' ').trim()
        if (clean.length < 3 || !/[a-z0-9]/i.test(clean)) continue
        // Only an item's first sentence is the item; what runs on after it is text of its own.
        const asItem = item && i === 0
        units.push({ text: clean, item: asItem, bullet: bullet && asItem, intro: clean.endsWith(':'), paragraph })
      }
    }
  })
  return units
}

// Bullets a copy ran into one line ("• Made full time ...: 25% • There is no pro-ration ..."), after a sentence
// or not ("Member is clocked in. • A Team Member must not ever clock-in ..."): one item each.
const INLINE_BULLET = new RegExp(`\\s+(?=[${BULLET_GLYPHS}]\\s)`)

function inlineBullets(line: string): string[] {
  return line.split(INLINE_BULLET)
}

// An item is kept whole unless it runs on for paragraphs of sentences after it (a flipbook that lost the
// list's end): then its first sentence is the item and the rest are sentences of their own.
const LONG_ITEM = 250

function itemSentences(text: string): string[] {
  return text.length > LONG_ITEM ? splitSentences(text) : [text]
}

/**
 * Paragraphs (split at blank lines), each as its lines with wrapped ones joined: a line continues the
 * one before unless that one ended a sentence or the line starts a list item.
 */
function joinWrappedLines(content: string): string[][] {
  return content.split(/\n\s*\n/).map((paragraph) => {
    const lines: string[] = []
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim()
      if (!line) continue
      const previous = lines.at(-1)
      const continues =
        previous !== undefined &&
        !ITEM.test(line) &&
        !isTableRow(line) &&
        !/[.!?:]["')]*$/.test(previous) &&
        !isTableRow(previous)
      if (continues) lines[lines.length - 1] = `${previous} ${line}`
      else lines.push(line)
    }
    return lines
  })
}

/** "Label: value." lines written from tables (parsers/tables.ts), kept whole. */
function isTableRow(line: string): boolean {
  return (
    /^[^.!?:]{1,80}: [^:]{1,160}[.]$/.test(line) &&
    !/\s(is|are|was|were|will|must|can|may)\s/i.test(line.split(':')[0]!)
  )
}

function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let start = 0
  const boundary = /[.!?]+["')\]]*\s+(?=["'(]?[A-Z0-9$])/g
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length
    const candidate = text.slice(start, end)
    // "e.g. The", "9 a.m. Monday", "No. 5": not the end of a sentence.
    if (ABBREVIATIONS.test(candidate.trim()) || /\b[A-Z]\.$/.test(candidate.trim())) continue
    // A short capitalised word before a figure abbreviates its unit or kind: "Rs. 10,000", "Art. 5", "Vol. 2".
    if (/\b[A-Z][a-z]{0,3}\.$/.test(candidate.trim()) && /\d/.test(text[match.index + match[0].length] ?? '')) continue
    sentences.push(candidate)
    start = match.index + match[0].length
  }
  sentences.push(text.slice(start))
  return sentences.map((s) => s.trim()).filter(Boolean)
}
