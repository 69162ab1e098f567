// HTML pages: the <title> (or first heading) is the title; h1-h6 split the body into sections;
// scripts, styles and page chrome (nav, header, footer) are left out.
import { Parser } from 'htmlparser2'
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

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true
        if (name === 'meta' && attributes.name?.toLowerCase() === 'keywords') keywords = attributes.content ?? ''
        if (SKIPPED.has(name)) skipDepth++
        const level = /^h([1-6])$/.exec(name)
        if (level && skipDepth === 0) heading = { level: Number(level[1]), text: '' }
        if (name === 'li') current.text += '\n- '
        else if (BLOCKS.has(name)) current.text += '\n'
      },
      ontext(text) {
        if (inTitle) titleText += text
        else if (skipDepth > 0) return
        else if (heading) heading.text += text
        else current.text += text
      },
      onclosetag(name) {
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
