import type { ImportReport } from '../../people/directory-import.ts'
import type { Person } from '../../people/directory.ts'
import { html, postForm, when } from './html.ts'
import { layout, type Viewer } from './layout.ts'

export interface PeoplePage {
  people: Person[]
  total: number
  query: string
  report?: ImportReport
  done?: string
}

const NOTICES: Record<string, string> = {
  deactivated: 'Deactivated: their texts are no longer taken and nothing is sent to them. Their history stays.',
  reactivated: 'Active again.'
}

/** The last four digits: enough to tell people apart on a shared screen. */
function maskedPhone(phone: string): string {
  return `•••${phone.slice(-4)}`
}

export function peoplePage(viewer: Viewer, p: PeoplePage): string {
  const row = (person: Person) =>
    html`<li class="card"><p><strong>${person.name}</strong> <span class="tag">${person.role}</span>${
      person.deactivatedAt ? html`<span class="tag strong">DEACTIVATED ${when(person.deactivatedAt)}</span>` : ''
    }</p><p class="meta">${person.location ?? 'no location'} · phone ending ${maskedPhone(person.phone)}</p>${
      person.deactivatedAt
        ? postForm(
            `people/${person.id}/reactivate`,
            viewer.csrfToken,
            html`<button type="submit">Reactivate ${person.name}</button>`
          )
        : postForm(
            `people/${person.id}/deactivate`,
            viewer.csrfToken,
            html`<button type="submit">Deactivate ${person.name}</button>`
          )
    }</li>`
  return layout({
    title: 'People',
    current: 'people',
    viewer,
    notice: p.done
      ? NOTICES[p.done]
      : p.report
        ? `${p.report.added} added, ${p.report.updated} updated, ${p.report.refused.length} skipped`
        : undefined,
    body: html`${p.report?.refused.length ? html`<h2>Skipped rows</h2><ul>${p.report.refused.map((r) => html`<li>Line ${r.line}: ${r.reason}</li>`)}</ul>` : ''}
${postForm(
  'people/search',
  viewer.csrfToken,
  html`<label for="q">Search by name, location, role or phone</label><input id="q" name="q" type="search" maxlength="100" value="${p.query}">
<button type="submit">Search</button>`,
  html`role="search"`
)}
<h2>${p.query ? `${p.total} found` : `Everyone (${p.total})`}</h2>
${p.people.length ? html`<ul class="plain">${p.people.map(row)}</ul>` : html`<p>Nobody.</p>`}
<h2>Upload the directory</h2>
<form method="post" action="people/import" enctype="multipart/form-data"><input type="hidden" name="_csrf" value="${viewer.csrfToken}">
<label for="csv">CSV file (phone, name, role, manager_phone, location, language): people are added or updated by phone</label>
<input id="csv" name="csv" type="file" accept=".csv,text/csv" required><button class="primary" type="submit">Upload</button></form>`
  })
}
