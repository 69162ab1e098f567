// Checks a model's answer before an employee sees it. The prompt marks the employee's text and the
// passages as data, but no prompt is proof against injection (OWASP LLM01), so the output is checked
// too: no trace of the system prompt (word for word or near it), no phone number, e-mail address, link
// or figure that neither the passages nor the employee's own directory entry contains (numbers and
// links compared exactly, in one normal form: contact-details.ts), no claim of having passed anything on, no
// markdown, and a bounded length; all read as the SMS will carry them.
import { CARDINALS } from '../lib/number-words.ts'
import { DIGIT_RUN as PHONE } from '../lib/redact.ts'
import { smartEncode } from '../sms/segments.ts'

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
  /** For phone numbers written without a country code (DEFAULT_COUNTRY). */
  country?: string
}

const FIGURE = /\d+(?:[.,]\d+)*/g
// A figure the answer writes as a word ("twelve weeks") is checked like the digits.
const NUMBER_WORDS: Readonly<Record<string, string>> = { ...CARDINALS, first: '1', second: '2', third: '3', half: '50' }
// Shared runs of this many words with the system prompt (and not with the passages) are a leak.
const LEAK_SHINGLE = 6

export async function guardAnswer(raw: string, context: GuardContext): Promise<GuardResult | GuardFailure> {
  // What is checked is what is sent: written as the SMS will carry it, so a number in fullwidth digits or a link
  // split by a zero-width space is read as the plain one it becomes.
  const answer = asSent(raw)
  const source = asSent([...context.passages, ...(context.allowed ?? [])].join('\n'))
  const reason =
    leak(answer, context) ??
    claimedAction(answer, source) ??
    (await unknownContact(answer, source, context.country ?? 'US')) ??
    unknownFigure(answer, source)
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

/** The SMS's own characters (smartEncode), compatibility forms folded (NFKC), invisible format characters dropped. */
function asSent(text: string): string {
  return smartEncode(text)
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
}

// Something the assistant says it did or will have done that only the escalation code does ("I have escalated this
// to your manager", "someone will call you today", "ya le avise a tu supervisor"): the model answers from the
// handbook and does nothing else, so it is not said unless a passage says it.
const CLAIMED_ACTION =
  /\bi('ve| have)? (just |already )*(escalated|forwarded|passed|sent|notified|alerted|contacted|informed|reported|flagged|told)\b|\b(has|have) been (escalated|forwarded|passed (on|along)|sent to|reported to|flagged)\b|\b(someone|somebody|they|he|she|your (manager|supervisor|boss)|hr|(a|the) manager) (will|is going to|'ll) (call|text|contact|reach out to|get back to) you\b|(?<![\wáéíóúñ])(ya )?(le|les) (pas[eé]|envi[eé]|mand[eé]|reenvi[eé]|avis[eé]|notifiqu[eé]|report[eé]|escal[eé])(?![\wáéíóúñ])/i

function claimedAction(answer: string, source: string): string | undefined {
  const claim = CLAIMED_ACTION.exec(answer)
  return claim && !source.toLowerCase().includes(claim[0].toLowerCase()) ? 'claimed_action' : undefined
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

async function unknownContact(answer: string, source: string, country: string): Promise<string | undefined> {
  const { emails, isKnownLink, isKnownPhone, links, phoneNumbers } = await import('./contact-details.ts')
  const knownPhones = phoneNumbers(source, country)
  if (phoneNumbers(answer, country).some((n) => !isKnownPhone(n, knownPhones))) return 'unknown_phone_number'
  const knownEmails = new Set(emails(source))
  if (emails(answer).some((e) => !knownEmails.has(e))) return 'unknown_email'
  const knownLinks = links(source)
  if (links(answer).some((link) => !isKnownLink(link, knownLinks))) return 'unknown_url'
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

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? []
  const out = new Set<string>()
  for (let i = 0; i + LEAK_SHINGLE <= words.length; i++) out.add(words.slice(i, i + LEAK_SHINGLE).join(' '))
  return out
}
