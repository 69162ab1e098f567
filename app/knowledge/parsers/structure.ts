// From a format's blocks to sections: what is never policy is dropped (a table of contents, Word's
// field residue), headings the document shows only by its formatting are found (headings.ts), and the
// blocks under each heading become its section, named by its heading path.
import { type HeadingMode, markHeadings, numberingDepth } from './headings.ts'
import { tableToLines } from './tables.ts'
import { type Block, HeadingPath, type Section, tidy } from './types.ts'

// What Word prints where a cross-reference, page reference or index lost its target.
// The marks handbooks set before list items (Word's and PDF's glyphs beside Markdown's): those that mark
// nothing else, and with them the dashes and dots that also punctuate running text.
export const BULLET_GLYPHS = '•▪◦●○■□✓✔➢►➤'
export const BULLET_MARKS = `${BULLET_GLYPHS}·*–-`

const FIELD_RESIDUE =
  /\bError! (?:Bookmark not defined|Reference source not found|No text of specified style in document|Not a valid [a-z ]+|Unknown switch argument|No table of contents entries found|Main Document Only|Objects cannot be created from editing field codes|Invalid character in string|Unknown document property name|No bookmark name given)\.?/gi
// Field codes shown instead of their results ("PAGEREF _Toc477345261 \h", "TOC \o "1-3" \h \z \u").
const FIELD_CODE =
  /\b(?:PAGEREF|REF|NOTEREF|HYPERLINK \\l) "?_(?:Toc|Ref)\d+"?(?: \\[a-z*](?: "[^"]*")?)*|\bTOC(?: \\[a-z](?: "[^"]*")?)+/g

// An entry of a table of contents: its title, then dot leaders and a page number.
// Long leaders make one whatever ends them: a template's "XX" for a page still to be numbered, nothing, or the
// next entry's number run into the line ("I. MISSION ..........X II.").
const CONTENTS_ENTRY =
  /(?:\.{4,}|…{2,}|(?:\. ?){4,}|_{4,})\s*(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,6})\s*$|\.{12,}|…{6,}|(?:\. ){12,}/i
const CONTENTS_TITLE = /^(?:table of contents?|contents|index of policies|index)[\s:.]*$/i
// Under a contents title, entries may have no leaders: a short line ending in a tab or space and a
// page number.
const BARE_ENTRY = /^.{2,120}?\s(?:\d{1,4}|[ivxlc]{1,6})$/i
// A paragraph of cells separated by tabs (a table typed with tab stops); not "(A)<tab>text".
const TAB_CELLS = /\S *\t+\s*\S/
const LIST_MARKER = /^\(?(?:\d{1,2}|[a-z]{1,2}|[ivx]{1,4})[.)]$/i
// What a PDF converter leaves where a page broke ("Page 12" as a heading, a "12 | P a g e" footer), a
// contents column's "Page" header, and a caption with nothing but a number ("Table 1"): no heading, no text.
const PAGE_MARK = /^(?:pages?|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*\|\s*p\s?a\s?g\s?e)$/i
const BARE_CAPTION = /^(?:table|figure|fig\.|exhibit|chart)\s*\d{1,3}$/i

/** Whether a line only marks a page ("Page 12", "Page 3 of 40", "26 | P a g e") or numbers a table. */
export function isPageMark(line: string): boolean {
  const text = line.trim()
  return PAGE_MARK.test(text) || BARE_CAPTION.test(text)
}

/** Whether a line is an entry of a table of contents (dot leaders or a tab before a page number). */
export function isContentsEntry(line: string): boolean {
  return line.length <= 250 && CONTENTS_ENTRY.test(line.trim())
}

export function isContentsTitle(line: string): boolean {
  return CONTENTS_TITLE.test(line.trim())
}

/**
 * How many lines from `start`, a contents title, are the table of contents: its entries, and the
 * lines of titles without a page number (an entry wrapped onto two lines, a contents of titles only)
 * that run on, title after title, up to the body. The body starts at a line of text, or at a title the
 * contents already listed (the first section's heading); a title alone just before a line of text is
 * the body's first heading, not an entry.
 */
export function contentsLength(lines: string[], start: number): number {
  const listed = new Set<string>()
  let end = start + 1
  for (; end < lines.length; end++) {
    const text = lines[end]!.trim()
    const entry = isContentsEntry(text) || BARE_ENTRY.test(text)
    if (!entry && (!titleOnly(text) || listed.has(entryTitle(text)))) break
    listed.add(entryTitle(text))
  }
  const last = lines[end - 1]?.trim() ?? ''
  const text = end < lines.length && !listed.has(entryTitle(lines[end]!))
  if (text && end - 1 > start && !isContentsEntry(last) && !BARE_ENTRY.test(last)) end--
  return end - start
}

/** A line that is a title only: short, capitalised words, no sentence ending. */
function titleOnly(text: string): boolean {
  if (text.length > 120 || /[.!?]$/.test(text) || !/\p{L}/u.test(text)) return false
  return (capitalisedShare(text) ?? 1) >= 0.7
}

/** The share of a text's words (of four letters or more) that start with a capital; null when it has none. */
function capitalisedShare(text: string): number | null {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w))
  return words.length ? words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length : null
}

/** An entry's title without its leaders and page number, as the body's heading would read. */
function entryTitle(text: string): string {
  return text
    .replace(CONTENTS_ENTRY, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase()
}

/** Removes Word's field residue and field codes from a text. */
export function withoutFieldResidue(text: string): string {
  return text.replace(FIELD_RESIDUE, ' ').replace(FIELD_CODE, ' ')
}

/**
 * Sections from blocks: `mode` says which headings to look for beyond the ones the markup gives
 * (see headings.ts).
 */
export function sectionsFromBlocks(blocks: Block[], mode: HeadingMode): Section[] {
  const clean = cleaned(blocks)
  const title = mode === 'all' ? openingTitle(clean) : undefined
  const kept = tabTables(withoutContents(clean))
  const sections: Section[] = []
  const path = new HeadingPath()
  let heading = ''
  let parts: Block[] = []
  const flush = () => {
    const text = tidy(joinBlocks(parts))
    if (text) sections.push({ heading, text })
    parts = []
  }
  for (const block of markHeadings(kept, mode)) {
    if (block === title || block.cover) continue
    if (block.level) {
      flush()
      heading = path.enter(block.level, headingText(block.text))
    } else {
      parts.push(block)
    }
  }
  flush()
  return sections
}

/**
 * The heading a whole handbook in one file opens with, before anything else, when it is its only top
 * heading and not a numbered one: the document's title, not a part of every heading path.
 */
export function openingTitle(blocks: Block[]): Block | undefined {
  const kept = blocks.filter((b) => b.text.trim())
  const tops = kept.filter((b) => b.level === Math.min(...kept.map((k) => k.level ?? 7)))
  const only = tops.length === 1 && tops[0] === kept[0] && !numberingDepth(kept[0].text)
  return only && kept.filter((b) => b.level).length > 2 ? tops[0] : undefined
}

function cleaned(blocks: Block[]): Block[] {
  return blocks
    .map((b) => (b.kind === 'code' ? b : { ...b, text: withoutFieldResidue(b.text) }))
    .filter((b) => b.text.trim() && !isPageMark(b.text))
}

/** The table of contents (its title and entries) and any other contents entries, dropped. */
function withoutContents(blocks: Block[]): Block[] {
  const kept: Block[] = []
  let inContents = false
  for (const block of blocks) {
    const text = block.text.trim()
    if (block.kind !== 'code' && isContentsTitle(text)) {
      inContents = true
      continue
    }
    if (block.kind === 'code') {
      kept.push(block)
      inContents = false
      continue
    }
    const lines: string[] = []
    for (const line of text.split('\n')) {
      // A contents title run into its titles, as text taken from a flipbook or a PDF reads ("... www.uwstout.edu/dining
      // Table of Contents INTRODUCTION Mission Statement ... 2 3 4 4"): what comes before it stays.
      const lead = line.search(CONTENTS_LEAD)
      const length = lead >= 0 ? runInContentsLength(line.slice(lead)) : 0
      if (length > 0) {
        const rest = `${line.slice(0, lead)} ${line.slice(lead + length)}`.trim()
        inContents = rest === ''
        if (rest) lines.push(rest)
        continue
      }
      const l = line.trim()
      const entry = isContentsEntry(l) || (inContents && (BARE_ENTRY.test(l) || PAGE_NUMBERS.test(l)))
      if (!entry) {
        inContents = false
        lines.push(line)
      }
    }
    if (lines.length === 0) continue
    kept.push({ ...block, text: lines.join('\n') })
  }
  return kept
}

const CONTENTS_LEAD = /(?:^|\s)(?:table of contents?|^contents)\s+(?=\p{Lu})/iu
// Where running text starts: three lower-case words in a row.
const RUNNING_TEXT = /\p{Ll}{4,}\s+\p{Ll}{2,}\s+\p{Ll}{4,}/u

/**
 * How long a contents run into one paragraph is, from its title: its titles and page numbers, up to the last page
 * number before running text starts (or to the end, when only titles and numbers follow); 0 when it is not one.
 */
function runInContentsLength(text: string): number {
  const sentence = text.search(RUNNING_TEXT)
  const span = sentence >= 0 ? text.slice(0, sentence) : text
  const numbers = [...span.matchAll(/(?<!\S)\d{1,4}(?:-\d{1,4})?(?!\S)/g)]
  if (numbers.length < 3) return 0
  const last = numbers.at(-1)!
  const end = sentence >= 0 ? last.index! + last[0].length : text.length
  return titlesOnly(text.slice(0, end).replace(/\d+(?:-\d+)?/g, ' ')) ? end : 0
}
// A line of page numbers and ranges only ("2 3 4 4", "10-11 12 13 14"): what a contents' page column leaves.
const PAGE_NUMBERS = /^(?:\d{1,4}(?:-\d{1,4})?\s+)*\d{1,4}(?:-\d{1,4})?$/
/** Titles run together, of any length: capitalised words, no sentence ending. */
function titlesOnly(text: string): boolean {
  if (/[.!?:;]/.test(text) || !/\p{L}/u.test(text)) return false
  return (capitalisedShare(text) ?? 0) >= 0.8
}

function headingText(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      // A run-in label's colon or dash ("Meal Periods-", "401k Plan –") is no part of its name.
      .replace(/(?:[\s:]|\s[–—-]|(?<=\p{L})[–—-])+$/u, '')
      .trim()
  )
}

/**
 * Consecutive paragraphs of tab-separated cells (two or more) as a table: "Years of Service<tab>Rate
 * of Accrual" over "1 -5<tab>80 hours per year" reads "Years of Service: 1 -5 | Rate of Accrual: 80
 * hours per year". A bold first row is its header.
 */
function tabTables(blocks: Block[]): Block[] {
  const out: Block[] = []
  const cells = (b: Block) =>
    (!b.kind || b.kind === 'paragraph') && !b.level && !b.text.includes('\n') && TAB_CELLS.test(b.text)
      ? b.text
          .split(/\t+/)
          .map((c) => c.trim())
          .filter(Boolean)
      : []
  for (let i = 0; i < blocks.length; i++) {
    const run: Block[] = []
    while (i + run.length < blocks.length) {
      const row = cells(blocks[i + run.length]!)
      if (row.length < 2 || LIST_MARKER.test(row[0]!)) break
      run.push(blocks[i + run.length]!)
    }
    if (run.length < 2) {
      out.push(blocks[i]!)
      continue
    }
    const lines = tableToLines(run.map(cells), run[0]!.bold || undefined)
    out.push({ text: lines.join('\n'), kind: 'table' })
    i += run.length - 1
  }
  return out
}

/** List items one to a line, everything else a paragraph of its own. */
function joinBlocks(blocks: Block[]): string {
  let text = ''
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1]
    const sameList = previous?.kind === 'list' && block.kind === 'list'
    text += i === 0 ? block.text : `${sameList ? '\n' : '\n\n'}${block.text}`
  })
  return text
}
