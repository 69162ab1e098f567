// HTML pages (and the HTML that Markdown embeds and mammoth makes of a Word file): the <title> (or
// first heading) is the title; h1-h6 split the body into sections. Scripts, styles, embeds (iframes,
// objects, forms), images and page chrome (nav, header, footer) are never read as text, nor are link
// targets; a Word table of contents (links to its _Toc bookmarks) is left out.
import { Parser } from 'htmlparser2'
import type { HeadingMode } from './headings.ts'
import { openingTitle, sectionsFromBlocks } from './structure.ts'
import { tableToLines } from './tables.ts'
import type { Block, ParsedDocument } from './types.ts'

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'template',
  'svg',
  'head',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'map'
])
// Elements that end a paragraph; `br` is a line break within one.
const BLOCKS = new Set(['p', 'div', 'li', 'section', 'article', 'ul', 'ol', 'dd', 'dt', 'blockquote', 'pre', 'main'])
const BOLD = new Set(['strong', 'b'])

export function parseHtml(source: string, fallbackTitle: string, mode: HeadingMode = 'labels'): ParsedDocument {
  const { blocks, title, keywords } = htmlBlocks(source)
  // A page's first heading names it; a whole handbook in one file is named by its title heading only
  // (its first chapter's heading is not its name).
  const named = mode === 'labels' ? blocks.find((b) => b.level) : openingTitle(blocks)
  return {
    title: title || named?.text.replace(/\s+/g, ' ').trim() || fallbackTitle,
    sections: sectionsFromBlocks(blocks, mode),
    keywords,
    locations: []
  }
}

/** The blocks of an HTML document (paragraphs, list items, tables, headings), its title and keywords. */
export function htmlBlocks(source: string): { blocks: Block[]; title: string; keywords: string } {
  const blocks: Block[] = []
  let title = ''
  let keywords = ''
  let inTitle = false
  let skipDepth = 0
  let preDepth = 0
  let boldDepth = 0
  // A link into the document's own table of contents bookmarks (Word's TOC field, through mammoth).
  let contentsLinkDepth = 0
  let paragraph = { text: '', bold: 0, plain: 0, list: false, contents: 0, level: 0 }
  let table: { rows: string[][]; header: boolean; boldFirstRow: boolean } | undefined
  let cell: string | undefined

  const flush = () => {
    // Tabs are kept: a tab before a page number marks an entry of a table of contents.
    const text = paragraph.text
      .replace(/[ \u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim()
    if (text && paragraph.contents < text.replace(/\s/g, '').length * 0.5) {
      blocks.push({
        text: paragraph.list ? `- ${text}` : text,
        ...(paragraph.level ? { level: paragraph.level } : {}),
        kind: preDepth > 0 ? 'code' : paragraph.list ? 'list' : 'paragraph',
        bold: paragraph.plain === 0 && paragraph.bold > 0
      })
    }
    paragraph = { text: '', bold: 0, plain: 0, list: false, contents: 0, level: 0 }
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true
        if (name === 'meta' && attributes.name?.toLowerCase() === 'keywords') keywords = attributes.content ?? ''
        if (SKIPPED.has(name)) skipDepth++
        if (skipDepth > 0) return
        if (BOLD.has(name)) boldDepth++
        if (name === 'a' && /^#_Toc/i.test(attributes.href ?? '')) contentsLinkDepth++
        const level = /^h([1-6])$/.exec(name)
        if (level) {
          flush()
          paragraph.level = Number(level[1])
        } else if (name === 'table') {
          flush()
          table = { rows: [], header: false, boldFirstRow: true }
        } else if (table && name === 'tr') table.rows.push([])
        else if (table && (name === 'td' || name === 'th')) {
          cell = ''
          if (name === 'th' && table.rows.length === 1) table.header = true
        } else if (cell !== undefined && BLOCKS.has(name)) cell += ' '
        else if (name === 'li') {
          flush()
          paragraph.list = true
        } else if (BLOCKS.has(name)) flush()
        else if (name === 'br') {
          if (cell !== undefined) cell += ' '
          else paragraph.text += '\n'
        }
        if (name === 'pre') preDepth++
      },
      ontext(text) {
        if (inTitle) title += text
        if (inTitle || skipDepth > 0) return
        if (cell !== undefined) {
          cell += text
          if (table!.rows.length === 1 && boldDepth === 0 && text.trim()) table!.boldFirstRow = false
          return
        }
        if (table) return
        // Line breaks in HTML text are only where the source was wrapped; blocks make the real ones.
        paragraph.text += preDepth > 0 ? text : text.replace(/[^\S\t]+/g, ' ')
        // Letters and figures: a dash or colon left out of a bold label ("**401k Plan** –") leaves it bold.
        const visible = text.replace(/[^\p{L}\p{N}]/gu, '').length
        if (boldDepth > 0) paragraph.bold += visible
        else paragraph.plain += visible
        if (contentsLinkDepth > 0) paragraph.contents += visible
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1)
          return
        }
        if (skipDepth > 0) return
        if (BOLD.has(name)) boldDepth = Math.max(0, boldDepth - 1)
        if (name === 'a' && contentsLinkDepth > 0) contentsLinkDepth--
        if (table && (name === 'td' || name === 'th') && cell !== undefined) {
          table.rows.at(-1)?.push(cell)
          cell = undefined
        } else if (table && name === 'table') {
          const header = table.header || (table.boldFirstRow && table.rows.length > 1) || undefined
          const lines = tableToLines(table.rows, header)
          if (lines.length > 0) blocks.push({ text: lines.join('\n'), kind: 'table' })
          table = undefined
        } else if (/^h[1-6]$/.test(name) || BLOCKS.has(name)) {
          if (cell === undefined) flush()
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
      }
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.end(source)
  flush()
  return { blocks, title: title.replace(/\s+/g, ' ').trim(), keywords }
}
