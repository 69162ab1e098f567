// Markdown as companies write it (Jekyll, Hugo, MkDocs, Docusaurus...): YAML front matter gives the
// title, keywords and locations and is never searched as text; template tags and shortcodes, link
// targets, images and HTML embeds (iframes, scripts) are dropped; a bold label stays on its line
// ("- **Part-time staff:** at least 10 days"), and a paragraph that is only a short bold line heads
// what follows it, as does a heading pasted as a line of its own; tables become header-labelled rows.
import { decodeHTML } from 'entities'
import { marked, type Token, type Tokens } from 'marked'
import { readFrontMatter } from './front-matter.ts'
import { joinWrappedLines, pastedLines } from './pasted-lines.ts'
import { htmlBlocks } from './html.ts'
import { sectionsFromBlocks } from './structure.ts'
import { tableToLines } from './tables.ts'
import { webTextAsMarkdown } from './web-text.ts'
import { type Block, NoContent, type ParsedDocument, tidy } from './types.ts'

const DIAGRAM = /^(mermaid|plantuml|puml|dot|graphviz|flowchart|sequence|mmd)\b/i

// Liquid/Jekyll {% include x %} and {{ site.var }}, Hugo {{< shortcode >}} and {{% shortcode %}}.
const TEMPLATE_TAG = /\{%-?[\s\S]*?-?%\}|\{\{[<%][\s\S]*?[>%]\}\}|\{\{[\s\S]*?\}\}/g

export function parseMarkdown(source: string, fallbackTitle: string, name = fallbackTitle): ParsedDocument {
  const { data, content } = readFrontMatter(source, name)
  if (typeof data.redirect_to === 'string') throw new NoContent('a redirect page')

  // "#Salary" is not a heading to CommonMark, but handbooks written by hand mean one.
  const written = content.replace(TEMPLATE_TAG, ' ').replace(/^(#{1,6})(?=[^\s#])/gm, '$1 ')
  const body = joinWrappedLines(webTextAsMarkdown(withoutRepeatedTitles(written, stringField(data.title))))
  const blocks = marked.lexer(body).flatMap(toBlocks)
  const firstHeading = blocks.find((b) => b.level)?.text
  const title = stripTags(stringField(data.title) ?? '') || firstHeading || fallbackTitle
  return {
    title: tidy(title),
    sections: sectionsFromBlocks(blocks, 'labels'),
    keywords: [data.keywords, data.tags, data.subtitle, data.description].flatMap(listField).join(', '),
    locations: listField(data.locations)
  }
}

// A page's title printed again as its first line ("# 401 – Paid Time Off" over "401 – PAID TIME OFF"), as web
// pages and PDFs do: a line that only repeats a heading of the page is no text of it.
function withoutRepeatedTitles(body: string, title: string | undefined): string {
  const key = (line: string) => line.replace(/[–—-]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase()
  const headings = new Set([...body.matchAll(/^#{1,6} +(.+?)#*$/gm)].map((m) => key(m[1]!)))
  if (title) headings.add(key(title))
  return body
    .split('\n')
    .filter((line) => /^#/.test(line) || !line.trim() || !headings.has(key(line)))
    .join('\n')
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

function toBlocks(token: Token): Block[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading
      return [{ text: inlineText(heading.tokens), level: heading.depth }]
    }
    case 'paragraph':
    case 'text': {
      // A heading pasted as a line of its own ("Recording Your Time") heads what follows it, as a bold label does;
      // a pasted page's number and date are dropped.
      const parts = token.type === 'paragraph' ? pastedLines(token.text ?? '') : undefined
      if (parts && (parts.length !== 1 || parts[0]!.text !== token.text))
        return parts.map((part) => ({ text: inlineText(marked.Lexer.lexInline(part.text)), bold: part.heading }))
      const tokens = 'tokens' in token && token.tokens ? token.tokens : undefined
      const text = tokens ? inlineText(tokens) : decodeHTML(token.text ?? '')
      return [{ text, bold: !!tokens && isBoldOnly(tokens) }]
    }
    case 'list': {
      const items = (token as Tokens.List).items.map((item) => `- ${item.tokens.map(itemText).join(' ').trim()}`)
      return [{ text: items.join('\n'), kind: 'list' }]
    }
    case 'table': {
      const table = token as Tokens.Table
      const header = table.header.map((cell) => inlineText(cell.tokens))
      const rows = table.rows.map((row) => row.map((cell) => inlineText(cell.tokens)))
      return [{ text: tableToLines([header, ...rows], true).join('\n'), kind: 'table' }]
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(toBlocks)
    case 'code': {
      const code = token as Tokens.Code
      // Text pasted indented (a PDF's or a flipbook's lines, set in by four spaces or more) is no code to
      // CommonMark's eye, but a handbook holds none: read as the paragraphs and headings it is.
      if (code.codeBlockStyle === 'indented') return marked.lexer(joinWrappedLines(code.text)).flatMap(toBlocks)
      // A diagram's source ("graph TD A --> B") draws a picture; as text it is no policy.
      return DIAGRAM.test(code.lang ?? '') ? [] : [{ text: code.text, kind: 'code' }]
    }
    case 'html':
      // Handbooks written in Markdown hold tables, notes and embeds as HTML: read as HTML is.
      return htmlBlocks((token as Tokens.HTML).text).blocks
    default:
      return []
  }
}

/** A list item's text: its paragraphs and nested lists, each nested item on a line of its own. */
function itemText(token: Token): string {
  if (token.type === 'list')
    return `\n${toBlocks(token)
      .map((b) => b.text.replace(/^- /gm, '  - '))
      .join('\n')}`
  return toBlocks(token)
    .map((b) => b.text)
    .join(' ')
}

/** A paragraph that is only bold text (a label such as "**Accrual:**"). */
function isBoldOnly(tokens: Token[]): boolean {
  const visible = tokens.filter((t) => !(t.type === 'text' && !t.raw.trim()) && t.type !== 'br')
  return visible.length === 1 && visible[0]!.type === 'strong'
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return ''
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'html':
          return stripTags(token.text)
        case 'image':
          // An image's address is no text, and its alt text describes a picture, not a policy.
          return ''
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
