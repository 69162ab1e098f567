import t from 'tap'
import { matchDanger } from '../app/text/safety-rules.ts'
import { matchHrConcern } from '../app/text/hr-rules.ts'
import { correctSpelling, mayBeSlipFor, plainWordTopicality } from '../app/text/spelling.ts'
import { fold } from '../app/text/fold.ts'
import shipped from '../app/text/data/spoken-english.json' with { type: 'json' }
import { spokenEnglish } from '../scripts/build-lexicons.ts'

const spelled = (text: string) => correctSpelling(fold(text))

t.test('a misspelled word reads as the commonest word one edit away', async (t) => {
  t.equal(spelled('smels like gas'), 'smell like gas')
  t.equal(spelled('hes stuk under the forklift'), 'hes stuck under the forklift')
  t.equal(spelled('bleding alot'), 'bleeding lot')
  t.equal(spelled('my sup keeps tuching me'), 'my sup keeps touching me')
})

t.test('known words, short words, Spanish words and what the caller knows stay as written', async (t) => {
  for (const text of [
    'reel in the hose',
    'la pistola de calor no prende',
    'me corte la mano con el cuchillo y sangra mucho',
    'tengo que salir temprano manana xq mi hija esta enferma',
    'se cayo del andamio y no se mueve',
    'u r gr8'
  ])
    t.equal(spelled(text), fold(text), text)
  t.equal(
    correctSpelling('forklfit', (w) => w === 'forklfit'),
    'forklfit'
  )
})

t.test('the rules read a misspelled danger or complaint as spelled right, and nothing more', async (t) => {
  t.equal(matchDanger('smels like gas reel strong by the grils'), 'chemical')
  t.equal(matchDanger('hes stuk under the forklift'), 'entrapment')
  t.equal(matchDanger('fyre in the kichen'), 'fire')
  t.equal(matchHrConcern('my sup keeps tuching me and i told him to stop'), 'harassment')
  for (const text of [
    'la pistola de grapas se atoro otra vez',
    'the nail gunn is jammed',
    'smels like fresh bread in here'
  ])
    t.equal(matchDanger(text), null, text)
})

t.test('the shipped word counts are what scripts/build-lexicons.ts makes from its packages', async (t) => {
  t.same(await spokenEnglish(), shipped)
})

t.test('how much a word says what a question is about, by its rank in spoken English', async (t) => {
  t.ok(plainWordTopicality('think') < 0.15, 'think')
  t.ok(plainWordTopicality('own') > 0.3 && plainWordTopicality('own') < 0.7, 'own')
  for (const topic of ['smoke', 'jury', 'mileage', 'tuition', 'forklfit']) t.equal(plainWordTopicality(topic), 1, topic)
})

t.test('quotes around a word are dropped when text is folded; apostrophes stay', async (t) => {
  t.equal(fold("hes gonna 'handle' me"), 'hes gonna handle me')
  t.equal(fold('he said “dont tell”'), 'he said dont tell')
  t.equal(fold("it's the boss's call, the kids' room"), "it's the boss's call, the kids' room")
})

t.test('an English word is a slip for another only after its first letter and for a word as common', async (t) => {
  t.ok(mayBeSlipFor('vacaton', 'vacation'), 'no word: any slip')
  t.ok(mayBeSlipFor('forgot', 'forget'))
  t.notOk(mayBeSlipFor('dental', 'mental'), 'the first letter')
  t.notOk(mayBeSlipFor('passed', 'paused'), 'a rarer word')
  t.ok(mayBeSlipFor('cofounder', 'founder'), 'a word and its base')
  t.ok(mayBeSlipFor('found', 'founder'), 'a base and its word')
  t.ok(mayBeSlipFor('stole', 'stolen'), 'a past and its participle')
  t.notOk(mayBeSlipFor('start', 'star'), 'a word holding the letters of another is not its base')
  t.notOk(mayBeSlipFor('bread', 'break'), 'a consonant far from the one it would be is no slip')
  t.ok(mayBeSlipFor('brake', 'break'), 'two letters swapped are')
  t.ok(mayBeSlipFor('sjift', 'shift'), 'a neighbouring key is')
})
