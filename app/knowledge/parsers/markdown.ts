// Markdown with front matter (Jekyll, Hugo, Docusaurus...): the title comes from the front matter or
// the first heading; template tags are removed; the body is split into sections at its headings.
import { decodeHTML } from 'entities'
import matter from 'gray-matter'
import { marked, type Token, type Tokens } from 'marked'
import { parseHtml } from './html.ts'
import { tableToLines } from './tables.ts'
import { HeadingPath, NoContent, type ParsedDocument, ParseError, type Section, tidy } from './types.ts'

// {% include x %}, {% page "..." %}, {{ site.var }} and {%- raw -%} blocks' tags.
const TEMPLATE_TAG = /\{%-?[\s\S]*?-?%\}|\{\{[\s\S]*?\}\}/g

export function parseMarkdown(source: string, fallbackTitle: string): ParsedDocument {
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(source)
  } catch (error) {
    throw new ParseError(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  const data = parsed.data as Record<string, unknown>
  if (typeof data.redirect_to === 'string') throw new NoContent('a redirect page')

  // "#Salary" is not a heading to CommonMark, but handbooks written by hand mean one.
  const body = parsed.content.replace(TEMPLATE_TAG, ' ').replace(/^(#{1,6})(?=[^\s#])/gm, '$1 ')
  const sections: Section[] = []
  const path = new HeadingPath()
  let current: Section = { heading: '', text: '' }
  let firstHeading: string | undefined
  for (const token of marked.lexer(body)) {
    if (token.type === 'heading') {
      const text = inlineText((token as Tokens.Heading).tokens)
      firstHeading ??= text
      if (current.text.trim()) sections.push(current)
      current = { heading: path.enter((token as Tokens.Heading).depth, text), text: '' }
    } else {
      current.text += blockText(token) + '\n\n'
    }
  }
  if (current.text.trim()) sections.push(current)

  const title = stripTags(stringField(data.title) ?? '') || firstHeading || fallbackTitle
  return {
    title: tidy(title),
    sections: sections.map((s) => ({ heading: s.heading, text: tidy(s.text) })).filter((s) => s.text),
    keywords: [data.keywords, data.tags, data.subtitle, data.description].flatMap(listField).join(', '),
    locations: listField(data.locations)
  }
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function listField(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean)
  if (Array.isArray(value))
    return value
      .filter((v) => typeof v === 'string' || typeof v === 'number')
      .map((v) => String(v).trim())
      .filter(Boolean)
  return []
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text ?? '')
    case 'list':
      return (token as Tokens.List).items.map((item) => `- ${item.tokens.map(blockText).join(' ').trim()}`).join('\n')
    case 'table': {
      const table = token as Tokens.Table
      const header = table.header.map((cell) => inlineText(cell.tokens))
      return tableToLines([header, ...table.rows.map((row) => row.map((cell) => inlineText(cell.tokens)))], true).join(
        '\n'
      )
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.map(blockText).join('\n')
    case 'code':
      return (token as Tokens.Code).text
    case 'html': {
      // Handbooks written in Markdown often hold their tables as HTML.
      const html = (token as Tokens.HTML).text
      if (!/<table/i.test(html)) return stripTags(html)
      return parseHtml(html, '')
        .sections.map((s) => s.text)
        .join('\n')
    }
    default:
      return ''
  }
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return ''
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'html':
          return stripTags(token.text)
        case 'image':
          return (token as Tokens.Image).text
        case 'br':
          return '\n'
        case 'codespan':
          return decodeHTML((token as Tokens.Codespan).text)
        default:
          if ('tokens' in token && token.tokens) return inlineText(token.tokens)
          // A line break inside a paragraph is only where the author's editor wrapped it.
          return decodeHTML('text' in token ? String(token.text) : '').replace(/\n/g, ' ')
      }
    })
    .join('')
}

function stripTags(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' '))
}
