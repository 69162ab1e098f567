export interface Section {
  /** Heading path within the document, e.g. "Sick leave > Civilian"; empty before the first heading. */
  heading: string
  text: string
}

export interface ParsedDocument {
  title: string
  sections: Section[]
  /** Front-matter keywords, subtitle and the like: words that describe the page. */
  keywords: string
  /** Locations the document applies to; empty means everywhere. */
  locations: string[]
}

/**
 * A paragraph, list item, table or heading as a format gives it, before it is grouped into sections
 * (see structure.ts). What a format says of its look (bold, size, centred) is how headings are found
 * in documents whose headings are only formatting.
 */
export interface Block {
  text: string
  /** Heading level given by the markup: Markdown #, HTML h1-h6, a Word heading style, a PDF bookmark. */
  level?: number
  kind?: 'paragraph' | 'list' | 'table' | 'code'
  /** The whole block is bold. */
  bold?: boolean
  /** Font size in points (PDF). */
  size?: number
  centered?: boolean
  /** Page number, where the format has pages. */
  page?: number
  /** On a document's cover (a PDF's first page of a few short lines): it tells headings apart, it is no text. */
  cover?: boolean
}

/** A file that cannot be read as a document: reported and skipped by ingestion. */
export class ParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ParseError'
  }
}

/** A file that is readable but has no content to answer from (a redirect stub, an empty page). */
export class NoContent extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NoContent'
  }
}

/** Keeps a stack of headings by level and renders the current path. */
export class HeadingPath {
  private stack: Array<{ level: number; text: string }> = []

  enter(level: number, text: string): string {
    while (this.stack.length > 0 && this.stack.at(-1)!.level >= level) this.stack.pop()
    this.stack.push({ level, text: text.trim() })
    return this.toString()
  }

  toString(): string {
    return this.stack
      .map((h) => h.text)
      .filter(Boolean)
      .join(' > ')
  }
}

/** Collapses runs of blank space while keeping paragraph breaks. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
