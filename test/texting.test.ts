// Texting read as the words it stands for, from the generated lexicon (scripts/build-lexicons.ts).
import t from 'tap'
import { asksFor } from '../app/answer/question-type.ts'
import { queryWords } from '../app/knowledge/query-terms.ts'
import { normaliseTexting } from '../app/knowledge/texting.ts'
import shipped from '../app/knowledge/data/sms-lexicon.json' with { type: 'json' }
import { smsLexicon } from '../scripts/build-lexicons.ts'

t.test('texting forms from the published lexicons and the regular spellings of common words', async (t) => {
  t.equal(
    normaliseTexting('wat r u supposed to do b4 ur shift tmrw'),
    'what are you supposed to do before ur shift tomorrow'
  )
  t.equal(normaliseTexting('going thru a lot, yall'), 'going through a lot, you all')
  t.equal(normaliseTexting('out sick 2morrow'), 'out sick tomorrow')
  t.equal(normaliseTexting('Wat time'), 'what time', 'any case')
})

t.test('"sup" is a supervisor only where a person is meant', async (t) => {
  t.equal(normaliseTexting('can my sup make me stay'), 'can my supervisor make me stay')
  t.not(normaliseTexting('sup'), 'supervisor')
})

t.test('a form the workplace vocabulary or the company uses as it is stays', async (t) => {
  t.same(queryWords('do i get ot'), ['ot'], '"ot" is overtime, not "off topic"')
  t.equal(
    normaliseTexting('my pto', (w) => w === 'pto'),
    'my pto'
  )
  t.same(queryWords('forgot to clock out last night wat do i do'), ['forgot', 'clock'])
  t.same(
    queryWords('working tmrw do i get a lunch break'),
    ['working', 'lunch', 'break'],
    '"tomorrow" frames the question'
  )
})

t.test('the kind of answer is read from the words texted', async (t) => {
  t.same(asksFor('wen is payday'), ['time'])
  t.same(asksFor('wat happens if i no call no show'), asksFor('what happens if i no call no show'))
})

t.test('the shipped lexicon is what scripts/build-lexicons.ts makes from its packages', async (t) => {
  t.same(await smsLexicon(), shipped)
})
