// A PDF's bookmarks (its outline), when it has them, are its headings as the author made them: each
// is matched to the line that shows it, on the page it points to or after, and gives that line its
// level. A title wrapped over two lines is matched to both, joined.
import type { PdfLine } from './pdf-lines.ts'

interface OutlineNode {
  title: string
  dest: string | unknown[] | null
  items: OutlineNode[]
}

interface PdfDocument {
  getOutline(): Promise<OutlineNode[] | null>
  getDestination(id: string): Promise<unknown[] | null>
  getPageIndex(ref: never): Promise<number>
}

/** The lines that are headings, with their levels (empty without an outline). */
export async function pdfOutline(document: PdfDocument, pages: PdfLine[][]): Promise<Map<PdfLine, number>> {
  const outline = await document.getOutline().catch(() => null)
  const headings = new Map<PdfLine, number>()
  if (!outline || outline.length === 0) return headings
  const entries: Array<{ title: string; level: number; page: number }> = []
  const visit = async (nodes: OutlineNode[], level: number) => {
    for (const node of nodes) {
      entries.push({ title: normalise(node.title), level, page: await pageOf(document, node.dest) })
      await visit(node.items ?? [], level + 1)
    }
  }
  await visit(outline, 1)

  const lines = pages.flat()
  let from = 0
  for (const entry of entries) {
    if (!entry.title) continue
    for (let i = from; i < lines.length; i++) {
      // Past the page it points to: the bookmark's text is not on the page (an image, a caption).
      if (entry.page > 0 && lines[i]!.page > entry.page + 1) break
      if (lines[i]!.page < entry.page) continue
      const matched = matchAt(lines, i, entry.title)
      if (matched === 0) continue
      for (let k = i; k < i + matched; k++) headings.set(lines[k]!, entry.level)
      // A title wrapped onto two lines is one heading: the second line joins the first.
      if (matched > 1)
        lines[i]!.text = lines
          .slice(i, i + matched)
          .map((l) => l.text)
          .join(' ')
      for (let k = i + 1; k < i + matched; k++) lines[k]!.text = ''
      from = i + matched
      break
    }
  }
  for (const page of pages) for (let i = page.length - 1; i >= 0; i--) if (!page[i]!.text) page.splice(i, 1)
  return headings
}

/** How many lines from `i` spell `title` (0 when they do not). */
function matchAt(lines: PdfLine[], i: number, title: string): number {
  let text = ''
  for (let k = i; k < Math.min(lines.length, i + 3); k++) {
    text = normalise(`${text} ${lines[k]!.text}`)
    if (text === title) return k - i + 1
    if (!title.startsWith(text)) return 0
  }
  return 0
}

async function pageOf(document: PdfDocument, dest: OutlineNode['dest']): Promise<number> {
  try {
    const explicit = typeof dest === 'string' ? await document.getDestination(dest) : dest
    const ref = explicit?.[0]
    if (ref && typeof ref === 'object') return (await document.getPageIndex(ref as never)) + 1
    if (typeof ref === 'number') return ref + 1
  } catch {
    // A broken destination: the heading is looked for from where the previous one was.
  }
  return 0
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
