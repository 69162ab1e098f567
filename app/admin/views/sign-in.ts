import { csrfField, html } from './html.ts'
import { layout } from './layout.ts'

export function phonePage(base: string, token: string, error?: string): string {
  return layout({
    title: 'Sign in',
    base,
    error,
    body: html`<p>HR, managers and ops sign in with a code texted to the phone the directory has for them.</p>
<form method="post" action="sign-in">${csrfField(token)}
<label for="phone">Your mobile number</label>
<input id="phone" name="phone" type="tel" autocomplete="tel" required maxlength="40">
<button class="primary" type="submit">Text me a code</button></form>`
  })
}

export function codePage(base: string, token: string, phone: string, error?: string): string {
  return layout({
    title: 'Enter your code',
    base,
    error,
    notice: error ? undefined : 'If this number may sign in, a 6-digit code is on its way. It lasts 5 minutes.',
    body: html`<form method="post" action="sign-in/code">${csrfField(token)}
<input type="hidden" name="phone" value="${phone}">
<label for="code">6-digit code</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" required maxlength="7">
<button class="primary" type="submit">Sign in</button></form>
<p><a href="sign-in">Use another number or ask for a new code</a></p>`
  })
}
