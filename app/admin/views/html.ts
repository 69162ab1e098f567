// HTML from tagged templates: every value is escaped (entities' escapeUTF8) unless it is itself
// Html made here. No template engine to load at a cold start, and nothing rendered is ever raw text.
import { escapeUTF8 } from 'entities'

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Value = Html | string | number | boolean | null | undefined | readonly Value[]

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Html) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeUTF8(String(value))
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!
  })
  return new Html(out)
}

/** A hidden field with the session's CSRF token: every form that changes something carries one. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`
}

/** A form that posts to `action` with the CSRF token; `body` holds its fields and button. */
export function postForm(action: string, token: string, body: Html, attributes = html``): Html {
  return html`<form method="post" action="${action}" ${attributes}>${csrfField(token)}${body}</form>`
}

/** "3 h ago", "2 d ago": ages for people on the floor. */
export function age(from: string | Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - new Date(from).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.round(minutes / 60)
  if (hours < 48) return `${hours} h ago`
  return `${Math.round(hours / 24)} d ago`
}

export function when(at: string | Date | null): string {
  if (!at) return ''
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}
