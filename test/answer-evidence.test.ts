// When the best sentence is taken to answer (extractive.ts answers()): the share of the question held,
// the topics found, the kind of thing asked.
import t from 'tap'
import { answers } from '../app/answer/extractive.ts'
import type { ScoredUnit } from '../app/answer/sentence-scoring.ts'

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
    score: 1,
    signals: { kind, quantity: 0, faqAsked: 0, example: false, first: false, paragraphStart: false, specific },
    ...rest
  }
}

t.test('every topic of a two-topic question found: a share of 0.35 answers', async (t) => {
  t.ok(answers(unit({ support: 0.45, topicsFound: 2 }), 2))
  t.ok(answers(unit({ support: 0.36, own: 0.36, topicsFound: 3 }), 3))
  t.notOk(answers(unit({ support: 0.33, own: 0.33, topicsFound: 3 }), 3), 'below 0.35, not')
  t.notOk(answers(unit({ support: 0.45, topicsFound: 1 }), 1), 'one topic still needs half the question')
})

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
})
