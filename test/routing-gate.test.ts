// The regression gate: every held-out message of the labelled set (app/classifier/data, never trained
// on) through the shipped models, rules and router, with minimum scores per language. Emergencies
// must all be urgent; a page that is not one trains managers to ignore the next.
import { newsBeforeQuestion } from '../app/classifier/news-first.ts'
import t from 'tap'
import { inSplit, type LabelledMessage } from '../app/classifier/dataset.ts'
import { readIntent } from '../app/classifier/intent-model.ts'
import { languageModel } from '../app/classifier/language-model.ts'
import { classifyText } from '../app/classifier/local-classifier.ts'
import { type Route, routeMessage } from '../app/conversation/routing.ts'
import { detectLanguage } from '../app/text/language.ts'
import { isPleasantry } from '../app/text/pleasantry.ts'

export type Landed = 'urgent' | 'hr' | 'manager' | 'answer' | 'smalltalk'

export function land(text: string): Landed {
  const classification = classifyText(text)
  const { intent, score } = readIntent(text)
  const route: Route = routeMessage({
    text,
    classification,
    intent,
    intentScore: score,
    active: [],
    pleasantry: isPleasantry(text),
    newsFirst: newsBeforeQuestion(text)
  })
  if (route.kind === 'smalltalk') return 'smalltalk'
  if (route.kind !== 'escalate') return 'answer'
  if (route.reason === 'safety') return 'urgent'
  return route.reason === 'hr_sensitive' || route.reason === 'hr_request' ? 'hr' : 'manager'
}

function expected(m: LabelledMessage): Landed | undefined {
  if (m.label === 'safety') return 'urgent'
  if (m.label === 'hr_sensitive' && m.intent === 'report') return 'hr'
  if (m.intent === 'report' || m.intent === 'person') return 'manager'
  if (m.intent === 'question') return 'answer'
  return undefined
}

const heldOut = inSplit('heldOut')
// A little under what is reached. Each round of labelled data adds kinds written to be hard to the
// held-out split; round 10 added emergencies told in fragments ("mixer. kid from dish. hand in it. now"),
// reports and complaints worded as questions and situations asked as rules. On that grown split the code
// before round 10 read en urgent 96.9%, HR 84.0%; es urgent 94.0%, HR 85.4%, false urgent 1.6%, questions
// escalated 5.7%. Round 11 (swamped venting that asks for help, asking the boss for a moment, staff
// mistreating those in their care, threats told with an "if") read at first en urgent 99.2%, HR 87.3%,
// reports 91.1%; es urgent 99.0%, HR 88.1%, false urgent 1.3%. What is missed is listed in the test's
// comments.
const MINIMUMS = {
  en: { urgentRecall: 0.99, complaintsToHr: 0.97 },
  es: { urgentRecall: 0.98, complaintsToHr: 0.96 }
}

for (const lang of ['en', 'es'] as const) {
  t.test(`held-out routing in ${lang}`, async (t) => {
    const cases = heldOut.filter((m) => m.lang === lang).map((m) => ({ ...m, want: expected(m), got: land(m.text) }))
    const of = (want: Landed) => cases.filter((c) => c.want === want)
    const rate = (list: typeof cases, ok: (c: (typeof cases)[number]) => boolean) =>
      list.length ? list.filter(ok).length / list.length : 1
    const emergencies = of('urgent')
    const notEmergencies = cases.filter((c) => c.want !== 'urgent')
    const figures = {
      urgentRecall: rate(emergencies, (c) => c.got === 'urgent'),
      falseUrgent: rate(notEmergencies, (c) => c.got === 'urgent'),
      complaintsToHr: rate(of('hr'), (c) => c.got === 'hr'),
      reportsToPerson: rate(of('manager'), (c) => c.got === 'manager' || c.got === 'hr'),
      questionsEscalated: rate(of('answer'), (c) => c.got !== 'answer' && c.got !== 'smalltalk'),
      language: rate(cases, (c) => detectLanguage(c.text, lang === 'en' ? 'es' : 'en', languageModel) === lang)
    }
    t.comment(
      `${lang}: ${cases.length} held out; ${Object.entries(figures)
        .map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`)
        .join(', ')}`
    )
    for (const c of cases.filter((c) => c.want && c.got !== c.want && !(c.want === 'manager' && c.got === 'hr')))
      t.comment(`  ${c.want} -> ${c.got}: ${c.text}`)
    const least = MINIMUMS[lang]
    t.ok(emergencies.length >= 20, `${emergencies.length} held-out emergencies`)
    t.ok(figures.urgentRecall >= least.urgentRecall, 'held-out emergencies are urgent')
    t.ok(figures.falseUrgent <= 0.01, 'at most 1% of the rest is paged as urgent')
    t.ok(figures.complaintsToHr >= least.complaintsToHr, 'complaints reach HR')
    t.ok(figures.reportsToPerson >= 0.9, 'reports and requests reach a person')
    t.ok(figures.questionsEscalated <= 0.05, 'at most 1 question in 20 is escalated')
    t.ok(figures.language >= 0.95, 'the language is read, whatever the directory says')
  })
}

// The cases issue 24 and the lost first attempt named, as a table (several are in the training data:
// this guards them, it does not measure).
t.test('the named cases land where they must', async (t) => {
  const table: Array<[Landed, string]> = [
    ['urgent', 'this guy in the lot says hes got a gun and hes gonna come in shooting'],
    ['urgent', 'oven cleaner got in tonys eyes he cant see'],
    ['urgent', 'smell gas by the ovens and our eyes are burning'],
    ['urgent', 'the top rack in aisle 4 came down and theres somebody behind it'],
    ['answer', 'who pays the bill for urgent care from when i hurt my hand last week'],
    ['answer', 'whats the rule for cut gloves'],
    ['answer', 'can reporting an injury get me disciplined'],
    ['answer', 'cuanto pagan la hora'],
    ['answer', 'cuando es la capacitacion de incendios'],
    ['answer', 'do i still get paid if i get a jury summons'],
    ['answer', 'do i have to tell my manager about a second job'],
    ['manager', 'la maquina de empaque se trabo otra vez'],
    ['manager', 'my daycare changed hours so i cant do closing shifts anymore'],
    ['manager', 'the kitchen is out of salmon until tomorrows delivery'],
    ['manager', 'guest at table 4 wants whoever is in charge'],
    ['manager', 'packaging machine down and maintenance isnt answering'],
    ['manager', 'already switched shifts with dani for saturday'],
    ['manager', 'necesito el viernes libre para la graduacion de mi hija'],
    ['manager', 'been sick all night, not coming in'],
    ['manager', 'dish machine is broken'],
    ['manager', 'can i leave 2 hours early today'],
    ['answer', 'can i get someone to cover my shift'],
    ['hr', 'andan diciendo chismes de mi en la linea y mi supervisora se rie'],
    ['hr', 'un compañero le dice cosas racistas a los nuevos'],
    ['hr', 'my sup took me off the overtime list and gives me the worst jobs since i reported my injury']
  ]
  for (const [want, text] of table) t.equal(land(text), want, text)
})

// What round 2's blind set (burned since) missed, as the brief of round 3 quoted them. None is in the
// labelled set: the fixes were rules by kind and texts written fresh; this guards, it does not measure.
t.test('the misses of the burned blind set land where they must', async (t) => {
  const table: Array<[Landed, string]> = [
    ['hr', 'my sup says i cant take my prayer breaks and laughed at me about it'],
    ['hr', 'the sous chef Rick keeps saying i should smile more and smacked my butt with a towel'],
    ['hr', 'nos pagan menos a los latinos que a los demas por el mismo trabajo'],
    ['urgent', 'someone is getting jumped in the parking lot by the trucks right now'],
    ['urgent', 'alguien se quedo encerrado en el congelador y la puerta no abre por dentro'],
    // A work injury told with its stitches: the manager hears of it (its report has a deadline) and the
    // answer goes beside, as routing.ts does for "cut my thumb yesterday, its fine, do i fill something out".
    [
      'manager',
      'cut my thumb on a broken glass saturday, got stitches. do i still need to fill out an injury report or is it too late'
    ],
    [
      'answer',
      'my back has been hurting since i slipped on the wet floor in march, can i still see the company doctor'
    ],
    // A strain told is a work injury for the manager; asked about as a rule it is a question.
    ['manager', 'tweaked my shoulder unloading the truck tuesday, going to urgent care tonight'],
    ['answer', 'if i hurt my back lifting boxes do i get workers comp'],
    ['answer', 'el cheque cae por deposito los jueves o los viernes?'],
    ['answer', 'si se me quema algo en la freidora y sale mucho humo que se supone que hago? nomas para saber'],
    ['answer', 'me toca uniforme nuevo cada año o lo tengo que pagar yo'],
    ['answer', 'can we wear jewelry if its just a wedding ring'],
    ['answer', "i'm moving to another state, what do i need to update"],
    ['answer', 'my apartment flooded can i get leave'],
    ['manager', 'is it ok if Dani covers my tuesday? we already talked'],
    ['manager', 'quiero pedir la semana del 10 de vacaciones'],
    ['manager', 'puedo hablar con el supervisor de la noche? es sobre mi horario']
  ]
  // One sentence put as a question that the intent model doubtfully reads as a report is the
  // question it is put as (the repository's own answer sets lost 7 answers to this before).
  table.push(
    ['answer', 'do weekends pay more'],
    ['answer', 'can my friend clock me in if im running late'],
    ['answer', 'will they pay for my cpr renewal'],
    ['answer', 'is my drive to the first client paid']
  )
  for (const [want, text] of table) t.equal(land(text), want, text)
})
