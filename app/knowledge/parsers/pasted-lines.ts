// Text pasted from a PDF, a Word file or a flipbook into Markdown or a text file keeps its headings as plain
// lines ("Recording Your Time" over "Non-exempt Team Members must record their hours..."), with nothing to
// mark them but that they stand alone, and its page furniture as lines of figures: a page number, a revision
// date ("01/2019"), a flipbook's row of page numbers ("35 36 37 38 39").

export interface ParagraphPart {
  text: string
  heading: boolean
}

/**
 * The paragraph without its lines of page furniture, cut at each line that reads as a heading: short, in
 * Title Case or capitals, with no figure and no closing punctuation, opening the paragraph or following a
 * finished sentence (not a colon: that opens a list), and followed by a line of text. A line a sentence runs
 * across ("run by the\nMinnesota Department of Health\nand the...") is none.
 */
export function pastedLines(paragraph: string): ParagraphPart[] {
  const all = paragraph.split('\n')
  // A paragraph that is one figure ("12 employees") says something; lines of figures among others do not.
  const lines = all.filter((line) => !PAGE_ROW.test(line.trim()) && (all.length < 2 || !PAGE_MARKS.test(line.trim())))
  if (lines.length < 2) return lines.length ? [{ text: lines.join('\n'), heading: false }] : []
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

// A page number ("14", "P. 14", "Page 14 of 60", "Page 14 - Employee Handbook 2017") or a revision date ("01/2019").
const PAGE_MARKS =
  /^(?:\d{1,3}|\d{1,2}\/\d{2,4}|(?:p|pg|page)\.?\s*\d{1,3}(?:\s+of\s+\d{1,3})?|page \d{1,3}\s+[-–—|]\s+[^.!?:]{1,60})$/i
const PAGE_ROW = /^(?:\d{1,4}\s+){2,}\d{1,4}$/

function headingLike(line: string): boolean {
  const words = line.split(/\s+/)
  if (faqQuestion(line, words)) return true
  if (!line || line.length > 60 || words.length > 8) return false
  if (!/^\p{Lu}/u.test(line) || /[.,;:!?)\]*_`]$|\d|:/.test(line)) return false
  return capitalisedShare(words) >= 0.7
}

// A question of a pasted FAQ, printed in capitals on a line of its own ("HOW FAR IN ADVANCE SHOULD PTO REQUESTS BE
// MADE?" over its answer), heads its answer as an FAQ page's heading does.
function faqQuestion(line: string, words: string[]): boolean {
  return line.length <= 140 && words.length <= 24 && /^\p{Lu}[^\p{Ll}\d]*\?$/u.test(line) && words.length >= 3
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

/**
 * Text pasted from a flipbook or a PDF viewer often comes with a blank line after every printed line, so
 * each line of a sentence is a paragraph of its own ("paydays typically occurring every" / "other Friday.").
 * In a document laid out that way, a line that stops short of a sentence's end is joined to the next when
 * the next goes on in lower case, or when it runs near the page's width (the printer wrapped it there); a
 * heading's line is put over the text it heads.
 */
export function joinWrappedLines(body: string): string {
  const blocks = body.split(/\n(?:[ \t]*\n)+/)
  const lines = blocks.map((b) => b.trim()).filter((b) => b && !b.includes('\n') && PLAIN.test(b))
  const goesOn = blocks.filter((b, i) => wrapped(b) && /^\s*\p{Ll}/u.test(blocks[i + 1] ?? '')).length
  // Only a layout of one line per paragraph, with sentences seen running over: prose written as prose is left.
  if (lines.length < 8 || lines.length < blocks.length / 2 || goesOn < 2) return body
  const width = lines.map((l) => l.length).sort((a, b) => a - b)[Math.floor(lines.length * 0.9)]!
  const out: string[] = []
  for (const [i, block] of blocks.entries()) {
    const before = out.at(-1)
    const last = before?.split('\n').at(-1)?.trim() ?? ''
    const next = block.trim()
    const joins =
      before !== undefined &&
      wrapped(last) &&
      PLAIN.test(next) &&
      (/^\p{Ll}/u.test(next) || (last.length >= width * 0.75 && !headingLike(next)))
    // A heading on its own line is put over the text it heads, where pastedLines() reads it as one.
    const heads = before !== undefined && !before.includes('\n') && headingLike(last) && opensText(next)
    // Short lines after a colon ("prohibited and must never be worn:" / "Hooded sweatshirts, sweaters, or tops")
    // are the items of the list it opens.
    // Once a list has begun, a longer item is one too unless the line after goes on in lower case.
    // A heading over text ends it ("Manager Responsibilities").
    const after = blocks[i + 1]?.trim() ?? ''
    const item =
      !(headingLike(next) && opensText(after)) &&
      ((/:$/.test(last) && listItemLike(next, width * 0.75)) ||
        (/^- /.test(last) && listItemLike(next, width * 0.9) && !/^\p{Ll}/u.test(after)))
    if (item) out[out.length - 1] = `${before}\n- ${next}`
    else if (joins) out[out.length - 1] = `${before} ${next}`
    else if (heads) out[out.length - 1] = `${before.trim()}\n${next}`
    else out.push(block)
  }
  return out.join('\n\n')
}

// One line of plain text: no heading, list, quote or table mark.
const PLAIN = /^(?![#>|*+•▪●-]|\d+[.)]\s)\S[^\n]*$/u

// A line that stops short of a sentence's end, a list's colon or a figure standing alone.
function wrapped(block: string): boolean {
  const line = block.trim()
  return PLAIN.test(line) && !/[.!?:;]["”)]?$/.test(line) && !PAGE_MARKS.test(line) && line.length >= 20
}

// A list item printed on a line of its own: shorter than `longest`, in sentence case, no sentence after it.
function listItemLike(line: string, longest: number): boolean {
  return PLAIN.test(line) && /^\p{Lu}/u.test(line) && line.length < longest && !/[.!?]\s+\S/.test(line)
}
