// A heading typed as a line of its own inside a paragraph: text pasted from a PDF or a Word file into
// Markdown or a text file keeps its headings as plain lines ("Recording Your Time" over "Non-exempt Team
// Members must record their hours..."), with nothing to mark them but that they stand alone.

export interface ParagraphPart {
  text: string
  heading: boolean
}

/**
 * The paragraph cut at each line that reads as a heading: short, in Title Case or capitals, with no
 * figure and no closing punctuation, opening the paragraph or following a finished sentence (not a colon:
 * that opens a list), and followed by a line of text. A line a sentence runs across ("run by the\nMinnesota Department of
 * Health\nand the...") is none.
 */
export function headingLines(paragraph: string): ParagraphPart[] {
  const lines = paragraph.split('\n')
  if (lines.length < 2) return [{ text: paragraph, heading: false }]
  const parts: ParagraphPart[] = []
  let text: string[] = []
  lines.forEach((line, i) => {
    const before = lines[i - 1]?.trim()
    const heading =
      headingLike(line.trim()) && (before === undefined || /[.!?]["”)]?$/.test(before)) && opensText(lines[i + 1])
    if (!heading) {
      text.push(line)
      return
    }
    if (text.length) parts.push({ text: text.join('\n'), heading: false })
    text = []
    parts.push({ text: line.trim(), heading: true })
  })
  if (text.length) parts.push({ text: text.join('\n'), heading: false })
  return parts
}

function headingLike(line: string): boolean {
  const words = line.split(/\s+/)
  if (!line || line.length > 60 || words.length > 8) return false
  if (!/^\p{Lu}/u.test(line) || /[.,;:!?)\]*_`]$|\d|:/.test(line)) return false
  return capitalisedShare(words) >= 0.7
}

/** The share of a line's words of four letters or more that begin with a capital (0 when it has none). */
function capitalisedShare(words: string[]): number {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w))
  return long.length ? long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length : 0
}

// The line after it begins a sentence of some length: a heading heads text, not another short line nor a
// list of names ("Martin Luther King, Jr. Day Memorial Day Independence Day").
function opensText(next: string | undefined): boolean {
  const line = next?.trim() ?? ''
  const words = line.split(/\s+/)
  return /^\p{Lu}/u.test(line) && (words.length >= 6 || /[.!?]$/.test(line)) && capitalisedShare(words) < 0.7
}
