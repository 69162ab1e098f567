// Text set with wide character spacing comes out of pdf.js with spaces inside its words ("PE RS ONAL
// LEAVE", "C . PERSONAL"): pdf.js reads a gap between letters as a space. The document's own words
// tell which runs are such broken words: fragments the document hardly uses anywhere else whose
// concatenation is a word it does use ("PERSONAL"). Words that are words in their own right ("in to")
// are never joined.
import type { PdfLine } from './pdf-lines.ts'

// A list marker with a space before its period or parenthesis ("C . PERSONAL LEAVE").
const SPACED_MARKER = /^(\p{L}|\d{1,2}) ([.)])(?=\s)/u
const LETTERS = /^\p{L}+$/u
// The longest run of fragments rejoined, and the longest fragment (spaced text breaks words short).
const MAX_RUN = 8
const MAX_FRAGMENT = 4

/** The lines with letter-spaced words rejoined, in their text and their cells. */
export function withLetterSpacingJoined(pages: PdfLine[][]): PdfLine[][] {
  const frequency = new Map<string, number>()
  for (const line of pages.flat())
    for (const word of line.text.toLowerCase().split(/[^\p{L}]+/u))
      if (word) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const count = (word: string) => frequency.get(word.toLowerCase()) ?? 0
  const fix = (text: string) => rejoin(text.replace(SPACED_MARKER, '$1$2'), count)
  for (const line of pages.flat()) {
    const cells = line.cells.map((cell) => ({ ...cell, text: fix(cell.text) }))
    if (cells.every((cell, k) => cell.text === line.cells[k]!.text) && !SPACED_MARKER.test(line.text)) continue
    line.cells = cells
    line.text = cells.length ? cells.map((c) => c.text).join(' ') : fix(line.text)
  }
  return pages
}

function rejoin(text: string, count: (word: string) => number): string {
  const tokens = text.split(' ')
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    let joined = 0
    for (let j = Math.min(tokens.length - 1, i + MAX_RUN - 1); j > i && !joined; j--)
      if (brokenWord(tokens.slice(i, j + 1), count)) joined = j - i + 1
    if (joined) {
      out.push(tokens.slice(i, i + joined).join(''))
      i += joined - 1
    } else out.push(tokens[i]!)
  }
  return out.join(' ')
}

/**
 * Whether fragments are one word spaced out: short letters-only pieces, most of them no word of the
 * document (seen fewer than three times), that together make a word it uses at least twice.
 */
function brokenWord(fragments: string[], count: (word: string) => number): boolean {
  if (!fragments.every((f) => LETTERS.test(f) && f.length <= MAX_FRAGMENT)) return false
  const strangers = fragments.filter((f) => count(f) < 3).length
  return strangers * 2 > fragments.length && count(fragments.join('')) >= 2
}
