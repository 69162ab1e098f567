// `tsx scripts/single-file-handbook.ts <handbook folder> <out dir> <name>`: a Markdown handbook (one
// page per file, HTML pages among them) as HR hands one out: one Word file and one PDF. Each page
// becomes a chapter (its title a Heading 1, its headings one level under), the whole is rendered to
// HTML with marked and converted by LibreOffice (`soffice`, which must be installed) into
// <name>.docx and <name>.pdf. Used to check that a handbook answers as well from either as from its
// Markdown (test/single-file-handbook.test.ts).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { marked } from 'marked'
import { findFiles } from '../app/knowledge/ingest.ts'
import { readFrontMatter } from '../app/knowledge/parsers/front-matter.ts'

const [folder, outDir, name] = process.argv.slice(2)
if (!folder || !outDir || !name) {
  console.error('usage: tsx scripts/single-file-handbook.ts <handbook folder> <out dir> <name>')
  process.exit(2)
}

const chapters: string[] = []
for (const file of await findFiles([folder])) {
  const extension = extname(file.path).toLowerCase()
  const text = readFileSync(file.path, 'utf8')
  if (extension === '.md' || extension === '.markdown') {
    const { data, content } = readFrontMatter(text, file.source)
    const body = content.replace(/\{%-?[\s\S]*?-?%\}|\{\{[\s\S]*?\}\}/g, ' ')
    chapters.push(chapter(typeof data.title === 'string' ? data.title : '', marked.parse(body, { async: false })))
  } else if (extension === '.html' || extension === '.htm') {
    const title = /<title>([\s\S]*?)<\/title>/i.exec(text)?.[1]?.trim() ?? ''
    chapters.push(chapter(title, /<body[^>]*>([\s\S]*)<\/body>/i.exec(text)?.[1] ?? text))
  }
}

// Tables as Word's are: the width of the page, with borders (LibreOffice reads attributes, not CSS).
const body = chapters.join('\n').replace(/<table(?=[\s>])/gi, '<table width="100%" border="1" cellpadding="4"')
const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(name)}</title></head><body>${body}</body></html>`
const work = mkdtempSync(join(tmpdir(), 'single-file-'))
try {
  const source = join(work, `${name}.html`)
  writeFileSync(source, html)
  for (const target of ['docx:MS Word 2007 XML', 'pdf:writer_pdf_Export']) {
    // A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        target,
        '--outdir',
        resolve(outDir),
        source
      ],
      { stdio: 'inherit' }
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** A page as a chapter: its title the one h1, its own headings one level under it. */
function chapter(title: string, body: string): string {
  const hasTitle = /^\s*<h1[^>]*>/i.test(body) && (body.match(/<h1[\s>]/gi) ?? []).length === 1
  if (hasTitle) return body
  const shifted = body.replace(
    /<(\/?)h([1-5])(?=[\s>])/gi,
    (_, slash: string, n: string) => `<${slash}h${Number(n) + 1}`
  )
  return `<h1>${escapeHtml(title)}</h1>\n${shifted}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
}
