// Text copied from a web page (a help centre's article, a policy site) keeps the page's list bullets and
// table borders on lines of their own: "-" over each item's text, and a table as one cell a line, each
// ending in "|", its rows parted by a line that is only "|". As Markdown, the lone "-" under a line would
// make that line a heading and the table would be one run-on paragraph; both are put back as written.

/** The text with bullets joined to their items and cell-a-line tables written as Markdown tables. */
export function webTextAsMarkdown(body: string): string {
  return pipeTables(body.replace(LONE_BULLET, '$1- '))
}

// A bullet alone on its line (or two, a nested list's), its item's text on the next ("-\nMandatory Use: ...").
const LONE_BULLET = /^([ \t]*)(?:[-•*][ \t]*\n)+(?=[ \t]*\S)/gm

function pipeTables(body: string): string {
  const lines = body.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '|' || !/\S\s*\|$/.test(lines[i + 1] ?? '')) {
      out.push(lines[i]!)
      continue
    }
    const rows: string[][] = []
    let row: string[] = []
    let j = i
    for (; j < lines.length; j++) {
      const line = lines[j]!.trim()
      if (line === '|') {
        if (row.length) rows.push(row)
        row = []
      } else if (line.endsWith('|')) row.push(line.slice(0, -1).trim())
      else break
    }
    if (row.length) rows.push(row)
    out.push('', ...markdownTable(rows), '')
    i = j - 1
  }
  return out.join('\n')
}

function markdownTable(rows: string[][]): string[] {
  const columns = Math.max(...rows.map((r) => r.length))
  const line = (cells: string[]) =>
    `| ${Array.from({ length: columns }, (_, k) => (cells[k] ?? '').replace(/\|/g, '/')).join(' | ')} |`
  return [line(rows[0]!), line(Array(columns).fill('---')), ...rows.slice(1).map(line)]
}
