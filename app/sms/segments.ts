// SMS length the way carriers count it: GSM-7 (160 characters, 153 per part of a long message) unless
// one character needs UCS-2 (70, 67 per part); GSM extension characters such as { } [ ] ~ € count twice,
// and a character never straddles two parts.
import { SegmentedMessage } from 'sms-segments-calculator'
import * as smartEncodingModule from 'sms-segments-calculator/dist/libs/SmartEncodingMap.js'
import * as unicodeToGsmModule from 'sms-segments-calculator/dist/libs/UnicodeToGSM.js'

// CommonJS modules with `exports.default`: Node's ESM loader nests them one level deeper than bundlers do.
function interopDefault<T>(module: unknown): T {
  const outer = (module as { default: unknown }).default as Record<string, unknown>
  return ('default' in outer ? outer.default : outer) as T
}
const SMART = interopDefault<Record<string, string>>(smartEncodingModule)
const UNICODE_TO_GSM = interopDefault<Record<number, number[]>>(unicodeToGsmModule)

export interface SegmentInfo {
  segments: number
  encoding: 'GSM-7' | 'UCS-2'
}

// Created on first use: building ICU's segmenter costs tens of milliseconds, too much for a cold start.
let graphemes: Intl.Segmenter | undefined
// No combining marks, joiners or surrogate pairs: one UTF-16 unit per grapheme.
const SIMPLE_TEXT = /^[\u0000-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]*$/
const SINGLE_SEGMENT_BITS = 1120 // 140 octets
const PART_BITS = 1120 - 48 // a long message's parts carry a 6-octet user data header

/**
 * The segment count sms-segments-calculator computes (same GSM table, same packing; a test holds the
 * two equal), in one pass: the library rebuilds its segments' sizes for every character, which made
 * fitting a reply cost milliseconds of CPU per message.
 */
export function countSegments(text: string): SegmentInfo {
  if (text.length === 0) return { segments: 0, encoding: 'GSM-7' }
  const chars: string[] = []
  if (SIMPLE_TEXT.test(text)) {
    // Latin text and punctuation: every character is its own grapheme (the common case, and fast).
    for (let i = 0; i < text.length; i++) chars.push(text[i]!)
  } else {
    graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
    for (const { segment } of graphemes.segment(text)) {
      if (segment === '\r\n') chars.push('\r', '\n')
      else chars.push(segment)
    }
  }
  const isGsm = (c: string) => c.length === 1 && UNICODE_TO_GSM[c.charCodeAt(0)] !== undefined
  const ucs2 = !chars.every(isGsm)
  let total = 0
  const sizes = chars.map((c) => {
    const bits = ucs2 ? (isGsm(c) ? 16 : 16 * c.length) : 7 * UNICODE_TO_GSM[c.charCodeAt(0)]!.length
    total += bits
    return bits
  })
  const encoding = ucs2 ? 'UCS-2' : 'GSM-7'
  if (total <= SINGLE_SEGMENT_BITS) return { segments: 1, encoding }
  let segments = 1
  let used = 0
  for (const bits of sizes) {
    if (used + bits > PART_BITS) {
      segments++
      used = 0
    }
    used += bits
  }
  return { segments, encoding }
}

/** The library's own count (slow; the reference the tests compare countSegments with). */
export function referenceSegments(text: string): SegmentInfo {
  const message = new SegmentedMessage(text)
  return { segments: message.segmentsCount, encoding: message.encodingName }
}

/**
 * Replaces typographic characters (curly quotes, dashes, ellipses, non-breaking spaces) with GSM-7
 * equivalents, as Twilio's Smart Encoding does, so one stray quote does not halve what fits.
 */
export function smartEncode(text: string): string {
  let out = ''
  // A fraction after a whole number is spelled apart from it: "1½" is "1 1/2", not "11/2".
  for (const char of text.replace(/(\d)(?=[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])/g, '$1 ')) out += SMART[char] ?? char
  return out
}

/** Twilio refuses a message body longer than this (error 21617). */
export const MAX_BODY_CHARS = 1600

/**
 * `text` in pieces of at most `maxChars`, each ending after a sentence when that keeps at least half
 * the room, otherwise after a word (inside a word only when one is longer than the room).
 */
export function splitText(text: string, maxChars: number): string[] {
  const parts: string[] = []
  let rest = text.trim()
  while (rest.length > maxChars) {
    const head = rest.slice(0, maxChars + 1)
    const sentenceEnds = [...head.matchAll(/[.!?]["')\]]*(?=\s)/g)].map((m) => m.index + m[0].length)
    const sentence = sentenceEnds.at(-1) ?? 0
    const word = head.search(/\s\S*$/)
    let end = sentence >= maxChars / 2 ? sentence : word > 0 ? word : maxChars
    if (end === maxChars && /[\uD800-\uDBFF]/.test(rest[end - 1]!)) end-- // never half an emoji
    parts.push(rest.slice(0, end).trimEnd())
    rest = rest.slice(end).trimStart()
  }
  if (rest) parts.push(rest)
  return parts
}

export interface FittedText {
  /** What fits, with the continuation hint when something was left over. */
  part: string
  /** What did not fit ('' when everything did). */
  rest: string
}

export interface FitOptions {
  /** Text that comes before (not returned). */
  prefix?: string
  /** Text that comes after in every case (not returned). */
  suffix?: string
  /** Appended to the part when something is left over ("... Reply MORE for more."). */
  continuation?: string
}

/**
 * The longest start of `text` that fits in `maxSegments` together with the prefix, suffix and (when
 * something is left over) the continuation, cut after a sentence when that keeps most of the room,
 * otherwise after a word; never inside a word. Callers put the prefix and suffix around `part`.
 */
export function fitToSegments(
  text: string,
  maxSegments: number,
  { prefix = '', suffix = '', continuation = '' }: FitOptions = {}
): FittedText {
  const clean = text.trim()
  if (countSegments(prefix + clean + suffix).segments <= maxSegments) return { part: clean, rest: '' }

  // Whole sentences whenever one fits; a sentence too long for the budget ends at a clause (or, with no
  // clause to end at, a word) with "..." and the rest waits.
  const marker = continuation.startsWith('...') ? '' : '...'
  const sentenceFits = (end: number) =>
    countSegments(prefix + clean.slice(0, end).trimEnd() + continuation + suffix).segments <= maxSegments
  const cutFits = (end: number) =>
    countSegments(prefix + cutAt(clean, end) + marker + continuation + suffix).segments <= maxSegments
  const sentence = longestFitting(boundaries(clean, /(?<=[.!?]["')\]]*)\s+|\n+/g), sentenceFits)
  if (sentence !== undefined)
    return { part: clean.slice(0, sentence).trimEnd() + continuation, rest: clean.slice(sentence).trim() }
  const clause = longestFitting(boundaries(clean, /(?<=[,;:])\s+|\s+(?=[-–]\s)/g), cutFits)
  const lastWord = longestFitting(boundaries(clean, /\s+/g), cutFits)
  // A clause that keeps less than half of what words would ("Alcohol Testing:" of a sentence whose
  // figures push it into UCS-2) leaves nothing of the answer: end at a word then.
  const word = clause !== undefined && (lastWord === undefined || clause >= lastWord / 2) ? clause : lastWord
  // A single word longer than the whole budget: cut it, as a last resort.
  const end = word ?? longestFitting([...Array(clean.length).keys()].slice(1), cutFits) ?? 1
  return { part: cutAt(clean, end) + marker + continuation, rest: clean.slice(end).trim() }
}

/** The text up to `end`, without the comma or dash it stopped at. */
function cutAt(text: string, end: number): string {
  return text
    .slice(0, end)
    .trimEnd()
    .replace(/[\s,;:–-]+$/, '')
}

/** Offsets where a piece of text may end: the start of each separator match. */
function boundaries(text: string, separator: RegExp): number[] {
  return [...text.matchAll(separator)].map((m) => m.index!).filter((i) => i > 0)
}

/** Binary search for the largest offset that fits (segment count grows with length). */
function longestFitting(ends: number[], fits: (end: number) => boolean): number | undefined {
  let low = 0
  let high = ends.length - 1
  let best: number | undefined
  while (low <= high) {
    const mid = (low + high) >> 1
    if (fits(ends[mid]!)) {
      best = ends[mid]
      low = mid + 1
    } else {
      high = mid - 1
    }
  }
  return best
}
