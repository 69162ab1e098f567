// How well each sentence of the retrieved passages answers the question: the question's terms found
// in it (or, at a discount, around it: its neighbours, its section heading, its page title), whether
// it holds the kind of thing asked for (an amount for "how much"), and whether its figures fit.
import { stem } from '../lib/stem.ts'
import { queryWords, textWords } from '../knowledge/query-terms.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'
import {
  type AnswerKind,
  askedUnit,
  asksFor,
  kindFactor,
  listAsked,
  namedKind,
  quantityBonus,
  SPECIFIC
} from './question-type.ts'
import { ageFit, agesIn, quantitiesIn, quantityFit } from './quantities.ts'
import { analysed, listIntro, pageOf } from './passages.ts'
import { REFERS_BACK, type Unit } from './sentences.ts'
import { joinWords, type Words, wordsOf } from './stemmed-words.ts'
import { CREDIT, credit, match, type WeightedTerm, weightTerms } from './weighted-terms.ts'

export interface ScoredUnit extends Unit {
  passage: number
  position: number
  /** Share of the question's weight found in the sentence itself. */
  own: number
  /** Share found in it or around it, the surroundings counting less. */
  support: number
  /** Share of the question's weight its page title and section heading name. */
  about: number
  /** How many of the question's topics (words the handbook uses) are in it or around it. */
  topicsFound: number
  /**
   * Of a question with a topic besides its units of time, only units found ("how many pto days a year":
   * "days" and "year" in "two consecutive working days"): it says how much of something else.
   */
  unitsOnly: boolean
  /** Whether it holds a topic in the employee's own word or phrase, not only in a word that counts as it. */
  ownWord: boolean
  score: number
  /** What the score was made of, for the answer model (answer-model.ts). */
  signals: Signals
}

export interface Signals {
  kind: number
  quantity: number
  faqAsked: number
  example: boolean
  /** The first unit of its passage, or of its paragraph. */
  first: boolean
  paragraphStart: boolean
  /** Whether the question asks for a specific kind of thing (an amount, a day, a contact). */
  specific: boolean
}

export interface Scoring {
  units: ScoredUnit[]
  /** How many topics the question has: its words the handbook uses (not numbers, not common verbs). */
  topics: number
  kinds: AnswerKind[]
  /** The question's weightiest word is one the handbook never uses. */
  unknownTopic: boolean
}

// A term the handbook uses elsewhere but this passage lacks counts extra against it: the passage is
// probably about something else ("smoke" in the fire drill is not "smoke on my break").
const ELSEWHERE_PENALTY = 1.5
const LIST_BONUS = 0.25
// What a question tells beside asking weighs this much of what it asks (weighted-terms.ts).
const TOLD_WEIGHT = 0.5

export function scoreSentences(
  question: string,
  previousQuestion: string | undefined,
  passages: RetrievedChunk[]
): Scoring {
  const terms = weightTerms(question, previousQuestion, passages)
  // Every word of the question, to read a handbook's compounds by ("part time" finds "part-time").
  const said = new Set(textWords(`${previousQuestion ?? ''} ${question}`).map(stem))
  const isTopic = (t: WeightedTerm) => t.current && !t.told && t.emphasis >= 1 && (t.df ?? 1) > 0
  const kinds = asksFor(question)
  const specific = kinds.filter((k) => SPECIFIC.has(k))
  const asked = askedUnit(question)
  const quantities = quantitiesIn(question)
  const ages = agesIn(question)
  // The noun a "what day" question names is the kind asked, found in any sentence that gives one: "the 6th and
  // the 21st" answers "wat days do we get paid" as fully as a line that says "payday" and "business day".
  const askedNoun = asked ? namedKind(question) : undefined
  // Asked for the things themselves ("what holidays"), the line that introduces their list names them.
  const listed = listAsked(question)
  // What a sentence holds is read without the question's own words: "the next payday" is no answer
  // to "when is payday".
  // Words that say how to answer ("contact", "call") stay, and so do addresses and links.
  const topicWords = queryWords(question).filter((w) => w.length > 2 && !ANSWER_WORDS.has(w))
  const askedWords = new RegExp(`(?<![\\w@./-])(${topicWords.join('|') || '$^'})(s|es)?(?![\\w@/-])`, 'gi')
  // A term found elsewhere on the same page counts a little: the page's sections explain each other.
  const pageParts = new Map<string, Words[]>()
  for (const passage of passages)
    pageParts.set(pageOf(passage), [...(pageParts.get(pageOf(passage)) ?? []), analysed(passage.content).whole])
  const pages = new Map([...pageParts].map(([id, parts]) => [id, joinWords(parts)]))
  // For each term, the other terms of the question that are its synonyms or it theirs.
  const alike = terms.map((a, i) =>
    terms.flatMap((b, j) => (j !== i && (a.forms.includes(b.word) || b.forms.includes(a.word)) ? [j] : []))
  )
  // Topics that are each other's synonyms name one thing ("health insurance", "pick up extra shifts"): they count
  // once among the question's topics and once among those found (a neighbour's "medical emergencies" held both).
  const oneEach = (indices: number[]) =>
    indices.filter((t) => !indices.some((u) => u < t && alike[t]!.includes(u))).length
  const topicTerms = terms.flatMap((term, t) => (isTopic(term) ? [t] : []))
  const unitTerms = new Set(topicTerms.filter((t) => UNITS_OF_TIME.has(stem(terms[t]!.word))))
  const isUnit = (t: number) => unitTerms.has(t)
  const hasOtherTopic = topicTerms.some((t) => !isUnit(t))
  const units: ScoredUnit[] = []
  passages.forEach((passage, p) => {
    const context = wordsOf(`${passage.title} ${passage.heading}`)
    const { split, texts, everywhere } = analysed(passage.content)
    const page = pages.get(pageOf(passage))!
    // A page whose title or heading names what is asked is about it: its sentences come first.
    const about = share(terms, (term) => credit(term, context, said))
    // Each term against each sentence once (a sentence is read as itself and as its neighbours'
    // neighbour), and against what is the same for every sentence of the passage.
    const inText = terms.map((term) => texts.map((words) => match(term, words, said)))
    const inTextCredit = inText.map((row) => row.map((m) => m.credit))
    const aroundAll = terms.map((term) =>
      Math.max(
        credit(term, context, said) * CREDIT.heading,
        credit(term, everywhere, said) * CREDIT.passage,
        credit(term, page, said) * CREDIT.page
      )
    )
    split.forEach((unit, i) => {
      const near = [i - 1, i + 1].filter((j) => j >= 0 && j < texts.length)
      // "They are offered first to ..." is about what the sentence before it names.
      const previous = split[i - 1]?.paragraph === unit.paragraph ? split[i - 1] : undefined
      const referent = previous && REFERS_BACK.test(unit.text)
      // The sentence after an FAQ's question ("Where can I park? Associates park in ...") answers it.
      const faqAsked = previous?.text.endsWith('?') ? share(terms, (_, t) => inTextCredit[t]![i - 1]!) : 0
      // A list item is read with the sentence that introduces its list ("FMLA covers: ... a parent").
      const intro = unit.bullet ? listIntro(split, i) : -1
      let own = 0
      let support = 0
      let total = 0
      const foundTopics: number[] = []
      let ownWord = false
      // "Under 18" answers "a 17 year old": the age band holds the figure and its unit.
      const agesFit = ageFit(ages, unit.text)
      // Two words of the question that are each other's synonyms ("health insurance") name one thing: one
      // word of the handbook holds only one of them ("Medical Assistance" is not both).
      const taken = new Map<string, number>()
      for (const [t, term] of terms.entries()) {
        const weight = term.weight * (term.current ? 1 : 0.5) * (term.told ? TOLD_WEIGHT : 1)
        const ageWord = agesFit && (/^\d+$/.test(term.word) || /^(year|years|yr|yrs|old)$/.test(term.word))
        const credits = inTextCredit[t]!
        const kindWord = askedNoun !== undefined && stem(term.word) === askedNoun && asked!.test(unit.text)
        let held = inText[t]![i]!
        const takenBy = taken.get(held.form)
        if (takenBy !== undefined && alike[t]!.includes(takenBy)) {
          const byAlike = new Set([...taken].filter(([, by]) => alike[t]!.includes(by)).map(([form]) => form))
          held = match(term, texts[i]!, said, byAlike)
        }
        if (held.credit > 0) taken.set(held.form, t)
        const inSentence = ageWord || kindWord ? 1 : held.credit
        const around = Math.max(
          Math.max(0, ...near.map((j) => credits[j]!)) * CREDIT.neighbour,
          referent ? credits[i - 1]! * CREDIT.referent : 0,
          intro >= 0 ? credits[intro]! * CREDIT.heading : 0,
          aroundAll[t]!
        )
        const found = Math.max(inSentence, around)
        own += weight * inSentence
        support += weight * found
        total += weight * (found === 0 && (term.df ?? 0) > 0 ? ELSEWHERE_PENALTY : 1)
        if (found > 0 && isTopic(term)) foundTopics.push(t)
        if (held.credit >= CREDIT.ownPhrase && isTopic(term)) ownWord = true
      }
      const topicsFound = oneEach(foundTopics)
      const unitsOnly = hasOtherTopic && foundTopics.length > 0 && foundTopics.every(isUnit)
      const shareOwn = total > 0 ? own / total : 0
      const shareSupport = total > 0 ? support / total : 0
      const kind = kindFactor(kinds, specific, unit.text.replace(askedWords, ' '), asked)
      const example = EXAMPLE.test(unit.text)
      const quantity = quantityBonus(agesFit ? { fit: 1, bounded: true } : quantityFit(quantities, unit.text))
      const paragraphStart = split[i - 1]?.paragraph !== unit.paragraph
      const score =
        (0.6 * shareSupport + 0.4 * shareOwn) * kind * (example ? 0.75 : 1) +
        quantity +
        0.25 * about +
        0.2 * faqAsked +
        (listed && unit.intro && texts[i]!.set.has(listed) ? LIST_BONUS : 0) +
        (p === 0 ? 0.04 : p === 1 ? 0.02 : 0) +
        // The first sentence of a section or paragraph usually states its rule.
        (i === 0 ? 0.06 : paragraphStart ? 0.03 : 0)
      const signals = {
        kind,
        quantity,
        faqAsked,
        example,
        first: i === 0,
        paragraphStart,
        specific: specific.length > 0
      }
      units.push({
        ...unit,
        passage: p,
        position: i,
        own: shareOwn,
        support: shareSupport,
        about,
        topicsFound,
        unitsOnly,
        ownWord,
        score,
        signals
      })
    })
  })
  // The question's weightiest word, when the handbook never uses it (nor a word that counts as it).
  const heaviest = terms.filter((t) => t.current).sort((a, b) => b.weight - a.weight)[0]
  const unknownTopic =
    heaviest !== undefined &&
    heaviest.df === 0 &&
    heaviest.emphasis >= 1 &&
    heaviest.forms.some((f) => f !== heaviest.word && !heaviest.family?.includes(f))
  return { units, topics: oneEach(topicTerms), kinds, unknownTopic }
}

// Words that carry the kind of answer itself: kept when a sentence is read for it.
const ANSWER_WORDS = new Set(
  `contact call email text talk speak ask tell reach report minute minutes hour hours day days week weeks month
  months year years shift shifts percent notice`.split(/\s+/)
)

const UNITS_OF_TIME = new Set(
  'minute minutes min mins hour hours hr hrs day days week weeks month months year years yr yrs'.split(' ').map(stem)
)

// An illustration of a rule ("For example: you went on leave for 4 weeks...") is not the rule.
const EXAMPLE = /^(?:for example|for instance|e\.g\.|example:|say you)\b/i

/** The share of the terms' weight for which `found` gives credit. */
function share(terms: WeightedTerm[], found: (term: WeightedTerm, index: number) => number): number {
  const total = terms.reduce((n, t) => n + t.weight, 0)
  return total > 0 ? terms.reduce((n, t, i) => n + t.weight * found(t, i), 0) / total : 0
}
