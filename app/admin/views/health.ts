import type { HealthReport } from '../../lib/health.ts'
import { html, when } from './html.ts'
import { layout, type Viewer } from './layout.ts'

const NAMES: Record<string, string> = {
  db: 'Database (every message is stored here first)',
  llm: 'Answer writer',
  retriever: 'Handbook search',
  classifier: 'Message classifier',
  sms: 'Sending texts'
}

export function healthPage(viewer: Viewer, report: HealthReport<string>): string {
  const items = Object.entries(report.checks).map(
    ([
      name,
      c
    ]) => html`<li class="card"><p><strong>${c.ok ? 'Working' : 'NOT WORKING'}</strong> · ${NAMES[name] ?? name}</p>
<p class="meta">${c.mode ? `Mode: ${c.mode}. ` : ''}${c.detail ? `${c.detail}. ` : ''}${c.error ? `Problem: ${c.error}. ` : ''}Answered in ${c.latencyMs} ms, checked ${when(c.checkedAt)}.</p></li>`
  )
  return layout({
    title: 'Health',
    current: 'health',
    viewer,
    body: html`<p><strong>${report.status === 'ok' ? 'Everything answers.' : 'Something is not working: employees may get fallback replies.'}</strong>
The same checks as <code>/validate</code>; running for ${Math.round(report.uptimeSeconds / 60)} minutes.</p><ul class="plain">${items}</ul>`
  })
}
