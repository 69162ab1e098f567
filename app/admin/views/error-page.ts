// What the admin page shows for an error (the app's one error handler calls this for /admin paths).
import { html } from './html.ts'
import { layout } from './layout.ts'

export function errorPage(status: number, message: string, base = ''): string {
  const signIn = status === 401 || status === 403
  return layout({
    base,
    title: status === 404 ? 'Not found' : signIn ? 'Sign in again' : 'That did not work',
    error: message,
    body: html`<p>${signIn ? html`<a href="sign-in">Sign in</a>` : html`<a href="./">Back to the admin page</a>`}</p>`
  })
}
