import type { faqView } from '../../faq/repository.ts'
import type { QuestionGroup } from '../../insights/group-questions.ts'
import { age, html, postForm } from './html.ts'
import { layout, type Viewer } from './layout.ts'

const NOTICES: Record<string, string> = {
  answered: 'The answer is an approved FAQ: the next employee who asks gets it.',
  dismissed: 'Set aside as not for the assistant.',
  approved: 'Approved: employees asking this now get the answer.',
  rejected: 'Rejected: it will not answer employees.'
}

export function gapsPage(
  viewer: Viewer,
  groups: QuestionGroup[],
  locations: string[],
  canAnswer: boolean,
  now: Date,
  done?: string
): string {
  const group = (g: QuestionGroup, i: number) => html`<li class="card"><h2>${g.examples[0] ?? ''}</h2>
<p class="meta"><strong>Asked ${g.count} ${g.count === 1 ? 'time' : 'times'}</strong> · last ${age(g.lastAsked, now)}</p>
${g.examples.length > 1 ? html`<p>Also asked as:</p><ul>${g.examples.slice(1).map((e) => html`<li>${e}</li>`)}</ul>` : ''}
${canAnswer ? answerForm(viewer, g, i, locations) : ''}</li>`
  return layout({
    title: 'Knowledge gaps',
    current: 'gaps',
    viewer,
    notice: done ? NOTICES[done] : undefined,
    body: html`<p>What employees asked in the last 30 days that the handbook did not answer, or that they marked WRONG. Newest first.</p>
${groups.length ? html`<ol class="plain">${groups.map(group)}</ol>` : html`<p>No gaps: every question found an answer.</p>`}`
  })
}

function answerForm(viewer: Viewer, g: QuestionGroup, i: number, locations: string[]) {
  const words = html`<input type="hidden" name="words" value="${g.words.join(' ')}">`
  return html`<details><summary>Write the answer once</summary>${postForm(
    'gaps/answer',
    viewer.csrfToken,
    html`${words}<label for="q${i}">Question as employees ask it</label>
<input id="q${i}" name="question" type="text" required maxlength="500" value="${g.examples[0] ?? ''}">
<label for="a${i}">Answer</label><textarea id="a${i}" name="answer" rows="4" required maxlength="1500"></textarea>
<fieldset><legend>Where it holds (none ticked: every location)</legend>${locations.map(
      (l, j) => html`<label><input type="checkbox" name="locations" value="${l}" id="l${i}-${j}"> ${l}</label>`
    )}</fieldset><button class="primary" type="submit">Publish as FAQ</button>`
  )}</details>${postForm(
    'gaps/dismiss',
    viewer.csrfToken,
    html`${words}<button type="submit">Not for the assistant</button>`
  )}`
}

type Faq = ReturnType<typeof faqView>

export function faqsPage(viewer: Viewer, faqs: Faq[], now: Date, done?: string): string {
  const item = (f: Faq) => html`<li class="card"><h2>${f.question}</h2>
<p class="meta">Answered by ${f.answeredBy?.name ?? 'someone'} · ${age(f.createdAt, now)} · ${f.location ?? 'every location'}</p>
${postForm(
  `faqs/${f.id}/approve`,
  viewer.csrfToken,
  html`<label for="fq${f.id}">Question</label><input id="fq${f.id}" name="question" type="text" maxlength="500" value="${f.question}">
<label for="fa${f.id}">Answer</label><textarea id="fa${f.id}" name="answer" rows="4" maxlength="1500">${f.answer}</textarea>
<label><input type="checkbox" name="allLocations" value="yes"> Answer every location</label>
<button class="primary" type="submit">Approve</button>`
)}${postForm(`faqs/${f.id}/reject`, viewer.csrfToken, html`<button type="submit">Reject</button>`)}</li>`
  return layout({
    title: 'Suggested FAQs',
    current: 'faqs',
    viewer,
    notice: done ? NOTICES[done] : undefined,
    body: html`<p>Managers' answers to questions the handbook did not answer. Approve (edit first if needed) and the next employee who asks gets it.</p>
${faqs.length ? html`<ul class="plain">${faqs.map(item)}</ul>` : html`<p>No suggestions waiting.</p>`}`
  })
}
