// How well each sentence of the retrieved passages answers the question: the question's terms found
// in it (or, at a discount, around it: its neighbours, its section heading, its page title), whether
// it holds the kind of thing asked for (an amount for "how much"), and whether its figures fit.
import { stem } from '../lib/stem.ts'
import { buildTerms, type QueryTerm, queryWords, textWords } from '../knowledge/query-terms.ts'
import type { RetrievedChunk } from '../knowledge/types.ts'
import { type AnswerKind, askedUnit, asksFor, kindFactor, namedKind, quantityBonus, SPECIFIC } from './question-type.ts'
import { ageFit, agesIn, quantitiesIn, quantityFit } from './quantities.ts'
import { analysed } from './passages.ts'
import { REFERS_BACK, type Unit } from './sentences.ts'
import { hasWord, joinWords, phraseNear, type Words, wordsOf } from './stemmed-words.ts'

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
}

interface WeightedTerm extends QueryTerm {
  weight: number
  /** Each form as its stems: one for a word, several for a phrase. */
  stems: string[][]
  /** Said in this message (a follow-up's earlier question weighs less). */
  current: boolean
}

// What finding a term where counts for: in the sentence, a synonym in the sentence, next to it, in
// its heading or title, anywhere in its passage.
const CREDIT = {
  word: 1,
  ownPhrase: 0.9,
  synonym: 0.8,
  neighbour: 0.4,
  referent: 0.7,
  heading: 0.6,
  passage: 0.2,
  page: 0.1
}
// A term the handbook uses elsewhere but this passage lacks counts extra against it: the passage is
// probably about something else ("smoke" in the fire drill is not "smoke on my break").
const ELSEWHERE_PENALTY = 1.5

export function scoreSentences(
  question: string,
  previousQuestion: string | undefined,
  passages: RetrievedChunk[]
): Scoring {
  const terms = weightTerms(question, previousQuestion, passages)
  // Every word of the question, to read a handbook's compounds by ("part time" finds "part-time").
  const said = new Set(textWords(`${previousQuestion ?? ''} ${question}`).map(stem))
  const topicTerms = terms.filter((t) => t.current && t.emphasis >= 1 && (t.df ?? 1) > 0)
  const kinds = asksFor(question)
  const specific = kinds.filter((k) => SPECIFIC.has(k))
  const asked = askedUnit(question)
  const quantities = quantitiesIn(question)
  const ages = agesIn(question)
  // The noun a "what day" question names is the kind asked, found in any sentence that gives one: "the 6th and
  // the 21st" answers "wat days do we get paid" as fully as a line that says "payday" and "business day".
  const askedNoun = asked ? namedKind(question) : undefined
  // What a sentence holds is read without the question's own words: "the next payday" is no answer
  // to "when is payday".
  // Words that say how to answer ("contact", "call") stay, and so do addresses and links.
  const topicWords = queryWords(question).filter((w) => w.length > 2 && !ANSWER_WORDS.has(w))
  const askedWords = new RegExp(`(?<![\\w@./-])(${topicWords.join('|') || '$^'})(s|es)?(?![\\w@/-])`, 'gi')
  // A term found elsewhere on the same page counts a little: the page's sections explain each other.
  const pageParts = new Map<number, Words[]>()
  for (const passage of passages)
    pageParts.set(passage.documentId, [...(pageParts.get(passage.documentId) ?? []), analysed(passage.content).whole])
  const pages = new Map([...pageParts].map(([id, parts]) => [id, joinWords(parts)]))
  const units: ScoredUnit[] = []
  passages.forEach((passage, p) => {
    const context = wordsOf(`${passage.title} ${passage.heading}`)
    const { split, texts, everywhere } = analysed(passage.content)
    const page = pages.get(passage.documentId)!
    // A page whose title or heading names what is asked is about it: its sentences come first.
    const about = share(terms, (term) => credit(term, context, said))
    // Each term against each sentence once (a sentence is read as itself and as its neighbours'
    // neighbour), and against what is the same for every sentence of the passage.
    const inText = terms.map((term) => texts.map((words) => credit(term, words, said)))
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
      const faqAsked = previous?.text.endsWith('?') ? share(terms, (_, t) => inText[t]![i - 1]!) : 0
      // A list item is read with the sentence that introduces its list ("FMLA covers: ... a parent").
      const intro = unit.bullet ? listIntro(split, i) : -1
      let own = 0
      let support = 0
      let total = 0
      let topicsFound = 0
      // "Under 18" answers "a 17 year old": the age band holds the figure and its unit.
      const agesFit = ageFit(ages, unit.text)
      for (const [t, term] of terms.entries()) {
        const weight = term.weight * (term.current ? 1 : 0.5)
        const ageWord = agesFit && (/^\d+$/.test(term.word) || /^(year|years|yr|yrs|old)$/.test(term.word))
        const credits = inText[t]!
        const kindWord = askedNoun !== undefined && stem(term.word) === askedNoun && asked!.test(unit.text)
        const inSentence = ageWord || kindWord ? 1 : credits[i]!
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
        if (found > 0 && topicTerms.includes(term)) topicsFound++
      }
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
        score,
        signals
      })
    })
  })
  return { units, topics: topicTerms.length, kinds }
}

// Words that carry the kind of answer itself: kept when a sentence is read for it.
const ANSWER_WORDS = new Set(
  `contact call email text talk speak ask tell reach report minute minutes hour hours day days week weeks month
  months year years shift shifts percent`.split(/\s+/)
)

// An illustration of a rule ("For example: you went on leave for 4 weeks...") is not the rule.
const EXAMPLE = /^(?:for example|for instance|e\.g\.|example:|say you)\b/i

/** The index of the sentence that introduces the list item at `i`, or -1. */
function listIntro(units: Unit[], i: number): number {
  let j = i - 1
  while (j >= 0 && units[j]!.bullet && units[j]!.paragraph === units[i]!.paragraph) j--
  return j >= 0 && !units[j]!.bullet && (units[j]!.intro || units[j]!.paragraph >= units[i]!.paragraph - 1) ? j : -1
}

/** The share of the terms' weight for which `found` gives credit. */
function share(terms: WeightedTerm[], found: (term: WeightedTerm, index: number) => number): number {
  const total = terms.reduce((n, t) => n + t.weight, 0)
  return total > 0 ? terms.reduce((n, t, i) => n + t.weight * found(t, i), 0) / total : 0
}

/** 1 when the term's own word (or phrase, words in order) is in the text, 0.8 for one of its synonyms. */
function credit(term: WeightedTerm, words: Words, asked: ReadonlySet<string>): number {
  for (const [i, stems] of term.stems.entries()) {
    const found =
      stems.length === 1
        ? hasWord(words, stems[0]!, asked)
        : stems.length > 1 && words.sequence.includes(` ${stems.join(' ')} `)
    if (found) return i === 0 ? CREDIT.word : CREDIT.synonym
    // The employee's phrase in other words, close together: "call in sick" in "if you are sick and
    // cannot work, call the lead"; it counts above a synonym. Every content word of it (two at
    // least) within a few words.
    if (i === 0 && stems.length > 1 && phraseNear(stems, words)) return CREDIT.ownPhrase
  }
  return 0
}

/**
 * The terms with their weights: the search's (rarity in the whole knowledge base) when it gave them,
 * otherwise rarity among these passages. Terms of this message count fully, a follow-up's earlier
 * question's at half weight.
 */
function weightTerms(question: string, previous: string | undefined, passages: RetrievedChunk[]): WeightedTerm[] {
  const own = new Set(queryWords(question).map(stem))
  const given = passages[0]?.terms
  const terms = given?.length ? given : buildTerms(`${previous ?? ''} ${question}`, new Map())
  // Only read when the search gave no weights (a vector store's results).
  let documents: Words[] | undefined
  const localDf = (found: (d: Words) => boolean) => {
    documents ??= passages.map((p) => joinWords([wordsOf(`${p.title} ${p.heading}`), analysed(p.content).whole]))
    return documents.filter(found).length
  }
  // A synonym that is itself another word of the question is that word's, not this one's: asked about
  // "health or dental insurance", a line on insurance holds "insurance", not "dental" and "health" too.
  const asked = new Set(terms.map((t) => t.word))
  return terms
    .map((term) => {
      const forms = term.forms.filter((form, i) => i === 0 || !asked.has(form))
      const stems = forms.map((form) => textWords(form).map(stem))
      const found = (d: Words) =>
        stems.some((s) => s.length > 0 && (s.length === 1 ? d.set.has(s[0]!) : d.sequence.includes(` ${s.join(' ')} `)))
      const weight = term.weight ?? term.emphasis * Math.log(1 + (passages.length + 1) / (localDf(found) + 0.5))
      const current = previous === undefined || stems[0]!.some((s) => own.has(s))
      return { ...term, weight, stems, current }
    })
    .filter((t) => t.weight > 0)
}
