// Texting read as the words it stands for, from the generated lexicon (scripts/build-lexicons.ts).
import t from 'tap'
import { asksFor } from '../app/answer/question-type.ts'
import { normaliseTexting } from '../app/text/texting.ts'
import shipped from '../app/text/data/sms-lexicon.json' with { type: 'json' }
import shippedFamilies from '../app/knowledge/data/word-families.json' with { type: 'json' }
import shippedIrregular from '../app/knowledge/data/irregular-forms.json' with { type: 'json' }
import { buildTerms, queryWords } from '../app/knowledge/query-terms.ts'
import { irregularInflections, smsLexicon, wordFamilies } from '../scripts/build-lexicons.ts'

/** Every form a question is searched by. */
const forms = (q: string) => buildTerms(q, new Map()).flatMap((term) => term.forms)

t.test('texting forms from the published lexicons and the regular spellings of common words', async (t) => {
  t.equal(
    normaliseTexting('wat r u supposed to do b4 ur shift tmrw'),
    'what are you supposed to do before ur shift tomorrow'
  )
  t.equal(normaliseTexting('going thru a lot, yall'), 'going through a lot, you all')
  t.equal(normaliseTexting('out sick 2morrow'), 'out sick tomorrow')
  t.equal(normaliseTexting('Wat time'), 'what time', 'any case')
  t.equal(normaliseTexting('wats the dress code'), 'whats the dress code', "a form with the 's run on")
  t.equal(normaliseTexting('can u call us'), 'can you call us', 'an English word is no form with an s')
  t.equal(normaliseTexting('leaving early for drs'), 'leaving early for doctors', 'a published form with an s')
  t.equal(normaliseTexting('cs'), 'cs', 'a form spoken English uses as it is is no plural ("c" + s is not "sees")')
})

t.test('"sup" is a supervisor only where a person is meant', async (t) => {
  t.equal(normaliseTexting('can my sup make me stay'), 'can my supervisor make me stay')
  t.not(normaliseTexting('sup'), 'supervisor')
})

t.test('units of time after a count; "hr" alone stays HR, "min" alone a minimum', async (t) => {
  t.equal(normaliseTexting('how many 10 min breaks on an 8 hr shift'), 'how many 10 minute breaks on an 8 hour shift')
  t.equal(normaliseTexting('my 1st yr, 2 wks off'), 'my 1st year, 2 weeks off')
  t.equal(normaliseTexting('15min late'), '15 minute late')
  t.equal(normaliseTexting('worked 50 hrs'), 'worked 50 hours')
  t.equal(
    normaliseTexting('who is hr', (w) => w === 'hr'),
    'who is hr'
  )
  t.equal(normaliseTexting('whats min wage'), 'whats min wage')
  t.equal(normaliseTexting('how many min late before its tardy'), 'how many minute late before its tardy')
  t.equal(normaliseTexting('can i talk to an hr rep'), 'can i talk to an hr rep', 'HR after "an" when a person follows')
  t.equal(normaliseTexting('we get $15/hr'), 'we get $15/hour')
  t.same(queryWords('wat kinda shoes do i need'), ['shoes'], '"kinda" frames the question')
  t.notOk(queryWords('how many min late before it counts as tardy').includes('counts'), '"counts as" frames it too')
})

t.test('a form the workplace vocabulary or the company uses as it is stays', async (t) => {
  t.same(queryWords('do i get ot'), ['ot'], '"ot" is overtime, not "off topic"')
  t.equal(
    normaliseTexting('my pto', (w) => w === 'pto'),
    'my pto'
  )
  t.same(queryWords('forgot to clock out last night wat do i do'), ['forgot', 'clock'])
  // A reaction or an answer particle is no topic, and never read as its words ("laughing out loud").
  t.same(queryWords('can i wear jeans lol'), ['wear', 'jeans'])
  t.same(queryWords('do i need a drs note or nah'), ['doctors', 'note'])
  t.same(queryWords('omg smh can i wear jeans'), ['wear', 'jeans'])
  // When in the shift it happens frames it; the shift asked about is a topic.
  t.same(queryWords('can i leave my lunch in my locker during shift'), ['leave', 'lunch', 'locker'])
  t.ok(queryWords('what time does second shift start').includes('shift'))
  t.same(
    queryWords('working tmrw do i get a lunch break'),
    ['working', 'lunch', 'break'],
    '"tomorrow" frames the question'
  )
  // "In advance" frames how early; an advance on a paycheck is what is asked about.
  t.same(queryWords('how far in advance do i request time off'), ['request', 'time', 'off'])
  // "At some point" is when, vaguely: no topic ("point" would look for an attendance point).
  t.same(queryWords('do we get a sabbatical at some point'), ['sabbatical'])
  // A verb's -ing form finds its verb's words: "earning" PTO is accruing it.
  const forms = (q: string, word: string) => buildTerms(q, new Map()).find((term) => term.word === word)?.forms ?? []
  t.ok(forms('when do i start earning pto', 'earning').includes('accrue'))
  // Getting paid is the payroll's ("compensated on a biweekly payroll schedule"), not "paid time off".
  t.ok(forms('how often do we get paid', 'get paid').includes('payroll'))
  // An ordinal in digits is its word, and its word finds the digits: "a 2nd job" is a second job.
  t.ok(forms('can i work a 2nd job at night', 'second job').includes('outside employment'))
  t.ok(forms('whats the pay for 2nd shift', 'second').includes('2nd'))
  // Dating a coworker is what handbooks call a romantic relationship or fraternization.
  t.ok(forms('is it against the rules to date someone i work with', 'date someone').includes('romantic'))
  // "Somewhere else" and the light verbs of "set up", "grab food", "tried to give" say little of the topic.
  t.same(queryWords('can i leave to grab food somewhere else on my lunch'), ['leave', 'grab', 'food', 'lunch'])
  const emphasis = (q: string, word: string) => buildTerms(q, new Map()).find((term) => term.word === word)?.emphasis
  t.ok(emphasis('how do i set up direct deposit', 'set')! < 1)
  // "A ton of" says how many, not what; "back to back" is consecutive, "max" the maximum.
  t.notOk(queryWords('can i pick up a ton of extra shifts this week').includes('ton'))
  t.ok(forms('whats the most hours i can work back to back', 'back to back').includes('consecutive'))
  t.ok(forms('is there a max on overtime', 'max').includes('maximum'))
  // Said of anyone, "fire me" is still being let go: "can they fire u for that".
  t.ok(forms('do they give write ups before they fire u', 'fire me').includes('termination'))
  t.same(queryWords('at what point does being late count as a no show'), ['late', 'show'])
  // "Per" only says how a figure is counted ("per diem", "days per year").
  t.same(queryWords('im per diem, how many shifts per month'), ['diem', 'shifts', 'month'])
  // "The longest" asks how long, as "how long" does.
  t.same(queryWords('whats the longest personal leave i can get'), ['personal', 'leave'])
  t.same(queryWords('can i get an advance on my paycheck'), ['advance', 'paycheck'])
  // "Till what time" asks a time; "till" alone may be the cash drawer.
  t.same(queryWords('working saturday is till wat time'), ['working', 'saturday'])
  t.same(queryWords('till wat time can i punch in without it counting as late'), ['punch', 'without', 'late'])
  t.ok(queryWords('my till was short 20 bucks').includes('till'))
  // Leaving for the day frames a question as going does; leave taken, or leaving the company, is its topic.
  const leave = (q: string) => buildTerms(q, new Map()).find((term) => term.word === 'leave')!.emphasis
  t.ok(leave('what time r we allowed to leave campus at end of day') < 1)
  t.equal(leave('how much sick leave do i get'), 1)
  t.equal(leave('if i leave before my 1 yr mark do i keep my stock'), 1)
})

t.test('the kind of answer is read from the words texted', async (t) => {
  t.same(asksFor('wen is payday'), ['time'])
  // A time asked at the end, or by the timings.
  t.same(asksFor('working saturday is till wat time'), ['time'])
  t.same(asksFor('lunch break timing?'), ['time'])
  t.same(asksFor('wat happens if i no call no show'), asksFor('what happens if i no call no show'))
})

t.test('the shipped lexicon is what scripts/build-lexicons.ts makes from its packages', async (t) => {
  t.same(await smsLexicon(), shipped)
})

t.test('the shipped word families are what scripts/build-lexicons.ts makes from WordNet', async (t) => {
  t.same(await wordFamilies(), shippedFamilies)
})

t.test(
  'the shipped irregular forms are what scripts/build-lexicons.ts makes from WordNet’s exception lists',
  async (t) => {
    t.same(await irregularInflections(), shippedIrregular)
  }
)

t.test('a word reaches its irregular forms that stem apart, and not a word it only looks like', async (t) => {
  t.ok(forms('is a pocket knife ok to have in the cab').includes('knives'), 'knife -> knives')
  t.ok(forms('i wore sneakers yesterday is that a write up').includes('wear'), 'wore -> wear')
  t.ok(forms('how many days until i get my feet checked').includes('foot'), 'feet -> foot')
  t.ok(forms('the children of employees get a discount?').includes('child'), 'children -> child')
  t.notOk(forms('how much leave do i get').includes('leaf'), 'leave is no leaf (keyed by word, not stem)')
  t.notOk(forms('i left early').includes('leave'), 'left is a word of its own (left side): not read as leave')
  t.notOk(forms('how much gets taken off my check').includes('take'), 'the commonest verbs frame: no forms')
})

t.test('a word reaches the words of its family that stem apart, and no others', async (t) => {
  t.ok(forms('I got injured').includes('injury'), 'injured -> injury')
  t.ok(forms('is there an injury form').includes('injure'), 'injury -> injure')
  t.ok(forms('I was absent').includes('absence'), 'absent -> absence')
  t.notOk(forms('can i wear shorts').includes('shortly'), 'no family for a word WordNet does not relate')
  t.notOk(forms('i will lose my badge').includes('loss'), 'not a change of suffix (lose, loss): left out')
})

t.test('a hurt told by what happened to a body part is searched as an injury; a cut in hours is not', async (t) => {
  t.ok(forms('cut my finger a lil on the line, do i really gotta report it').includes('injury'))
  t.ok(forms('twisted my ankle on the dock').includes('injury'))
  t.notOk(forms('they cut my hours this week').includes('injury'))
})

t.test('a family member who passed is searched as bereavement; passing a test is not', async (t) => {
  t.ok(forms('my grandma passed how many days can i take off').includes('bereavement'))
  t.notOk(forms('i passed my forklift test, do i get a raise').includes('bereavement'))
  t.ok(forms('how many days off do i get if my grandpa passes').includes('bereavement'))
  t.ok(forms('my dad is dying, can i take time off').includes('bereavement'))
  t.notOk(forms('my son passes his drivers test friday can i leave early').includes('bereavement'))
})

t.test('work on the side is outside employment; the side of the road is not', async (t) => {
  t.ok(forms('can i do some freelance work on the side').includes('outside employment'))
  t.ok(forms('can i pick up a weekend job on the side').includes('outside employment'))
  t.ok(forms('i do a side job on weekends, do i have to tell anyone').includes('outside employment'))
  // In a restaurant "side work" is the closing duties, no second job.
  t.notOk(forms('still have side work at close, can i leave it for the next shift').includes('outside employment'))
  t.notOk(forms('my car broke down on the side of the road').includes('outside employment'))
})

t.test('an inflection finds its workplace entry: raises are a raise', async (t) => {
  t.ok(forms('when do raises happen').includes('increase'))
  t.ok(forms('when do i get a raise').includes('increase'))
})

t.test("an employee's everyday phrase finds the handbook's word for it", async (t) => {
  // As handbooks others wrote say it: "log out for their lunch break", "FINAL PAY AND RIGHT OF OFFSET", "three
  // successive days", "the carryover balance".
  const cases: Array<[string, string]> = [
    ['do i have to clock out for lunch', 'log out'],
    ['forgot to clock in this morning', 'log in'],
    ['if i quit when do i get my last check', 'final pay'],
    ['wat happens if i dont call in for 3 days in a row', 'successive'],
    ['i carried over vacation from last yr, when do i have to use it by', 'carryover'],
    ['if i dont use all my days do they carry over', 'carry forward'],
    // Working from home finds telecommuting (WordNet: telecommuting, teleworking).
    ['how many days a month can i wfh', 'telecommuting'],
    ['can i work from home on fridays', 'telecommuting'],
    // Calling out sick finds the sick time rules, where handbooks say how to call out.
    ['whats the number to call hr when im calling out sick', 'sick time']
  ]
  for (const [question, word] of cases) t.ok(forms(question).includes(word), `${question} -> ${word}`)
})

t.test('an ordinal narrows the question as a number does, it is not its topic', async (t) => {
  // "my first increment" asks when increments start: a passage without "first" answers it.
  const emphasis = (q: string, word: string) => buildTerms(q, new Map()).find((term) => term.word === word)?.emphasis
  t.ok(emphasis('when will i be eligible for my first increment', 'first')! < 1)
  t.ok(emphasis('when do i get my 2nd raise', 'second')! < 1)
  t.equal(emphasis('when will i be eligible for my first increment', 'increment'), 1)
  // "w/o" is "without", which says how, not what: the at-will line's "with or without notice" is no answer to
  // being fired without a write up.
  t.ok(emphasis('can i get fired w/o getting a write up first?', 'without')! < 1)
  t.equal(emphasis('can i get fired w/o getting a write up first?', 'fired'), 1)
})

t.test('a badge is an ID card, not any card', async (t) => {
  // "lost my id badge" had found "a lost or stolen corporate card" before the security rule for badges.
  t.ok(forms('lost my badge who do i tell').includes('id card'))
  t.notOk(forms('lost my badge who do i tell').includes('card'))
})

t.test('calling out for another reason is not calling out sick', async (t) => {
  t.notOk(forms('i have to call out tomorrow').includes('sick time'))
})
