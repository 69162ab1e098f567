// The insights as text for a terminal and as CSV for a spreadsheet (`npm run insights`).
import { stringify } from 'csv-stringify/sync'
import { toCell } from '../lib/csv-cells.ts'
import type { Insights } from './insights.ts'

export function insightsText(insights: Insights): string {
  const { window: w } = insights
  const lines = [
    `Last ${w.days} days (${w.from.slice(0, 10)} to ${w.to.slice(0, 10)})${w.location ? `, ${w.location}` : ''}`
  ]
  lines.push('', 'Not answered (declined or marked WRONG), grouped:')
  if (insights.unanswered.length === 0) lines.push('  none')
  for (const g of insights.unanswered)
    lines.push(
      `  ${String(g.count).padStart(4)}x  ${g.examples.map((e) => `"${e}"`).join('  ')}  (last ${g.lastAsked.slice(0, 16).replace('T', ' ')})`
    )
  lines.push('', 'Most asked pages:')
  if (insights.topics.length === 0) lines.push('  none')
  for (const p of insights.topics) lines.push(`  ${String(p.count).padStart(4)}x  ${p.title} (${p.source})`)
  lines.push('', 'Outcomes:', ...insights.outcomes.map((o) => `  ${String(o.count).padStart(4)}  ${o.mode}`))
  lines.push('', 'Escalations:')
  if (insights.escalations.length === 0) lines.push('  none')
  for (const e of insights.escalations)
    lines.push(
      `  ${e.priority.padEnd(7)} ${e.count} raised, ${e.open} open, ${e.overdue} overdue; acknowledged in ${duration(e.acknowledgeSeconds.median)} (p90 ${duration(e.acknowledgeSeconds.p90)}), answered in ${duration(e.answerSeconds.median)} (p90 ${duration(e.answerSeconds.p90)})`
    )
  const f = insights.faqs
  lines.push(
    '',
    `FAQs: ${f.suggested} suggested, ${f.approved} approved, ${f.rejected} rejected; ${f.answersFromFaq} answers from an FAQ`
  )
  return lines.join('\n')
}

/** One table: section, item, count, detail; free text is neutralised for spreadsheets. */
export function insightsCsv(insights: Insights): string {
  const rows: Array<[string, string, number | string, string]> = [
    ...insights.unanswered.map((g): [string, string, number, string] => [
      'unanswered',
      g.examples.join(' | '),
      g.count,
      g.lastAsked
    ]),
    ...insights.topics.map((p): [string, string, number, string] => ['topic', p.title, p.count, p.source]),
    ...insights.outcomes.map((o): [string, string, number, string] => ['outcome', o.mode, o.count, '']),
    ...insights.escalations.map((e): [string, string, number, string] => [
      'escalations',
      e.priority,
      e.count,
      `open ${e.open}; overdue ${e.overdue}; acknowledge median ${e.acknowledgeSeconds.median ?? ''} s; answer median ${e.answerSeconds.median ?? ''} s`
    ]),
    [
      'faqs',
      'approved',
      insights.faqs.approved,
      `suggested ${insights.faqs.suggested}; rejected ${insights.faqs.rejected}; answers ${insights.faqs.answersFromFaq}`
    ]
  ]
  return stringify([
    ['section', 'item', 'count', 'detail'],
    ...rows.map(([s, item, n, d]) => [s, toCell(item), n, toCell(d)])
  ])
}

function duration(seconds: number | null): string {
  if (seconds === null) return '-'
  if (seconds < 120) return `${seconds} s`
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`
  return `${Math.round(seconds / 360) / 10} h`
}
