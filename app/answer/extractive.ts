// The answer mode that needs no LLM: the handbook's own sentences, the one that answers first. It picks
// the sentence that best holds what the question asks (sentence-scoring.ts), adds what it needs to be
// understood (the sentence it refers back to, the list it introduces) and a little related context
// while the reply stays short, and never writes anything the handbook does not say. When no sentence
// holds enough of the question, it says so instead of quoting something nearby.
import { isPageMark } from '../knowledge/parsers/structure.ts'
import { inWholeHandbookFile, type RetrievedChunk } from '../knowledge/types.ts'
import { smartEncode } from '../sms/segments.ts'
import { answerProbability, questionContext, unitFeatures } from './answer-model.ts'
import { holdsWhatIsAsked } from './holds-what-is-asked.ts'
import { answers } from './answers-question.ts'
import { type ScoredUnit, scoreSentences } from './sentence-scoring.ts'
import { REFERS_BACK } from './sentences.ts'
import type { AnswerRequest, AnswerResult } from './types.ts'

export const PASSAGES_CONSIDERED = 6
// Short enough for two segments with the source; the lead sentence alone may be longer.
const TARGET_CHARS = 300
const MAX_EXTRA = 2

export function extractiveAnswer(request: AnswerRequest): AnswerResult {
  const passages = request.passages.slice(0, PASSAGES_CONSIDERED)
  const { units, topics, kinds, unknownTopic } = scoreSentences(request.question, request.previous?.question, passages)
  const ranked = [...units].sort((a, b) => b.score - a.score)
  const best = ranked[0]
  if (!best) return declined()
  // A line nearly as good as the best answers in its place when the best does not answer ("after office hours"
  // for "what time is the office open": "office hours are 8:30am to 5:00 pm") or does not give the kind of thing
  // asked ("how early can i clock in": "do not perform any work unless you are clocked in" before "do not clock
  // in more than 5 minutes early"). Lines all but tied with the best are tried in the order the answer model rates
  // them: asked "how far ahead should i put in my pto request", the FAQ's answer under "How far in advance should PTO
  // requests be made?" before the line on PTO "approved ... in advance" in the last two weeks.
  const context = questionContext(passages, topics)
  const chance = (u: ScoredUnit) => answerProbability(unitFeatures(u, passages[u.passage]!, context))
  for (const candidate of candidatesInOrder(ranked, chance)) {
    if (!answers(candidate, topics, unknownTopic)) continue
    const reply = replyFrom(request, passages, units, topics, kinds, candidate)
    if (reply) return reply
  }
  return declined()
}

// How close in score another line must be to the best to answer in its place.
const RUNNER_UP = 0.9
// Within this share of the best score, lines are tied (0.93 lost an answer on Clef; 0.97 gained one on a store's
// handbook and lost none).
const TIE = 0.97

/**
 * The lines that may answer in place of the best (`ranked` best first), in the order they are tried: those all but
 * tied with the best by how likely `chance` rates them to answer, then the others close to it by score.
 */
export function candidatesInOrder<T extends { score: number }>(ranked: T[], chance: (unit: T) => number): T[] {
  const best = ranked[0]
  if (!best) return []
  const close = ranked.filter((u) => u.score >= best.score * RUNNER_UP).slice(0, 3)
  const tied = close.filter((u) => u.score >= best.score * TIE).sort((a, b) => chance(b) - chance(a))
  return [...tied, ...close.filter((u) => !tied.includes(u))]
}

function replyFrom(
  request: AnswerRequest,
  passages: RetrievedChunk[],
  units: ScoredUnit[],
  topics: number,
  kinds: ReturnType<typeof scoreSentences>['kinds'],
  best: ScoredUnit
): AnswerResult | null {
  const passage = passages[best.passage]!
  const sameSection = units.filter((u) => u.passage === best.passage)
  const chosen = compose(sameSection, best)
  const lead = leadIn(passage, chosen, best) + render(chosen)
  const more = otherLines(units, chosen, passages, topics, lead.length)
  const said = [render(chosen), ...more].join(' ')
  if (!holdsWhatIsAsked(request.question, kinds, said)) return null
  return {
    text: smartEncode([lead, ...more].join('\n')),
    answered: true,
    sources: [sourceName(passage)],
    mode: 'extractive'
  }
}

/** What the reply would lead with were `best` the answer: it and the lines it needs, as written. */
export function leadAround(units: ScoredUnit[], best: ScoredUnit): string {
  const section = units.filter((u) => u.passage === best.passage)
  return render(compose(section, best))
}

/**
 * What the reply cites: the page's title, or for a whole handbook in one Word or PDF file (whose every
 * section has the file's title) the section, "2.13 Probationary Employees", not "Employee Handbook".
 */
export function sourceName(passage: RetrievedChunk): string {
  if (!inWholeHandbookFile(passage)) return passage.title
  const section = passage.heading.split(' > ').at(-1)?.trim()
  return section && !isPageMark(section) ? section : passage.title
}

// Other lines the answer model takes to answer, after the best one's: asked how long probation is, the
// sentence on the probation period's length, when the best one only says who sets it. Each is labelled
// with its section when that differs, within the reply's room; a line that only introduces a list is not one.
const MORE_LINES = 2
const MORE_MIN_P = 0.3
// Three segments with the source: the most a reply may be before MORE.
const MAX_CHARS = 420

function otherLines(
  units: ScoredUnit[],
  chosen: ScoredUnit[],
  passages: RetrievedChunk[],
  topics: number,
  used: number
): string[] {
  const context = questionContext(passages, topics)
  const lead = chosen[0]!
  const candidates = units
    .filter((u) => !chosen.includes(u) && !u.intro)
    .map((u) => ({ u, p: answerProbability(unitFeatures(u, passages[u.passage]!, context)) }))
    .filter((c) => c.p >= MORE_MIN_P)
    .sort((a, b) => b.p - a.p)
  const lines: string[] = []
  // A handbook that says a thing twice (a page printed again) is quoted once.
  const quoted = new Set(chosen.map((c) => c.text))
  let length = used
  for (const { u } of candidates) {
    if (lines.length >= MORE_LINES) break
    if (quoted.has(u.text)) continue
    quoted.add(u.text)
    const label = u.passage === lead.passage ? '' : sectionLabel(passages[u.passage]!)
    const line = (label && !u.text.toLowerCase().includes(label.toLowerCase()) ? `${label}: ` : '') + render([u])
    if (length + line.length + 1 > MAX_CHARS) continue
    lines.push(line)
    length += line.length + 1
  }
  return lines
}

function sectionLabel(passage: RetrievedChunk): string {
  const heading = headingLabel(passage)
  return heading.length <= 50 && !heading.endsWith('?') ? heading : ''
}

function declined(): AnswerResult {
  return { text: '', answered: false, sources: [], mode: 'extractive' }
}

/**
 * The best sentence first; before it the sentence it refers back to (or the intro of the list it is
 * an item of); after it the items it introduces; then up to two related sentences of its section,
 * while the reply stays within the target.
 */
function compose(section: ScoredUnit[], best: ScoredUnit): ScoredUnit[] {
  // A short paragraph is one thought: after the answer, its other sentences that bear on the question
  // or sit right next to it, in their own order (not the sibling rows of a table, which are alternatives).
  const paragraph = section.filter((u) => u.paragraph === best.paragraph)
  if (!best.item && !best.intro && paragraph.length <= 4 && lengthOf(paragraph) <= TARGET_CHARS) {
    const others = paragraph.filter((u) => u !== best && (u.own > 0 || Math.abs(u.position - best.position) === 1))
    return REFERS_BACK.test(best.text) ? paragraph.filter((u) => u === best || others.includes(u)) : [best, ...others]
  }
  const before: ScoredUnit[] = []
  const previous = section[best.position - 1]
  if (previous && (REFERS_BACK.test(best.text) || (best.item && previous.intro && best.text.length < 80))) {
    before.push(previous)
  }
  const after: ScoredUnit[] = []
  let length = [...before, best].reduce((n, u) => n + u.text.length + 1, 0)
  const fits = (u: ScoredUnit) => length + u.text.length + 1 <= TARGET_CHARS
  if (best.intro) {
    after.push(...itemsAfter(section, best, TARGET_CHARS - length))
    length += after.reduce((n, u) => n + u.text.length + 1, 0)
  }
  const taken = new Set([...before, best, ...after])
  const related = section
    .filter((u) => !taken.has(u) && u.own > 0 && u.score >= best.score * 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_EXTRA)
  for (const u of related) {
    if (!fits(u)) continue
    after.push(u)
    length += u.text.length + 1
  }
  const lead = [...before, best]
  const rest = after.filter((u) => !lead.includes(u)).sort((a, b) => a.position - b.position)
  return [...lead, ...rest]
}

/** The list items an intro ("do the following:") introduces, as many as fit in `room`. */
function itemsAfter(section: ScoredUnit[], intro: ScoredUnit, room: number): ScoredUnit[] {
  const items: ScoredUnit[] = []
  for (const item of section.slice(intro.position + 1)) {
    if (!item.item || lengthOf([...items, item]) > room) break
    items.push(item)
  }
  return items
}

function lengthOf(units: ScoredUnit[]): number {
  return units.reduce((n, u) => n + u.text.length + 1, 0)
}

/** Sentences as running text; list items and table rows on lines of their own, as in the handbook. */
function render(units: ScoredUnit[]): string {
  return units
    .map((u, i) => {
      // Every sentence ends as one, even where the handbook left off the period.
      const text = `${u.bullet ? '- ' : ''}${/[.!?:]["')]*$/.test(u.text) ? u.text : `${u.text}.`}`
      if (i === 0) return text
      return u.item || units[i - 1]!.item || units[i - 1]!.intro ? `\n${text}` : ` ${text}`
    })
    .join('')
}

/**
 * "Meal periods: " before a sentence that does not say what it is about ("You get 30 minutes."),
 * when its section heading does.
 */
function leadIn(passage: RetrievedChunk, chosen: ScoredUnit[], best: ScoredUnit): string {
  const heading = headingLabel(passage)
  // A heading that is a question (an FAQ's) is no label to put before its answer.
  if (
    !heading ||
    heading.length > 50 ||
    heading.endsWith('?') ||
    /^(other|overview|general|introduction|more|notes?|details)$/i.test(heading)
  )
    return ''
  const text = chosen.map((u) => u.text.toLowerCase()).join(' ')
  if (text.includes(heading.toLowerCase())) return ''
  // Only when the sentence alone holds less of the question than it does with its heading.
  return best.own < best.support * 0.75 ? `${heading}: ` : ''
}

/** A passage's own heading as a label, without its section number ("2.13 Probationary Employees"). */
function headingLabel(passage: RetrievedChunk): string {
  const heading = passage.heading.split(' > ').at(-1)?.trim() || passage.title
  // A page the converter named ("Page 12") says nothing of what the line is about.
  if (isPageMark(heading)) return ''
  return heading.replace(/^(?:section\s+)?\d+(?:\.\d+)*\.?\s+(?=\S)/i, '')
}
