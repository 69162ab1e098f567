import type { UploadReport } from '../../knowledge/library.ts'
import type { HandbookDocument } from '../handbook.ts'
import type { TriedQuestion } from '../try-question.ts'
import { age, html, postForm, when } from './html.ts'
import { layout, type Viewer } from './layout.ts'

export interface HandbookPage {
  documents: HandbookDocument[]
  synonyms: string
  locations: string[]
  formats: string
  now: Date
  tried?: { question: string; location: string; result: TriedQuestion }
  uploaded?: UploadReport
  synonymErrors?: Array<{ line: number; message: string }>
  done?: string
}

const NOTICES: Record<string, string> = {
  removed: 'The document is removed: it is no longer searched nor answered from.',
  synonyms: 'The synonyms are saved; searches use them within a minute.'
}

export function handbookPage(viewer: Viewer, p: HandbookPage): string {
  const files = p.documents.filter((d) => !d.faq)
  const faqs = p.documents.length - files.length
  return layout({
    title: 'Handbook',
    current: 'handbook',
    viewer,
    notice: p.done ? NOTICES[p.done] : p.uploaded ? uploadSummary(p.uploaded) : undefined,
    error: p.synonymErrors?.length ? 'Some synonym lines do not read; nothing was saved.' : undefined,
    body: html`<h2>Try a question</h2>${postForm(
      'handbook/try',
      viewer.csrfToken,
      html`<label for="question">Question, as an employee would text it</label>
<input id="question" name="question" type="text" required maxlength="1600" value="${p.tried?.question ?? ''}">
<label for="location">Employee's location</label><select id="location" name="location"><option value="">Any</option>${p.locations.map(
        (l) => html`<option ${p.tried?.location === l ? html`selected` : ''}>${l}</option>`
      )}</select><button class="primary" type="submit">Try it</button>`
    )}${p.tried ? triedResult(p.tried.result) : ''}
${p.uploaded ? uploadDetails(p.uploaded) : ''}
<h2>Upload files</h2>
<form method="post" action="handbook/upload" enctype="multipart/form-data"><input type="hidden" name="_csrf" value="${viewer.csrfToken}">
<label for="files">Handbook files (${p.formats}; a file of the same name is replaced)</label>
<input id="files" name="files" type="file" multiple required><button class="primary" type="submit">Upload</button></form>
<h2>Documents (${files.length}${faqs ? `, and ${faqs} approved FAQs` : ''})</h2>
${files.length ? html`<ul class="plain">${files.map((d) => documentCard(viewer, d, p.now))}</ul>` : html`<p>No handbook loaded yet.</p>`}
<h2>Company synonyms</h2>${postForm(
      'handbook/synonyms',
      viewer.csrfToken,
      html`<label for="synonyms">One line per word employees use, then the handbook's words: <code>badge: id card, access card</code></label>
<textarea id="synonyms" name="synonyms" rows="8" maxlength="100000">${p.synonyms}</textarea>
${p.synonymErrors?.length ? html`<ul>${p.synonymErrors.map((e) => html`<li>Line ${e.line}: ${e.message}</li>`)}</ul>` : ''}
<button type="submit">Save synonyms</button>`
    )}`
  })
}

function documentCard(viewer: Viewer, d: HandbookDocument, now: Date) {
  return html`<li class="card"><p><strong>${d.title}</strong></p>
<p class="meta">${d.source} · ${d.chunks} passages · loaded ${when(d.updatedAt)} (${age(d.updatedAt, now)})${d.locations.length ? ` · ${d.locations.join(', ')}` : ''}</p>
${d.sections.length ? html`<details><summary>Sections (${d.sections.length})</summary><ul>${d.sections.map((s) => html`<li>${s}</li>`)}</ul></details>` : ''}
${postForm(`handbook/${d.id}/remove`, viewer.csrfToken, html`<button type="submit">Remove ${d.title}</button>`)}</li>`
}

function triedResult(r: TriedQuestion) {
  return html`<section aria-label="Reply"><h3>The employee would receive</h3><blockquote class="reply">${r.reply}</blockquote>
${
  r.passages.length
    ? html`<h3>From these passages</h3>${r.passages.map(
        (p) =>
          html`<div class="card"><p><strong>${p.title}</strong>${p.heading ? ` › ${p.heading}` : ''} <span class="meta">(${p.source})</span></p><pre>${p.text}</pre></div>`
      )}`
    : html`<p>No passage answers it: this is a knowledge gap.</p>`
}</section>`
}

function uploadSummary(r: UploadReport): string {
  return `${r.files} files: ${r.added} added, ${r.updated} replaced, ${r.unchanged} unchanged; ${r.chunks} passages.`
}

function uploadDetails(r: UploadReport) {
  const problems = [
    ...r.failed.map((f) => `${f.source}: could not be read (${f.error})`),
    ...r.unsupported.map((f) => `${f.source}: ${f.reason}`),
    ...r.skipped.map((f) => `${f.source}: ${f.reason}`),
    ...(r.synonyms?.errors ?? []).map((e) => `synonyms line ${e.line}: ${e.message}`)
  ]
  return problems.length ? html`<h2>Upload report</h2><ul>${problems.map((x) => html`<li>${x}</li>`)}</ul>` : ''
}
