// Checks a model's answer before an employee sees it. The prompt marks the employee's text and the
// passages as data, but no prompt is proof against injection (OWASP LLM01), so the output is checked
// too: no trace of the system prompt (word for word or near it), no phone number, e-mail address, link
// or figure that neither the passages nor the employee's own directory entry contains, no markdown,
// and a bounded length.
import { CARDINALS } from '../lib/number-words.ts'
import { DIGIT_RUN as PHONE, EMAIL } from '../lib/redact.ts'

export interface GuardResult {
  ok: true
  text: string
}
export interface GuardFailure {
  ok: false
  reason: string
}

export interface GuardContext {
  canary: string
  /** The system prompt, whose wording must not come back. */
  systemPrompt: string
  /** Sentences of the prompt that must never appear, however short. */
  promptFragments: string[]
  passages: string[]
  /** Contact details the answer may mention besides the passages' (the employee's own number). */
  allowed?: string[]
  maxChars: number
}

const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|us|app)(?:\/[^\s<>"')]*)?/gi
const FIGURE = /\d+(?:[.,]\d+)*/g
// A figure the answer writes as a word ("twelve weeks") is checked like the digits.
const NUMBER_WORDS: Readonly<Record<string, string>> = { ...CARDINALS, first: '1', second: '2', third: '3', half: '50' }
// Shared runs of this many words with the system prompt (and not with the passages) are a leak.
const LEAK_SHINGLE = 6

export function guardAnswer(answer: string, context: GuardContext): GuardResult | GuardFailure {
  const source = [...context.passages, ...(context.allowed ?? [])].join('\n')
  const reason = leak(answer, context) ?? unknownContact(answer, source) ?? unknownFigure(answer, source)
  if (reason) return { ok: false, reason }
  const text = answer
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/```\w*/g, ''))
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)')
    .replace(/`([^`]+)`/g, '$1')
    .trim()
  if (!text) return { ok: false, reason: 'empty' }
  if (text.length > context.maxChars * 2) return { ok: false, reason: 'too_long' }
  return { ok: true, text }
}

function leak(answer: string, { canary, promptFragments, systemPrompt, passages }: GuardContext): string | undefined {
  const lower = answer.toLowerCase()
  if (answer.includes(canary) || promptFragments.some((f) => lower.includes(f.toLowerCase()))) return 'prompt_leak'
  // A paraphrase keeps runs of the prompt's words: any run of six that the passages do not also have.
  const passageShingles = shingles(passages.join(' '))
  const promptShingles = shingles(systemPrompt)
  for (const shingle of shingles(answer)) {
    if (promptShingles.has(shingle) && !passageShingles.has(shingle)) return 'prompt_leak'
  }
  return undefined
}

function unknownContact(answer: string, source: string): string | undefined {
  const knownPhones = (source.match(PHONE) ?? []).map(phoneDigits)
  const isKnownPhone = (n: string) => {
    const digits = phoneDigits(n)
    return knownPhones.some((k) => k === digits || k.endsWith(digits) || digits.endsWith(k))
  }
  if ((answer.match(PHONE) ?? []).some((n) => !isKnownPhone(n))) return 'unknown_phone_number'
  const knownEmails = new Set((source.match(EMAIL) ?? []).map((e) => e.toLowerCase()))
  if ((answer.match(EMAIL) ?? []).some((e) => !knownEmails.has(e.toLowerCase()))) return 'unknown_email'
  const withoutEmails = (text: string) => text.replace(EMAIL, ' ')
  const knownUrls = new Set((withoutEmails(source).match(URL) ?? []).map(normaliseUrl))
  if ((withoutEmails(answer).match(URL) ?? []).some((u) => !knownUrls.has(normaliseUrl(u)))) return 'unknown_url'
  return undefined
}

/** Every figure in the answer ("$120", "85%", "12 weeks") is one a passage states, in digits or words. */
function unknownFigure(answer: string, source: string): string | undefined {
  const known = new Set(figures(source.replace(/\b[a-z]+\b/gi, (w) => NUMBER_WORDS[w.toLowerCase()] ?? w)))
  const phones = answer.match(PHONE) ?? []
  const rest = phones.reduce((text, phone) => text.replace(phone, ' '), answer)
  return figures(rest).some((f) => !known.has(f)) ? 'unknown_figure' : undefined
}

function figures(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((f) => f.replace(/,(?=\d{3}\b)/g, '').replace(/\.0+$/, ''))
}

/** Digits of a phone number, without a North American country code. */
function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
}

function normaliseUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[.,;:!?/]+$/, '')
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? []
  const out = new Set<string>()
  for (let i = 0; i + LEAK_SHINGLE <= words.length; i++) out.add(words.slice(i, i + LEAK_SHINGLE).join(' '))
  return out
}
