// Word files through mammoth, which turns heading styles into h1-h6, lists into lists and tables into
// tables; the HTML is then read as any HTML is, except that without heading styles the headings are
// found from numbering and bold or capital lines (headings.ts). Word's table of contents (its "TOC"
// paragraph styles, or links to its _Toc bookmarks) is never read as text, but it is the document's own
// outline: a paragraph it links to is a heading at its level, whatever its style (word-outline.ts).
// Images are never read, and files linked from the document are never opened.
import { parseHtml } from './html.ts'
import { type ParsedDocument, ParseError } from './types.ts'
import { CONTENTS_STYLES, headingsFromContents } from './word-outline.ts'

const STYLE_MAP = [
  ...CONTENTS_STYLES,
  "p[style-name^='toc'] => !",
  "p[style-name='Table of Figures'] => !",
  "p[style-name='Index Heading'] => !",
  // Text struck through is withdrawn: a revised handbook keeps its old wording struck out beside the new.
  'strike => !',
  "p[style-name^='index '] => !",
  // Word's Title style is the document's name when it opens it (see documentTitle).
  "p[style-name='Title'] => title:fresh"
]
// What a .docx (a zip) may expand to: a handbook of a thousand pages is a few megabytes of XML.
export const MAX_DOCX_EXPANDED_BYTES = 256 * 1024 * 1024

export async function parseDocx(bytes: Uint8Array, fallbackTitle: string): Promise<ParsedDocument> {
  const expanded = zipExpandedSize(bytes)
  if (expanded === undefined) throw new ParseError('not a readable Word file (.docx is a zip archive; this is not one)')
  if (expanded > MAX_DOCX_EXPANDED_BYTES)
    throw new ParseError(`expands to ${Math.round(expanded / 1048576)} MB: more than a Word handbook holds`)
  const { default: mammoth } = await import('mammoth')
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' }))
      }
    )
    html = result.value
  } catch (error) {
    throw new ParseError(`not a readable Word file: ${(error as Error).message.split('\n')[0]}`)
  }
  return parseHtml(documentTitle(headingsFromContents(html)), fallbackTitle, 'all')
}

/**
 * A Title paragraph before any text names the document (as plain text: HTML reads a title's tags as
 * text); one further in heads a chapter (a policy appended to a handbook), or it would name the whole
 * handbook and every chunk of it.
 */
function documentTitle(html: string): string {
  return html.replace(/<title>([\s\S]*?)<\/title>/g, (_, inner: string, at: number) =>
    html
      .slice(0, at)
      .replace(/<[^>]*>/g, '')
      .trim()
      ? `<h1>${inner}</h1>`
      : `<title>${inner.replace(/<[^>]*>/g, '')}</title>`
  )
}

/**
 * The sum of the uncompressed sizes a zip's central directory declares (undefined when the bytes are
 * not a zip), so that a small file that would expand to gigabytes is refused before it is inflated.
 */
function zipExpandedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record: in the last 64 KiB (its comment is at most 65,535 bytes).
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65557); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue
    const count = view.getUint16(end + 10, true)
    let at = view.getUint32(end + 16, true)
    let total = 0
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined
      const size = view.getUint32(at + 24, true)
      // 0xFFFFFFFF: the real size is in a ZIP64 field; no Word handbook needs one.
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    }
    return total
  }
  return undefined
}
