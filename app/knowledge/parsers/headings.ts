// Headings a document shows only by its look: a Word file typed without heading styles, a PDF (whose
// text has no headings at all), a text file. A short line is a heading when it is numbered as one
// ("4.3 Attendance Points", "SECTION 4 – LEAVE", "Article IV"), or bold, all capitals or larger than
// the body text. Its level comes from its numbering ("4.3" is under "4"), else from its look: larger
// before smaller, centred before not, capitals before mixed case, bold before regular.
import type { Block } from './types.ts'

/**
 * "labels": the markup gives the headings (Markdown, HTML); only a paragraph that is a short bold line
 * heads what follows, one level under the heading it is in. "all": any heading-like line.
 */
export type HeadingMode = 'labels' | 'all'

const NUMBERED =
  /^(?:(?:section|article|chapter|part)\s+(\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6})\b|(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.(?=\s|$)|(?=\s))|([IVX]{1,5})\.(?=\s))/i

interface Look {
  depth?: number
  signature: string
  order: number[]
}

/** The blocks with `level` set on the ones found to be headings. */
export function markHeadings(blocks: Block[], mode: HeadingMode): Block[] {
  const explicit = blocks.filter((b) => b.level)
  const body = bodySize(blocks)
  const sizeOf = sizeClasses(blocks)
  const looks = blocks.map((b, i) =>
    b.level || (mode === 'all' && brokenSentence(b, blocks[i + 1]))
      ? undefined
      : look({ ...b, size: sizeOf(b.size) }, mode, body)
  )
  if (mode === 'labels' || explicit.length > 0) return underExplicit(blocks, looks)
  const pages = Math.max(0, ...blocks.map((b) => b.page ?? 0))
  return letteredSiblings(byLook(blocks, withPlainHeadings(blocks, looks, pages), pages))
}

// A document whose headings look like its text (a Word file typed without heading styles and saved as
// PDF): with hardly any emphasised line to go by, a short Title Case line standing alone before text
// ("Workplace Health & Safety", "Emergency Procedures") is a heading, ranked above numbered list items
// in the same look. Not in a document numbered into sections and subsections, nor a line with a figure or a
// colon in it ("Junior Level: Benefit of Rs.1000").
const PLAIN_HEADINGS_PER_PAGE = 0.5
const PLAIN = 'plain'

function withPlainHeadings(blocks: Block[], looks: Array<Look | undefined>, pages: number): Array<Look | undefined> {
  const emphasised = looks.filter((l) => l && !l.depth).length
  // Sections numbered "4.3" are the document's own outline: nothing is put above them.
  const sectioned = looks.some((l) => (l?.depth ?? 0) >= 2)
  if (sectioned || emphasised >= Math.max(3, pages * PLAIN_HEADINGS_PER_PAGE)) return looks
  return looks.map((found, i) => {
    const block = blocks[i]!
    if (found || !plainHeading(block, blocks[i + 1])) return found
    return { signature: PLAIN, order: [-(block.size ?? 0), 1, 1, 0.5] }
  })
}

function plainHeading(block: Block, next: Block | undefined): boolean {
  const text = block.text.trim()
  if (block.kind && block.kind !== 'paragraph') return false
  if (!next || (next.kind && next.kind !== 'paragraph' && next.kind !== 'list') || /^\p{Ll}/u.test(next.text))
    return false
  if (text.includes('\n') || text.length > 60 || text.split(/\s+/).length > 8) return false
  if (!/^\p{Lu}/u.test(text) || /[.,;:!?)]$|[:\d]/.test(text) || numberingDepth(text)) return false
  return titleCase(text)
}

/**
 * A line that starts in lower case, or that the next paragraph goes on with in lower case, is part of
 * a sentence set in another font (a bold clause), not a heading.
 */
function brokenSentence(block: Block, next: Block | undefined): boolean {
  if (/^\p{Ll}/u.test(block.text.trim())) return true
  // A word, not a list marker ("a.") or a web address ("www.osha.gov").
  return !!next && (!next.kind || next.kind === 'paragraph') && /^\p{Ll}{2,}(?:[\s,;:]|\.(?:\s|$))/u.test(next.text)
}

/**
 * Lettered headings ("A. MILITARY LEAVE", "C. PERSONAL LEAVE") are siblings: a later letter takes the
 * level of the one before it, whatever its look (one set in another font is not a level down), until a
 * heading above them.
 */
function letteredSiblings(blocks: Block[]): Block[] {
  let last: { letter: string; level: number } | undefined
  return blocks.map((block) => {
    if (!block.level) return block
    if (last && block.level < last.level) last = undefined
    const letter = /^([A-Z])[.)]\s/.exec(block.text.trim())?.[1]
    if (!letter || numberingDepth(block.text)) return block
    const level = last && letter > last.letter ? last.level : block.level
    last = { letter, level }
    return level === block.level ? block : { ...block, level }
  })
}

/** A heading-like paragraph's look, or undefined when it reads as text. */
function look(block: Block, mode: HeadingMode, body: number | undefined): Look | undefined {
  if (block.kind && block.kind !== 'paragraph') return undefined
  const text = block.text.trim()
  if (text.includes('\n') || text.length > 120 || text.split(/\s+/).length > 15) return undefined
  if (!/\p{L}{3}/u.test(text) || /[,;]$/.test(text)) return undefined
  const caps = /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
  const larger = body !== undefined && (block.size ?? 0) >= body + 1
  const signature = `${Math.round((block.size ?? 0) * 2) / 2}|${block.bold ? 1 : 0}|${caps ? 1 : 0}|${block.centered ? 1 : 0}`
  const order = [-(block.size ?? 0), block.centered ? 0 : 1, caps ? 0 : 1, block.bold ? 0 : 1]
  if (mode === 'labels') {
    return block.bold && text.length <= 80 && !/[.]$/.test(text) ? { signature, order } : undefined
  }
  const depth = numberingDepth(text)
  const emphasised = block.bold || caps || larger
  if (/\.$/.test(text) && !(depth && text.split(/\s+/).length <= 8)) return undefined
  if (/[!?]$/.test(text) && !emphasised) return undefined
  if (depth) {
    const rest = text.replace(NUMBERED, '').replace(/^[\s.:)–—-]+/, '')
    if (rest && !/^\p{Lu}/u.test(rest)) return undefined
    return emphasised || titleCase(rest) ? { depth, signature, order } : undefined
  }
  return emphasised && text.length <= 90 ? { signature, order } : undefined
}

/** How deep a heading's numbering is ("4" 1, "4.3" 2, "Section 4" 1), or undefined when it has none. */
export function numberingDepth(text: string): number | undefined {
  const match = NUMBERED.exec(text)
  if (!match) return undefined
  if (match[1]) return 1 + (match[1].match(/\./g)?.length ?? 0)
  // "4.0 Confidentiality" is section 4 itself, as "4" would be: a trailing zero adds no level.
  if (match[2])
    return match[2]
      .replace(/(?:\.0)+$/, '')
      .split('.')
      .filter(Boolean).length
  return 1
}

function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w))
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7
}

/**
 * With headings in the markup, a heading-like line is one level under the heading it is in; a
 * numbered one takes the level the markup gives its numbering depth ("3.11" where "3.10" was an h3).
 */
function underExplicit(blocks: Block[], looks: Array<Look | undefined>): Block[] {
  const levelOfDepth = new Map<number, number>()
  for (const block of blocks) {
    const depth = block.level ? numberingDepth(block.text) : undefined
    if (depth && !levelOfDepth.has(depth)) levelOfDepth.set(depth, block.level!)
  }
  // Before the first heading of the markup (a cover: "Employee Handbook", "Revision July 2024"), a
  // heading-like line is at most a sibling of the top headings: it never holds the whole document.
  const top = Math.min(6, ...blocks.flatMap((b) => (b.level ? [b.level] : [])))
  let current = 0
  return blocks.map((block, i) => {
    if (block.level) {
      current = block.level
      return block
    }
    const found = looks[i]
    // A label heads something: with only a heading (or nothing) after it, it stays a line of text.
    const next = blocks[i + 1]
    if (!found || !next || next.level) return block
    const level = (found.depth && levelOfDepth.get(found.depth)) || (current ? Math.min(current + 1, 6) : top)
    return { ...block, level }
  })
}

/** Without headings in the markup: levels from numbering, else from the ranking of looks. */
function byLook(blocks: Block[], looks: Array<Look | undefined>, pages: number): Block[] {
  // A look seen only on the cover (the first of several pages) is the cover's, not a heading.
  const pagesOf = new Map<string, Set<number>>()
  blocks.forEach((b, i) => {
    const found = looks[i]
    if (found) pagesOf.set(found.signature, (pagesOf.get(found.signature) ?? new Set()).add(b.page ?? 0))
  })
  const coverOnly = (signature: string) => {
    const seen = pagesOf.get(signature)!
    return pages > 2 && seen.size === 1 && seen.has(1)
  }
  const numbered = looks.filter((l): l is Look => !!l?.depth)
  const ranked = [...new Map(looks.filter((l): l is Look => !!l).map((l) => [l.signature, l])).values()]
    .filter((l) => !coverOnly(l.signature))
    .sort((a, b) => compare(a.order, b.order))
    .map((l) => l.signature)
  const depthOf = new Map<string, number>()
  for (const l of numbered) if (!depthOf.has(l.signature)) depthOf.set(l.signature, l.depth!)
  const maxDepth = Math.max(0, ...numbered.map((l) => l.depth!))
  const topNumbered = Math.min(...numbered.map((l) => ranked.indexOf(l.signature)).filter((r) => r >= 0))

  return blocks.map((block, i) => {
    const found = looks[i]
    if (!found || coverOnly(found.signature)) return block
    let level: number
    if (numbered.length >= 2) {
      if (found.depth) level = found.depth
      // A plain heading closes a numbered list set in the text's look ("5. Cyberbullying" is no chapter).
      else if (found.signature === PLAIN) level = 1
      else if (depthOf.has(found.signature)) level = depthOf.get(found.signature)!
      else level = ranked.indexOf(found.signature) < topNumbered ? 1 : maxDepth + 1
    } else {
      level = ranked.indexOf(found.signature) + 1
    }
    return { ...block, level: Math.min(Math.max(level, 1), 6) }
  })
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}

/**
 * Font sizes within 5% of each other are one size: a document's headings of one level may differ by
 * half a point from page to page (12 and 12.5: a page scaled to fit), while a heading a level up is
 * larger by a point or more.
 */
function sizeClasses(blocks: Block[]): (size: number | undefined) => number | undefined {
  const sizes = [...new Set(blocks.map((b) => b.size ?? 0))].sort((a, b) => b - a)
  const classOf = new Map<number, number>()
  let top = Infinity
  for (const size of sizes) {
    if (size < top / 1.05) top = size
    classOf.set(size, top)
  }
  return (size) => (size === undefined ? undefined : classOf.get(size))
}

/** The commonest font size of the text (by characters), where the format gives sizes. */
function bodySize(blocks: Block[]): number | undefined {
  const chars = new Map<number, number>()
  for (const b of blocks) if (b.size) chars.set(b.size, (chars.get(b.size) ?? 0) + b.text.length)
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}
