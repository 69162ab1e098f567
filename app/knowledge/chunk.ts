import { sha256 } from '../lib/hash.ts'
import type { ParsedDocument } from './parsers/types.ts'

export interface DocumentChunk {
  ord: number
  heading: string
  content: string
  contentHash: string
}

// Long enough to hold a policy paragraph with its context, short enough that a match is specific.
export const MAX_CHUNK_CHARS = 1200

/** One chunk per section, long sections split at paragraphs, then sentences, then words. */
export function chunkDocument(document: ParsedDocument, maxChars = MAX_CHUNK_CHARS): DocumentChunk[] {
  const result: DocumentChunk[] = []
  for (const section of document.sections) {
    for (const content of splitText(section.text, maxChars)) {
      result.push({
        ord: result.length,
        heading: section.heading,
        content,
        contentHash: sha256(`${document.title}\n${section.heading}\n${content}`)
      })
    }
  }
  return result
}

export function splitText(text: string, maxChars: number): string[] {
  if (text.length <= maxChars) return [text]
  const pieces = text.split(/\n{2,}/).flatMap((p) => (p.length <= maxChars ? [p] : splitSentences(p, maxChars)))
  const out: string[] = []
  let current = ''
  for (const piece of pieces) {
    if (current && current.length + piece.length + 2 > maxChars) {
      out.push(current)
      current = piece
    } else {
      current = current ? `${current}\n\n${piece}` : piece
    }
  }
  if (current) out.push(current)
  return out
}

function splitSentences(paragraph: string, maxChars: number): string[] {
  const sentences = paragraph.match(/[^.!?\n]+(?:[.!?]+|\n|$)\s*/g) ?? [paragraph]
  const out: string[] = []
  let current = ''
  for (const sentence of sentences.flatMap((s) => (s.length <= maxChars ? [s] : splitWords(s, maxChars)))) {
    if (current && current.length + sentence.length > maxChars) {
      out.push(current.trim())
      current = sentence
    } else {
      current += sentence
    }
  }
  if (current.trim()) out.push(current.trim())
  return out
}

function splitWords(text: string, maxChars: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of text.split(/\s+/)) {
    if (current && current.length + word.length + 1 > maxChars) {
      out.push(current)
      current = word.slice(0, maxChars)
    } else {
      current = current ? `${current} ${word}` : word.slice(0, maxChars)
    }
  }
  if (current) out.push(current)
  return out
}
