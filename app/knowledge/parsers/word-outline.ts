// A Word table of contents is the document's outline as its author made it: each entry ("toc 1" to
// "toc 9") links to a bookmark (_Toc...) at the paragraph it names. Handbooks styled by look rather
// than with heading styles (a policy's title in body text, set bold or not) still list their policies
// there, so a paragraph the contents link to is a heading at its entry's level, and the contents are
// then dropped. A document whose headings are styled reads the same: Word's levels are the styles'.

// Entries keep their level as a class ("toc-2") until they are read.
export const CONTENTS_STYLES = Array.from(
  { length: 9 },
  (_, i) => `p[style-name='toc ${i + 1}'] => p.toc-${i + 1}:fresh`
)

const ENTRY = /<p class="toc-(\d)">([\s\S]*?)<\/p>/g
const LINK = /href="#(_Toc[^"]+)"/g
// A paragraph or heading that opens with bookmarks (mammoth writes them as empty anchors).
const BOOKMARKED = /<(p|h[1-6])>((?:<a id="[^"]*"><\/a>)+)([\s\S]*?)<\/\1>/g
const BOOKMARK = /<a id="([^"]*)"><\/a>/g

/** mammoth's HTML with the contents' entries removed and the paragraphs they link to made headings. */
export function headingsFromContents(html: string): string {
  const levels = new Map<string, number>()
  for (const [, level, entry] of html.matchAll(ENTRY))
    for (const [, bookmark] of entry!.matchAll(LINK)) if (!levels.has(bookmark!)) levels.set(bookmark!, Number(level))
  const withoutContents = html.replace(ENTRY, '')
  if (levels.size === 0) return withoutContents
  return withoutContents.replace(BOOKMARKED, (whole, _tag: string, bookmarks: string, inner: string) => {
    const level = [...bookmarks.matchAll(BOOKMARK)].map(([, id]) => levels.get(id!)).find((l) => l !== undefined)
    // An entry whose paragraph is empty (a bookmark left behind) names nothing.
    if (level === undefined || !inner.replace(/<[^>]*>/g, '').trim()) return whole
    const tag = `h${Math.min(level, 6)}`
    return `<${tag}>${bookmarks}${inner}</${tag}>`
  })
}
