// The extractive answer leads with the sentence that holds the kind of thing asked: for "when", a day
// or a date, not the sentence that only repeats the question's word.
import t from 'tap'
import { extractiveAnswer } from '../app/answer/extractive.ts'
import { holds, holdsFully } from '../app/answer/question-type.ts'
import type { RetrievedChunk } from '../app/knowledge/types.ts'

const pay: RetrievedChunk = {
  chunkId: 1,
  documentId: 1,
  source: 'pay.md',
  title: 'Pay and Timekeeping',
  heading: 'Pay Schedule',
  content:
    'Paychecks are issued every other Friday for the two weeks ending the Sunday before.\n\n' +
    'If a payday falls on a holiday, paychecks are issued on the business day before.',
  score: 1,
  coverage: 1
}

t.test('"when is payday": the day paychecks are issued, not the payday that falls on a holiday', async (t) => {
  const answer = extractiveAnswer({
    question: 'when is payday',
    passages: [pay],
    language: 'en',
    maxSegments: 2,
    companyName: 'Acme'
  })
  t.ok(answer.answered)
  t.match(answer.text, /^(Pay Schedule: )?Paychecks are issued every other Friday/)
})

t.test('a day or a date holds a "when" fully; "before" or "after" only partly', async (t) => {
  t.ok(holds('time', 'You are paid the business day before.'))
  t.notOk(holdsFully('time', 'You are paid the business day before.'))
  t.ok(holdsFully('time', 'Paychecks are issued every other Friday.'))
  t.ok(holdsFully('time', 'Shifts start at 6:30 am.'))
  t.ok(holdsFully('amount', 'You get $20.'), 'other kinds are held fully whenever held')
})
