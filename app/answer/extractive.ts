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
import { type ScoredUnit, scoreSentences } from './sentence-scoring.ts'
import { REFERS_BACK } from './sentences.ts'
import type { AnswerRequest, AnswerResult } from './types.ts'

export const PASSAGES_CONSIDERED = 6
// Short enough for two segments with the source; the lead sentence alone may be longer.
const TARGET_CHARS = 300
// Below this share of the question found in and around the best sentence, the handbook is taken not
// to answer. A share, so it means the same in a small handbook and a large one.
export const MIN_SUPPORT = 0.5
// The share that will do when every topic of the question, or the kind it asks for, is found (0.4 left
// answers whose every topic the sentence held unsaid on handbooks others wrote; 0.35 lost no decline).
const ALL_TOPICS_SUPPORT = 0.35
const MAX_EXTRA = 2
// The share of the question a sentence must hold itself when its heading and page title hold none of it.
const OWN_WITHOUT_HEADING = 0.5
// ...or, holding both topics of a question of two and the kind of thing it asks for, this share (0.34 let "every 5
// years" answer "how often do we get paid"; the right ones held 0.44 and more).
const OWN_WITH_KIND = 0.4
// The share of the question a section's heading and page title must name for it to answer by its heading.
const ABOUT_ANSWERS = 0.6

export function extractiveAnswer(request: AnswerRequest): AnswerResult {
  const passages = request.passages.slice(0, PASSAGES_CONSIDERED)
  const { units, topics, kinds, unknownTopic } = scoreSentences(request.question, request.previous?.question, passages)
  const best = [...units].sort((a, b) => b.score - a.score)[0]
  if (!best || !answers(best, topics, unknownTopic)) return declined()

  const passage = passages[best.passage]!
  const sameSection = units.filter((u) => u.passage === best.passage)
  const chosen = compose(sameSection, best)
  const lead = leadIn(passage, chosen, best) + render(chosen)
  const more = otherLines(units, chosen, passages, topics, lead.length)
  const said = [render(chosen), ...more].join(' ')
  if (!holdsWhatIsAsked(request.question, kinds, said)) return declined()
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

/**
 * Whether the best sentence answers at all: enough of the question in and around it; the question's
 * words in the sentence itself, unless its section is about them; and of a question with two topics
 * or more ("smoke" and "break"), at least two, not just the rarest.
 */
export function answers(best: ScoredUnit, topics: number, unknownTopic = false): boolean {
  // A question none of whose words the handbook uses, only its kind ("how old ... to work here"), is
  // answered by a sentence holding that kind or not at all.
  if (topics === 0 && best.signals.specific && best.signals.kind < 0.7) return false
  // Nor is one naming something besides units of time by a sentence holding only those ("365 days per year" for
  // vacation days), nor one topic asking a kind ("when is payday") by a sentence holding neither that kind nor
  // the topic's own word, only a word that counts as it ("pay back shortages"); unless the heading names it.
  if (best.unitsOnly && best.about < ABOUT_ANSWERS) return false
  if (topics === 1 && best.signals.specific && best.signals.kind < 1 && !best.ownWord && best.about < ABOUT_ANSWERS)
    return false
  // A sentence whose section and page name nothing of the question, holding under half of it itself, is
  // about something else (asked when payday is, "at the end of the 15th week before the due date"),
  // unless every topic of a question of three or more is found in and around it ("4th of july",
  // "saturday", "day off": "a recognized holiday that falls on a Saturday ... the preceding Friday").
  const kindHeld = best.signals.specific && best.signals.kind >= 1
  const everyTopicOfMany = topics >= 3 && best.topicsFound >= topics
  // Or both topics of a question of two and the very kind of thing it asks for, in a sentence holding most of
  // that itself ("break timing on friday": "Monday to Friday ... a break hour from 2:00 pm to 3:00 pm").
  const bothAndKind = topics === 2 && best.topicsFound >= 2 && kindHeld && best.own >= OWN_WITH_KIND
  if (best.about === 0 && best.own < OWN_WITHOUT_HEADING && !everyTopicOfMany && !bothAndKind) return false
  const allTopics = topics < 2 || best.topicsFound >= 2
  // A section whose heading holds most of the question answers it with its best line, even when that
  // line says it in other words (under "Meal Breaks", "you get 30 minutes after five hours").
  if (best.about >= ABOUT_ANSWERS && best.topicsFound >= topics && allTopics) return true
  if (best.own === 0 && best.about < 0.5) return false
  // Two topics or more found in and around the sentence, and either every topic of the question or the
  // very kind of thing it asks for (a time for "what hours"), hold it though the question's other words
  // (its texting, its framing) are not the handbook's: a lower share will do.
  if (unknownTopic) return best.support >= MIN_SUPPORT && allTopics
  if (best.topicsFound >= 2 && (best.topicsFound >= topics || kindHeld) && best.support >= ALL_TOPICS_SUPPORT)
    return true
  // Three topics or more found in and around it, all but one of the question's, hold it at that share too
  // ("what counts as being late ... back from lunch 2 min late": the tardiness rule, "2 min" unsaid).
  if (best.topicsFound >= 3 && best.topicsFound >= topics - 1 && best.support >= ALL_TOPICS_SUPPORT) return true
  if (best.support < MIN_SUPPORT) return false
  return allTopics
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
