// The frame of every admin page: a heading, the pages this person may open, flash messages. No
// script at all: plain forms and links work on any phone, and a strict CSP forbids the rest.
import { type Html, html } from './html.ts'

export interface Viewer {
  /** The path the app is served under ('' locally, '/prod' behind an API Gateway stage). */
  base: string
  name: string
  role: string
  csrfToken: string
}

export interface Page {
  title: string
  /** Where the app is served when there is no viewer yet (see Viewer.base). */
  base?: string
  /** The nav entry to mark as current. */
  current?: string
  viewer?: Viewer
  notice?: string
  error?: string
  body: Html
}

const PAGES: Array<{ href: string; label: string; roles: string[] }> = [
  { href: 'escalations', label: 'Escalations', roles: ['hr', 'manager', 'ops'] },
  { href: 'gaps', label: 'Knowledge gaps', roles: ['hr', 'manager', 'ops'] },
  { href: 'faqs', label: 'Suggested FAQs', roles: ['hr', 'ops'] },
  { href: 'handbook', label: 'Handbook', roles: ['hr', 'ops'] },
  { href: 'people', label: 'People', roles: ['hr', 'ops'] },
  { href: 'health', label: 'Health', roles: ['ops'] }
]

export function pagesFor(role: string): string[] {
  return PAGES.filter((p) => p.roles.includes(role)).map((p) => p.href)
}

export function layout({ title, base, current, viewer, notice, error, body }: Page): string {
  const nav = viewer
    ? html`<nav aria-label="Pages"><ul>${PAGES.filter((p) => p.roles.includes(viewer.role)).map(
        (p) => html`<li><a href="${p.href}" ${p.href === current ? html`aria-current="page"` : ''}>${p.label}</a></li>`
      )}</ul>
      <form method="post" action="sign-out"><input type="hidden" name="_csrf" value="${viewer.csrfToken}">
      <button type="submit">Sign out ${viewer.name}</button></form></nav>`
    : ''
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="${viewer?.base ?? base ?? ''}/admin/"><title>${title} · Admin</title><link rel="stylesheet" href="style.css"></head>
<body><header><p class="site">SMS assistant · admin</p>${nav}</header>
<main id="main"><h1>${title}</h1>
${notice ? html`<p class="notice" role="status"><strong>Done:</strong> ${notice}</p>` : ''}
${error ? html`<p class="error" role="alert"><strong>Problem:</strong> ${error}</p>` : ''}
${body}</main></body></html>`}`
}

/** Readable without colour: borders, weight and words carry meaning; large targets for thumbs. */
export const STYLESHEET = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#111;background:#fff}
header{padding:.5rem 1rem;border-bottom:2px solid #111}.site{margin:0;font-weight:700}
nav ul{list-style:none;margin:.5rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
nav a{display:inline-block;padding:.4rem 0}nav a[aria-current=page]{font-weight:700;text-decoration:underline 3px}
main{padding:1rem;max-width:50rem}h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.5rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,select,textarea,button{font:inherit;max-width:100%}
input[type=text],input[type=tel],input[type=search],textarea,select{width:100%;padding:.5rem;border:1px solid #111}
button{padding:.55rem 1rem;min-height:44px;border:2px solid #111;background:#fff;cursor:pointer;margin:.5rem .5rem 0 0}
button.primary{background:#111;color:#fff}
:focus-visible{outline:3px solid #111;outline-offset:2px}
.card{border:1px solid #111;padding:.75rem;margin:.75rem 0}.meta{font-size:.9rem}
.notice{border:2px solid #111;padding:.5rem}.error{border:3px double #111;padding:.5rem}
.tag{display:inline-block;border:1px solid #111;padding:0 .35rem;font-size:.85rem;margin-right:.25rem}
.tag.strong{font-weight:700;border-width:2px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #111;padding:.35rem}
blockquote{margin:.5rem 0;padding-left:.75rem;border-left:4px solid #111}
fieldset{border:1px solid #111;margin:.75rem 0}pre{white-space:pre-wrap;font-size:.9rem}
ul.plain,ol.plain{list-style:none;padding:0}dt{font-weight:700}dd{margin:0 0 .5rem}
`
