// The answer mode that needs no LLM: picks the sentences of the retrieved passages that best match
// the question, in their original order, and never writes anything the handbook does not say.
import { expandWithThesaurus, queryWords } from '../knowledge/query-terms.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'
import { smartEncode } from '../sms/segments.ts'
import type { AnswerRequest, AnswerResult } from './types.ts'

// About three GSM-7 segments: enough for the first reply and a MORE.
const TARGET_CHARS = 460
const PASSAGES_CONSIDERED = 3

interface Sentence {
  text: string
  listItem: boolean
  passage: number
  position: number
  keys: Set<string>
  score: number
}

export function extractiveAnswer(request: AnswerRequest): AnswerResult {
  const passages = request.passages.slice(0, PASSAGES_CONSIDERED)
  const weights = keyWeights(request, passages)
  const sentences: Sentence[] = passages.flatMap((passage, p) => {
    const headingKeys = keysOf(passage.heading)
    return splitSentences(passage.content).map(({ text, listItem }, position) => {
      const keys = keysOf(text)
      // Words of the heading count for every sentence under it, at half weight.
      let score = 0
      for (const [key, weight] of weights) {
        if (keys.has(key)) score += weight
        else if (headingKeys.has(key)) score += weight / 2
      }
      // Ties go to the best-ranked passage and to the start of a section.
      score += (p === 0 ? 0.3 : 0) + (position === 0 ? 0.1 : 0)
      return { text, listItem, passage: p, position, keys, score }
    })
  })
  const best = sentences.filter((s) => s.score >= 1).sort((a, b) => b.score - a.score)[0]
  if (!best) return { text: '', answered: false, sources: [], mode: 'extractive' }

  const passage = passages[best.passage]!
  const chosen = pickAround(
    sentences.filter((s) => s.passage === best.passage),
    best,
    weights
  )
  return {
    text: smartEncode(leadIn(passage, chosen[0]!.text) + joinSentences(chosen)),
    answered: true,
    sources: [passage.title],
    mode: 'extractive'
  }
}

/**
 * Weight of each question word: rare among the candidate passages counts more (as in retrieval), words
 * of this message count double those of the question it follows up on, thesaurus words count half.
 */
function keyWeights(request: AnswerRequest, passages: RetrievedChunk[]): Map<string, number> {
  const passageWords = passages.map((p) => queryWords(`${p.heading} ${p.content}`))
  const vocabulary = new Set(passageWords.flat())
  const current = queryWords(request.question).map((w) => closestWord(w, vocabulary))
  const own = new Map<string, number>()
  for (const word of queryWords(request.previous?.question ?? '')) own.set(stemKey(word), 1)
  for (const word of expandWithThesaurus(request.question, current))
    if (!own.has(stemKey(word))) own.set(stemKey(word), 1)
  for (const word of current) own.set(stemKey(word), 2)

  const documents = passageWords.map((words) => new Set(words.map(stemKey)))
  const weights = new Map<string, number>()
  for (const [key, weight] of own) {
    const df = documents.filter((d) => d.has(key)).length
    weights.set(
      key,
      ((weight * Math.log(1 + (documents.length + 1) / (df + 0.5))) / Math.log(1 + (documents.length + 1) / 0.5)) * 1.5
    )
  }
  return weights
}

/** The best sentence, then related or following sentences of its passage while room remains. */
function pickAround(sentences: Sentence[], best: Sentence, weights: Map<string, number>): Sentence[] {
  const shared = (s: Sentence) => [...weights.keys()].filter((k) => s.keys.has(k)).length
  // A relevant sentence that introduces a list ("such as:", "do the following:") needs its list.
  const listIntros = sentences.filter((s) => s.text.trimEnd().endsWith(':') && (s === best || shared(s) > 0))
  const follows = (s: Sentence) =>
    s.position === best.position + 1 ||
    listIntros.some((intro) => s.position > intro.position && s.position <= intro.position + 6)
  const candidates = sentences
    .filter((s) => s !== best && (shared(s) > 0 || follows(s)))
    .map((s) => ({
      s,
      priority:
        (listIntros.includes(s) ? 12 : follows(s) ? 10 : 0) + shared(s) * 2 - Math.abs(s.position - best.position) * 0.5
    }))
    .sort((a, b) => b.priority - a.priority)
  const chosen = new Set([best])
  let length = best.text.length
  for (const { s } of candidates) {
    if (length + s.text.length + 1 > TARGET_CHARS) continue
    chosen.add(s)
    length += s.text.length + 1
  }
  return [...chosen].sort((a, b) => a.position - b.position)
}

/** Sentences as running text; list items on lines of their own, as in the handbook. */
function joinSentences(sentences: Sentence[]): string {
  return sentences
    .map((s, i) => {
      if (i === 0) return s.listItem ? `- ${s.text}` : s.text
      return s.listItem || sentences[i - 1]!.listItem ? `\n${s.listItem ? '- ' : ''}${s.text}` : ` ${s.text}`
    })
    .join('')
}

/** "Court leave (jury duty): " when the heading says what the sentences are about. */
function leadIn(passage: RetrievedChunk, firstSentence: string): string {
  const heading = passage.heading.split(' > ').at(-1)?.trim()
  if (
    !heading ||
    heading.length > 60 ||
    /^(other|overview|general|introduction|more|notes?)$/i.test(heading) ||
    firstSentence.toLowerCase().includes(heading.toLowerCase())
  )
    return ''
  return `${heading}: `
}

function splitSentences(text: string): Array<{ text: string; listItem: boolean }> {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"(])/)
    .map((raw) => ({
      raw: raw.trim(),
      text: raw
        .replace(/^\s*[-*]\s+/, '')
        .replace(/\s+/g, ' ')
        .trim()
    }))
    .filter(({ text }) => text.length >= 12 && /[a-z]/i.test(text))
    .map(({ raw, text }) => ({
      text: text.length > 320 ? `${text.slice(0, text.lastIndexOf(' ', 317))}...` : text,
      listItem: /^[-*]\s/.test(raw)
    }))
}

/** A misspelt word ("vacaton") is read as the passages' word one or two edits away ("vacation"). */
function closestWord(word: string, vocabulary: Set<string>): string {
  if (word.length < 5 || vocabulary.has(word)) return word
  let best = word
  let bestDistance = word.length >= 8 ? 3 : 2
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue
    const distance = editDistance(word, candidate, bestDistance)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below it. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    if (Math.min(...current) >= limit) return limit
    previous = current
  }
  return previous[b.length]!
}

function keysOf(text: string): Set<string> {
  return new Set(queryWords(text).map(stemKey))
}

// A crude stem: common endings off, then the first five letters, so "reimbursed" meets
// "reimbursement" and "timers" meets "time".
function stemKey(word: string): string {
  const stem = word.replace(/(ings?|ers?|ed|es|s)$/, '')
  const base = stem.length >= 3 ? stem : word
  return base.length > 5 ? base.slice(0, 5) : base
}
