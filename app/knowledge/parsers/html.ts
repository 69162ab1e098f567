// HTML pages: the <title> (or first heading) is the title; h1-h6 split the body into sections;
// scripts, styles and page chrome (nav, header, footer) are left out.
import { Parser } from 'htmlparser2'
import { tableToLines } from './tables.ts'
import { HeadingPath, type ParsedDocument, type Section, tidy } from './types.ts'

const SKIPPED = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'template', 'svg', 'head'])
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'tr',
  'br',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'dd',
  'dt',
  'blockquote',
  'pre'
])

export function parseHtml(source: string, fallbackTitle: string): ParsedDocument {
  const sections: Section[] = []
  const path = new HeadingPath()
  let current: Section = { heading: '', text: '' }
  let skipDepth = 0
  let titleText = ''
  let inTitle = false
  let heading: { level: number; text: string } | undefined
  let firstHeading: string | undefined
  let keywords = ''
  // Tables are collected cell by cell and written out as one line per row when they close.
  let table: { rows: string[][]; header: boolean } | undefined
  let cell: string | undefined
  let preDepth = 0

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true
        if (name === 'meta' && attributes.name?.toLowerCase() === 'keywords') keywords = attributes.content ?? ''
        if (SKIPPED.has(name)) skipDepth++
        const level = /^h([1-6])$/.exec(name)
        if (level && skipDepth === 0) heading = { level: Number(level[1]), text: '' }
        if (name === 'pre') preDepth++
        if (name === 'table') table = { rows: [], header: false }
        else if (table && name === 'tr') table.rows.push([])
        else if (table && (name === 'td' || name === 'th')) {
          cell = ''
          if (name === 'th' && table.rows.length === 1) table.header = true
        } else if (name === 'li') current.text += '\n- '
        else if (BLOCKS.has(name)) current.text += '\n'
      },
      ontext(text) {
        if (inTitle) titleText += text
        else if (skipDepth > 0) return
        else if (heading) heading.text += text
        else if (cell !== undefined) cell += text
        // Line breaks in HTML text are only where the source was wrapped; blocks make the real ones.
        else if (!table) current.text += preDepth > 0 ? text : text.replace(/\s+/g, ' ')
      },
      onclosetag(name) {
        if (table && (name === 'td' || name === 'th') && cell !== undefined) {
          table.rows.at(-1)?.push(cell)
          cell = undefined
          return
        }
        if (table && name === 'table') {
          current.text += `\n${tableToLines(table.rows, table.header || undefined).join('\n')}\n`
          table = undefined
          return
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        if (name === 'title') inTitle = false
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1)
        if (heading && name === `h${heading.level}`) {
          const text = tidy(heading.text)
          firstHeading ??= text
          if (tidy(current.text)) sections.push(current)
          current = { heading: path.enter(heading.level, text), text: '' }
          heading = undefined
        } else if (BLOCKS.has(name) && name !== 'li') {
          current.text += '\n'
        }
      }
    },
    { decodeEntities: true, lowerCaseTags: true }
  )
  parser.end(source)
  if (tidy(current.text)) sections.push(current)

  return {
    title: tidy(titleText) || firstHeading || fallbackTitle,
    sections: sections.map((s) => ({ heading: s.heading, text: tidy(s.text) })).filter((s) => s.text),
    keywords,
    locations: []
  }
}
