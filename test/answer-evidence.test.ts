// When the best sentence is taken to answer (extractive.ts answers()): the share of the question held,
// the topics found, the kind of thing asked.
import t from 'tap'
import { answers } from '../app/answer/answers-question.ts'
import { extractiveAnswer } from '../app/answer/extractive.ts'
import { holdsWhatIsAsked } from '../app/answer/holds-what-is-asked.ts'
import { holdsFully, listAsked } from '../app/answer/question-type.ts'
import { type ScoredUnit, scoreSentences } from '../app/answer/sentence-scoring.ts'
import { weightTerms } from '../app/answer/weighted-terms.ts'
import type { RetrievedChunk } from '../app/knowledge/types.ts'

const unit = (over: Partial<ScoredUnit> & { kind?: number; specific?: boolean }): ScoredUnit => {
  const { kind = 1, specific = false, ...rest } = over
  return {
    text: 'A sentence.',
    item: false,
    bullet: false,
    intro: false,
    paragraph: 0,
    passage: 0,
    position: 0,
    own: 0.45,
    support: 0.45,
    about: 0.2,
    topicsFound: 2,
    unitsOnly: false,
    ownWord: true,
    score: 1,
    signals: { kind, quantity: 0, faqAsked: 0, example: false, first: false, paragraphStart: false, specific },
    ...rest
  }
}

// One passage of a handbook page, with the search's weighted terms.
const chunk = (content: string, terms: RetrievedChunk['terms'], title = 'Handbook'): RetrievedChunk => ({
  chunkId: 1,
  documentId: 1,
  source: 'handbook.md',
  title,
  heading: '',
  content,
  score: 1,
  coverage: 1,
  terms
})
const reply = (question: string, passages: RetrievedChunk[]) =>
  extractiveAnswer({ question, passages, language: 'en', maxSegments: 3, companyName: 'Acme' })

t.test('every topic of a two-topic question found: a share of 0.35 answers', async (t) => {
  t.ok(answers(unit({ support: 0.45, topicsFound: 2 }), 2))
  t.ok(answers(unit({ support: 0.36, own: 0.36, topicsFound: 3 }), 3))
  t.notOk(answers(unit({ support: 0.33, own: 0.33, topicsFound: 3 }), 3), 'below 0.35, not')
  t.notOk(answers(unit({ support: 0.45, topicsFound: 1 }), 1), 'one topic still needs half the question')
})

t.test(
  'one topic in the sentence’s own word beside the very kind asked answers at 0.35, though no heading names it',
  async (t) => {
    const one = { support: 0.4, own: 0.4, about: 0, topicsFound: 1, specific: true, kind: 1, ownWord: true }
    t.ok(answers(unit(one), 1))
    t.notOk(answers(unit({ ...one, ownWord: false }), 1), 'a word that only counts as the topic, not')
    t.notOk(answers(unit({ ...one, kind: 0.8 }), 1), 'the kind held in part, not')
    t.notOk(answers(unit({ ...one, own: 0.3, support: 0.3 }), 1), 'under 0.35, not')
    // As the search weighs it: "turn" is in no page of the handbook.
    const availability = chunk(
      'Each semester, and before Finals Week, you are required to submit an updated availability to your Student Managers. ' +
        'The form asks for your phone number, email address and requested hours per week.',
      [
        { word: 'turn', forms: ['turn'], emphasis: 1, weight: 2.28, df: 0 },
        { word: 'availability', forms: ['availability'], emphasis: 1, weight: 1.64, df: 3 }
      ]
    )
    t.match(reply('how often do i have to turn in my availability', [availability]).text, /^Each semester/)
  }
)

t.test(
  'asked for the things themselves ("what holidays"), the line introducing their list answers with it',
  async (t) => {
    // As the search weighs them: "get paid" is on most pages.
    const holidays = chunk(
      'Acme will grant holiday time off to all employees on the holidays listed below:\n\n' +
        "- New Year's Day (January 1)\n- Memorial Day (last Monday in May)\n- Labor Day (first Monday in September)\n\n" +
        'Acme will grant paid holiday time off to all full-time employees who have completed 90 calendar days of service. ' +
        "If a recognized holiday falls during an eligible employee's paid absence, holiday pay will be provided instead.",
      [
        { word: 'get paid', forms: ['get paid', 'payday', 'paycheck', 'paid'], emphasis: 1, weight: 0.8, df: 13 },
        { word: 'holidays', forms: ['holidays', 'holiday'], emphasis: 1, weight: 1.9, df: 4 }
      ],
      'Holidays'
    )
    t.match(
      reply('what holidays do we get paid for', [holidays]).text,
      /^Acme will grant holiday time off[\s\S]*Memorial Day/
    )
    t.equal(listAsked('what are the steps for getting written up'), 'step')
    t.equal(listAsked('what days do we get paid'), undefined, 'a time, not a list')
    t.equal(listAsked('whats the address'), undefined)
    t.equal(listAsked('what business do i call'), undefined)
  }
)

t.test(
  'what is told beside the question is read by the words asked, whatever form the search lists first',
  async (t) => {
    const terms = [
      { word: 'payday', forms: ['pay day', 'payday', 'paid'], emphasis: 1, weight: 1.4, df: 10 },
      { word: 'week', forms: ['week'], emphasis: 1, weight: 2.3, df: 4 }
    ]
    const told = weightTerms('when is payday, every week or every 2 weeks', undefined, [chunk('Paid weekly.', terms)])
    t.same(
      told.map((term) => [term.word, term.told]),
      [
        ['payday', false],
        ['week', true]
      ]
    )
  }
)

t.test('a topic missing: only the kind asked, held fully, lets 0.35 answer', async (t) => {
  t.notOk(answers(unit({ support: 0.45, topicsFound: 2 }), 3))
  t.ok(answers(unit({ support: 0.45, topicsFound: 2, specific: true, kind: 1 }), 3))
  t.notOk(answers(unit({ support: 0.45, topicsFound: 2, specific: true, kind: 0.8 }), 3))
})

t.test('three topics or more found, all but one of the question: 0.35 answers', async (t) => {
  t.ok(answers(unit({ support: 0.36, own: 0.3, topicsFound: 3 }), 4))
  t.ok(answers(unit({ support: 0.4, own: 0.3, topicsFound: 4 }), 5))
  t.notOk(answers(unit({ support: 0.34, own: 0.3, topicsFound: 3 }), 4), 'below 0.35, not')
  t.notOk(answers(unit({ support: 0.45, own: 0.3, topicsFound: 3 }), 5), 'two topics missing')
})

t.test('a question with no topic of the handbook, only its kind, needs that kind', async (t) => {
  t.notOk(answers(unit({ support: 1, own: 1, about: 1, topicsFound: 0, specific: true, kind: 0.3 }), 0))
  t.ok(answers(unit({ support: 1, own: 1, topicsFound: 0, specific: true, kind: 1 }), 0))
})

t.test('a sentence whose heading and title name nothing of the question must hold half of it itself', async (t) => {
  // Asked when payday is, "at the end of the 15th week before the due date" under Parental Leave.
  t.notOk(answers(unit({ about: 0, own: 0.43, support: 0.5, topicsFound: 2 }), 2))
  t.notOk(answers(unit({ about: 0, own: 0.43, support: 0.5, topicsFound: 2 }), 3), 'two of three topics')
  t.ok(answers(unit({ about: 0, own: 0.55, support: 0.6, topicsFound: 3 }), 3))
  // Every topic of a question of three or more found in and around it ("4th of july", "saturday", "day
  // off": "a recognized holiday that falls on a Saturday ... the preceding Friday").
  t.ok(answers(unit({ about: 0, own: 0.43, support: 0.5, topicsFound: 3 }), 3), 'all three topics')
  t.ok(answers(unit({ about: 0.2, own: 0.43, support: 0.5, topicsFound: 3 }), 3), 'its heading names some: as before')
  // Both topics of a question of two and the very kind asked, most of it in the sentence itself ("break timing on
  // friday": "Monday to Friday ... with a break hour from 2:00 pm to 3:00 pm", under "Working Hours").
  t.ok(answers(unit({ about: 0, own: 0.47, support: 0.47, topicsFound: 2, specific: true, kind: 1 }), 2))
  t.notOk(
    answers(unit({ about: 0, own: 0.34, support: 0.51, topicsFound: 2, specific: true, kind: 1 }), 2),
    'holding a third of it itself, not ("how often do we get paid": "a paid sabbatical every 5 years")'
  )
  t.notOk(
    answers(unit({ about: 0, own: 0.47, support: 0.47, topicsFound: 2, specific: true, kind: 0.8 }), 2),
    'the kind not held'
  )
})

t.test('a workplace topic the handbook never names asks for half the question, whatever else is found', async (t) => {
  t.ok(answers(unit({ support: 0.45, topicsFound: 2 }), 2), 'a share of 0.35 would do')
  t.notOk(answers(unit({ support: 0.45, topicsFound: 2 }), 2, true))
  t.ok(answers(unit({ support: 0.55, topicsFound: 1 }), 1, true))
  // ...and no less: "snow days when school is closed" held 0.52 of the June payroll lines.
  t.notOk(answers(unit({ support: 0.52, topicsFound: 3 }), 3, true))
  t.ok(answers(unit({ support: 0.52, topicsFound: 3 }), 3), 'every word known: half will do')

  // Asked how long the meal break is where the handbook has no meal break, meal period nor lunch: the
  // lateness line holds "hour" and "shift" and a length of time, and is no answer.
  const hours: RetrievedChunk = {
    chunkId: 1,
    documentId: 1,
    source: 'handbook.pdf',
    title: 'Handbook',
    heading: '3. Hours > 3.5 Lateness',
    content:
      'Tell your supervisor as soon as you can if you will be late. If you are more than one hour late without notice, your shift may be given to someone else.',
    score: 1,
    coverage: 1,
    terms: [
      {
        word: 'meal break',
        forms: ['meal break', 'meal period', 'meal', 'lunch break'],
        emphasis: 1,
        weight: 6.6,
        df: 0
      },
      { word: 'hour', forms: ['hour'], emphasis: 1, weight: 1.8, df: 19 },
      { word: 'shift', forms: ['shift', 'shifts'], emphasis: 1, weight: 3.6, df: 3 }
    ]
  }
  const question = 'how long is my meal break on a 12 hr shift'
  t.ok(scoreSentences(question, undefined, [hours]).unknownTopic)
  t.notOk(
    extractiveAnswer({ question, passages: [hours], language: 'en', maxSegments: 3, companyName: 'Acme' }).answered
  )
  // A word with no workplace meaning the handbook does not use ("lands") is the question's own telling.
  const told = { ...hours.terms![0]!, word: 'lands', forms: ['lands', 'lander'], family: ['lander'] }
  t.notOk(scoreSentences('holiday lands on a saturday', undefined, [{ ...hours, terms: [told] }]).unknownTopic)
})

t.test("two topics that are each other's synonyms count as one, asked and found", async (t) => {
  const terms = [
    { word: 'health', forms: ['health', 'medical', 'insurance', 'coverage'], emphasis: 1, weight: 3.2, df: 2 },
    {
      word: 'insurance',
      forms: ['insurance', 'health', 'medical', 'coverage', 'benefits'],
      emphasis: 1,
      weight: 2.3,
      df: 6
    },
    { word: 'family', forms: ['family'], emphasis: 1, weight: 2.1, df: 1 }
  ]
  const purpose: RetrievedChunk = {
    chunkId: 1,
    documentId: 1,
    source: 'handbook.pdf',
    title: 'Handbook',
    heading: '3.1 Attendance > 3.1.1 Purpose',
    content:
      'The purpose of this policy is to allow flexibility for employees to meet personal, family, work, and community commitments. We will excuse unreported absences in cases of serious accidents, acute medical emergencies.',
    score: 1,
    coverage: 1,
    terms
  }
  // "Medical" beside a line holding "family" held both "health" and "insurance": three topics of three, no answer.
  const question = 'does company give health insurance for my family?'
  const scored = scoreSentences(question, undefined, [purpose])
  t.equal(scored.topics, 2)
  t.ok(scored.units.every((u) => u.topicsFound <= 2))
  t.notOk(
    extractiveAnswer({ question, passages: [purpose], language: 'en', maxSegments: 3, companyName: 'Acme' }).answered
  )
  const coverage: RetrievedChunk = {
    ...purpose,
    heading: 'Benefits > Health Insurance',
    content: 'Coverage starts on the first day of the month after 60 days of employment.',
    terms: terms.slice(0, 2)
  }
  const when = extractiveAnswer({
    question: 'when do i get health insurance',
    passages: [coverage],
    language: 'en',
    maxSegments: 3,
    companyName: 'Acme'
  })
  t.match(when.text, /first day of the month after 60 days/)
})

t.test("asked for a figure, a section's number is none", async (t) => {
  const asked = 'how much of a loan can i get'
  t.notOk(holdsWhatIsAsked(asked, ['amount'], '3.3.3 Grant of Loan: Marriage.'))
  t.notOk(holdsWhatIsAsked(asked, ['amount'], '3..3.3 Grant of Loan: Marriage.'))
  t.ok(holdsWhatIsAsked(asked, ['amount'], 'You may apply for a loan of up to two salaries.'))
  t.ok(holdsWhatIsAsked(asked, ['amount'], 'Employees contribute 7.5% of their basic salary.'))
})

t.test(
  'asked which day of the week, a reply naming none does not answer; asked what comes out of a check, one with no sum',
  async (t) => {
    const day = 'wat day of the week is payday'
    t.notOk(holdsWhatIsAsked(day, ['time'], 'Terminated employees receive pay through their last day worked.'))
    t.ok(holdsWhatIsAsked(day, ['time'], 'Paychecks are issued every other Friday.'))
    const cost = 'how much comes out of my check for health insurance'
    t.notOk(holdsWhatIsAsked(cost, ['amount'], 'Eligible employees may enroll in the health plan after 1 month.'))
    t.ok(holdsWhatIsAsked(cost, ['amount'], 'The company pays 80% of the premium; you pay $40 a check.'))
    // Cents written as a dollar sign and a point.
    const rate = 'how much do solo drivers make a mile'
    t.ok(holdsWhatIsAsked(rate, ['amount'], '$.45 per mile - Solo Driver.'))
    t.notOk(holdsWhatIsAsked(rate, ['amount'], 'Solo drivers are dispatched by the fleet manager.'))
  }
)

t.test('only units of time found, when the question names something else, is no answer', async (t) => {
  const terms = [
    { word: 'vacation', forms: ['vacation', 'paid time off', 'pto', 'leave'], emphasis: 1, weight: 1.59, df: 5 },
    { word: 'days', forms: ['days'], emphasis: 1, weight: 1.28, df: 7 },
    { word: 'year', forms: ['year'], emphasis: 1, weight: 1.31, df: 3 }
  ]
  const attendance = chunk('We are open 365 days per year and 24 hours each day.', terms, 'Page 34')
  const question = 'how many vacation days do i get after a year'
  t.notOk(reply(question, [attendance]).answered, 'the days the place is open')
  const vacation = chunk('Full-time employees earn ten days of paid time off in their first year.', terms, 'Page 34')
  t.ok(reply(question, [vacation]).answered, 'the days of paid time off')
})

t.test(
  'asked when, a sentence with only a word that counts as the topic and no day or date is no answer',
  async (t) => {
    const terms = [{ word: 'payday', forms: ['payday', 'paid', 'pay', 'paycheck'], emphasis: 1, weight: 2.9, df: 2 }]
    const ask = (content: string) => reply('when is payday?', [chunk(content, terms)]).answered
    t.notOk(ask('We carefully audit the activity before presenting anyone with a request to pay back shortages.'))
    t.ok(ask('You are paid on the 1st and the 15th of each month.'), 'a date answers')
  }
)

t.test('"the first of the month" names a day', async (t) => {
  t.ok(holdsFully('time', 'Coverage starts on the first of the month after 30 days.'))
  t.notOk(holdsFully('time', 'Ask before you leave.'))
})
