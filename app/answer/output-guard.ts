// Checks a model's answer before an employee sees it. The prompt marks the employee's text and the
// passages as data, but no prompt is proof against injection (OWASP LLM01), so the output is checked
// too: no trace of the system prompt, no phone numbers or e-mail addresses the passages do not contain,
// no markdown, and a bounded length.

export interface GuardResult {
  ok: true
  text: string
}
export interface GuardFailure {
  ok: false
  reason: string
}

const PHONE = /\+?\d[\d\s().-]{8,}\d/g
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/g

export function guardAnswer(
  answer: string,
  {
    canary,
    promptFragments,
    passages,
    maxChars
  }: {
    canary: string
    promptFragments: string[]
    passages: string[]
    maxChars: number
  }
): GuardResult | GuardFailure {
  const lower = answer.toLowerCase()
  if (answer.includes(canary) || promptFragments.some((f) => lower.includes(f.toLowerCase())))
    return { ok: false, reason: 'prompt_leak' }
  const source = passages.join('\n')
  const digits = (s: string) => s.replace(/\D/g, '')
  const knownNumbers = new Set((source.match(PHONE) ?? []).map(digits))
  if ((answer.match(PHONE) ?? []).some((n) => !knownNumbers.has(digits(n))))
    return { ok: false, reason: 'unknown_phone_number' }
  const knownEmails = new Set((source.match(EMAIL) ?? []).map((e) => e.toLowerCase()))
  if ((answer.match(EMAIL) ?? []).some((e) => !knownEmails.has(e.toLowerCase())))
    return { ok: false, reason: 'unknown_email' }

  const text = answer
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/```\w*/g, ''))
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)')
    .replace(/`([^`]+)`/g, '$1')
    .trim()
  if (!text) return { ok: false, reason: 'empty' }
  if (text.length > maxChars * 2) return { ok: false, reason: 'too_long' }
  return { ok: true, text }
}
