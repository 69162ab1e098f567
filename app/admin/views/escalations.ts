import type { BoardEntry } from '../escalation-board.ts'
import type { EscalationView } from '../../escalation/views.ts'
import type { MessageView } from '../../sms/sent-messages.ts'
import { age, html, postForm, when } from './html.ts'
import { layout, type Viewer } from './layout.ts'

const NOTICES: Record<string, string> = {
  answered: 'The answer was texted to the employee and the escalation is closed.',
  closed: 'The escalation is closed.'
}

function state(e: BoardEntry) {
  return html`${e.overdue ? html`<span class="tag strong">OVERDUE</span>` : ''}<span class="tag ${e.priority === 'urgent' ? 'strong' : ''}">${e.priority.toUpperCase()}</span><span class="tag">${e.status}</span>`
}

export function boardPage(viewer: Viewer, entries: BoardEntry[], now: Date, done?: string): string {
  const open = entries.filter((e) => e.open)
  const rest = entries.filter((e) => !e.open)
  const card = (
    e: BoardEntry
  ) => html`<li class="card"><p><a href="escalations/${e.id}"><strong>${e.code}</strong> · ${e.employee.name}</a></p>
<p>${state(e)}</p><p class="meta">Raised ${age(e.createdAt, now)} · ${e.reason.replace(/_/g, ' ')} · with ${e.assignee?.name ?? 'nobody yet'}</p></li>`
  return layout({
    title: 'Escalations',
    current: 'escalations',
    viewer,
    notice: done ? NOTICES[done] : undefined,
    body: html`<h2>Open (${open.length})</h2>${open.length ? html`<ul class="plain">${open.map(card)}</ul>` : html`<p>Nothing open.</p>`}
<h2>Answered or closed (${rest.length})</h2>${rest.length ? html`<ul class="plain">${rest.map(card)}</ul>` : html`<p>None yet.</p>`}`
  })
}

export function threadPage(
  viewer: Viewer,
  e: EscalationView & { messages: MessageView[]; overdue: boolean; open: boolean },
  now: Date
): string {
  const who = (m: MessageView) =>
    m.direction === 'inbound' ? (m.channel === 'employee' ? e.employee.name : 'Manager number') : 'Assistant'
  return layout({
    title: `Escalation ${e.code}`,
    current: 'escalations',
    viewer,
    body: html`<p>${state(e)}</p>
<dl><dt>Employee</dt><dd>${e.employee.name}${e.employee.location ? ` · ${e.employee.location}` : ''}</dd>
<dt>Why</dt><dd>${e.reason.replace(/_/g, ' ')}</dd><dt>Raised</dt><dd>${when(e.createdAt)} (${age(e.createdAt, now)})</dd>
<dt>With</dt><dd>${e.assignee?.name ?? 'nobody yet'}</dd></dl>
<h2>What they wrote</h2><blockquote>${e.originalText}</blockquote>
${e.answer ? html`<h2>Answer</h2><blockquote>${e.answer}</blockquote>` : ''}
<h2>Texts</h2><ol>${e.messages.map(
      (m) =>
        html`<li><p class="meta">${who(m)} → ${m.direction === 'outbound' ? 'text' : 'received'} · ${when(m.createdAt)} · ${m.status}</p><blockquote>${m.body}</blockquote></li>`
    )}</ol>
${
  e.open
    ? html`<h2>Answer or close</h2>${postForm(
        `escalations/${e.id}/resolve`,
        viewer.csrfToken,
        html`<label for="answer">Answer (texted to the employee exactly as a reply by SMS would be)</label>
<textarea id="answer" name="answer" rows="4" maxlength="1500"></textarea>
<button class="primary" type="submit" name="action" value="answer">Send answer and close</button>
<button type="submit" name="action" value="close">Close without answer</button>`
      )}`
    : ''
}`
  })
}
