// The question-clause reading's table: what it must and must not read as asking. It lets routing take a
// statement followed by an unpunctuated question ("im sick how early do i gotta call") as the question.
import t, { type Test } from 'tap'
import { complaintBeside, newsBeforeQuestion } from '../app/classifier/news-first.ts'
import {
  askedPart,
  type QuestionReading,
  questionAfterChatter,
  readQuestion,
  toldBeforeQuestion,
  toldParts
} from '../app/text/question-form.ts'
import { holdsFor } from './fixtures/tables.ts'

// Each row is read once, as routing reads it; a table names the one field it checks.
function table(t: Test, field: keyof QuestionReading, must: string[], mustNot: string[]) {
  holdsFor(t, (text) => readQuestion(text)[field], must, mustNot)
}

t.test('an interrogative clause, punctuated or not, in both languages', async (t) => {
  const must = [
    'need to call off tonight how much notice do i need to give',
    'my aunt passed do we get bereavement days',
    'snow is bad and i cant get there, will i still get paid',
    'r we closed on thanksgiving',
    'whens open enrollment',
    'is it ok to wear shorts in the warehouse',
    'me siento mal cuantos dias me toca de incapacidad',
    'se me rompio el celular a quien le aviso',
    'me quiero cambiar de turno como le hago',
    'tengo cita con el doctor que hago si cae en mi turno',
    'me ofrecieron otro trabajo de noche, se puede',
    'a holiday counts as a day worked right',
    'is there a dress code for the holiday party',
    'storm knocked out the roads what happens to my pay if the site closes',
    'wife is having a baby in june how much paternity leave is there',
    'im out sick tomorrow does that come out of my vacation',
    'fire on the unit whats the first thing i do',
    'paycheck is short again wheres the form for that'
  ]
  const mustNot = [
    'so do i',
    'i did it yesterday',
    'the guy who is on nights is late again',
    'estoy enfermo y no puedo ir',
    'lo que tengo que hacer es limpiar la camara',
    'llamame cuanto antes',
    'walk-in cooler is at 50 degrees',
    'running 15 min late bus broke down',
    'turn right at the dock',
    'also my overtime is not there',
    'i was there when it happened',
    'idk how much longer this line will take',
    'it depends on how long the truck takes',
    'nobody knows what happens next lol',
    'idk whats the deal with the new scanners',
    'thats whats up'
  ]
  table(t, 'inClause', must, mustNot)
})

t.test('texting forms are read before the opening is', async (t) => {
  // Spanish "y" is "and", not "why".
  table(
    t,
    'opens',
    ['r we off on the 4th', 'whens payday', 'q pasa si llego tarde', 'a q hora hay q checar entrada los sabados'],
    ['y luego me dijo que no']
  )
})

t.test('leave asked for an instance, not how a rule goes', async (t) => {
  const must = [
    'feeling sick can i leave at 2',
    'can someone cover me tonight',
    'is it ok if Dani works my sunday',
    'could marcus take my saturday',
    'me duele la cabeza me puedo ir a las 3',
    'alguien me puede cubrir el sabado'
  ]
  const mustNot = [
    'im sick how early do i need to call in',
    'my aunt passed do we get bereavement days',
    'estoy enfermo cuantos dias me toca',
    'whens the next raise review'
  ]
  table(t, 'permission', must, mustNot)
})

t.test('a question told after news still asks; news alone does not', async (t) => {
  table(
    t,
    'asks',
    [
      'sick today. do i need a note',
      'since i slipped in march, can i still file',
      'me cai ayer, tengo que ir al doctor?'
    ],
    ['running 15 min late bus broke down', 'my check was short this week', 'walk-in cooler is at 50 degrees']
  )
  table(t, 'oneSentence', ['can dani cover my tuesday'], ['can dani cover my tuesday? we already talked'])
})

t.test('a question announced before it is put asks, however it is put', async (t) => {
  const announced = [
    'pregunta, el uniforme lo descuentan del cheque o es gratis',
    'una pregunta el estacionamiento es gratis para empleados',
    'quick question the boots they give us come out of my check or free'
  ]
  const told = ['my check was short this week', 'el uniforme me queda chico', 'the question on the quiz was wrong']
  table(t, 'asks', announced, told)
  table(t, 'opens', announced, told)
})

t.test('leave asked for a day of one’s own, not how a rule goes', async (t) => {
  holdsFor(
    t,
    (text) => {
      const put = readQuestion(text)
      return put.permission && put.namesADay
    },
    [
      'Can i pick up extra shifts this week? need the hours',
      'can i leave early friday',
      'could someone cover my sunday',
      'puedo tener libre el 15 para la graduacion de mi hija?',
      'me puedo ir temprano manana'
    ],
    [
      'can i take pto whenever i want',
      'how many sick days do we get a year',
      'who works this week',
      'can i swap shifts with someone'
    ]
  )
})

t.test('what a text tells before it asks, and the manager’s news in it', async (t) => {
  t.equal(
    toldBeforeQuestion('wont make it in tomorrow, funeral out of town. is bereavement paid for an uncle?'),
    'wont make it in tomorrow, funeral out of town.'
  )
  t.equal(
    toldBeforeQuestion('ya no voy a seguir trabajando aqui, cuando entrego el uniforme?'),
    'ya no voy a seguir trabajando aqui,'
  )
  t.equal(toldBeforeQuestion('is bereavement paid for an uncle? funeral is friday'), null, 'opens by asking')
  t.equal(toldBeforeQuestion('sick today, not coming in'), null, 'asks nothing')
  t.equal(toldBeforeQuestion('hey, do we get paid for jury duty'), null, 'under three words told first')
  // The models, sure of the told part alone: a call-out or a resignation; a situation that frames a rule is not.
  holdsFor(
    t,
    (text) => newsBeforeQuestion(text) !== null,
    [
      'cant come in today, been throwing up all night. do i need a doctors note?',
      'no voy a poder ir hoy, tengo calentura. tengo que mandar nota del doctor?',
      'wont make it in tomorrow, funeral out of town. is bereavement paid for an uncle or only immediate family?'
    ],
    [
      'how much notice do i give if i quit',
      'my back has been hurting since i slipped on the wet floor in march, can i still see the company doctor',
      'me pasaron a medio tiempo, sigo teniendo seguro?'
    ]
  )
})

t.test('the question after chatter, without the laughter that closes it', async (t) => {
  t.equal(questionAfterChatter('me estoy muriendo de hambre a que hora es el lonche jaja'), 'a que hora es el lonche')
  t.equal(questionAfterChatter('this rush is killing me how long is my break lol'), 'how long is my break')
  t.equal(questionAfterChatter('how long is my break lol'), null, 'it opens with the question')
})

t.test('a complaint told in a part of its own, beside a question or other news', async (t) => {
  t.same(toldParts('is there a dress code? bc my lead keeps commenting on my clothes'), [
    'my lead keeps commenting on my clothes'
  ])
  t.same(toldParts('is there a dress code?'), [], 'nothing told')
  holdsFor(
    t,
    complaintBeside,
    [
      'how long is lunch on a double? bc our sup says lunch is a privilege and only lets the guys he likes take it',
      'what is the bereavement policy. also my lead told me if i take it i shouldnt bother coming back',
      'cuantos dias de enfermedad tenemos? porque la gerente me mando a la casa sin pago cuando le dije que estoy embarazada',
      'la supervisora dice que si sigo reportando los accidentes me va a cambiar de turno. a quien le hablo?',
      'how much PTO do I get? Dana keeps grabbing me in the walk-in',
      // Beside a call-out: the whole reads as the call-out; HR must hear the complaint.
      'hey its marcus i cant come in today been throwing up all night. honestly kinda dreading coming back anyway bc darnell keeps grabbing me in the walk in and making jokes about it in front of everyone'
    ],
    [
      'is there maternity leave? i told my sup im pregnant last week',
      'how do i swap a shift? my manager said to ask you',
      'whats the dress code. my manager said my shirt was wrinkled',
      'who do i report harassment to? asking for a friend',
      'can i take my break at 2? my sup said i cant take it till the rush is over',
      'me pueden dar libre el dia de la virgen? es por mi religion, eso se permite?',
      'cant come in today, been throwing up all night. my sup already knows',
      // A complaint told whole is the topic model's, not a part's.
      'darnell keeps grabbing me in the walk in and making jokes about it in front of everyone',
      // A guest yelling at the sender is the manager's.
      'guest in 412 yells at me every time I knock, says no service, then calls the front desk saying the room is dirty. idk what to do with him'
    ]
  )
})

t.test('a choice of two put to pick from, with no mark, in both languages', async (t) => {
  table(
    t,
    'offersChoice',
    [
      'el pago es cada viernes o cada 2 semanas',
      'the pay is every friday or every 2 weeks',
      'el break es de 15 o de 30 min',
      'orientation is on monday or on tuesday',
      'la capacitacion es en la tienda o en la oficina',
      'are raises in january or in july',
      'el break es de 10 o de 15 min? nadie me dice bien'
    ],
    [
      "i'll be there at 6 or at 7",
      'i can work on tuesday or on wednesday',
      'my check is short 5 or 6 hours',
      'the truck is at dock 3 or dock 4',
      'marcus is in the cooler or in the freezer i cant find him',
      'the pay is every friday'
    ]
  )
})

t.test(
  'the asking part of a text that also tells; none when all asks, none asks, or the asking points back',
  async (t) => {
    t.equal(askedPart('can i get an advance on my check, short on rent'), 'can i get an advance on my check,')
    t.equal(
      askedPart('short on rent this month. can i get an advance on my check?'),
      'can i get an advance on my check?'
    )
    t.equal(askedPart('how long is lunch?'), null)
    t.equal(askedPart('running late, bus broke down'), null)
    t.equal(askedPart('4th of july is on a saturday this yr, do we get a day off for it'), null)
    t.equal(askedPart('my work shirt got ruined, how much is a new one'), null)
    t.equal(askedPart('i called in sick the day after christmas, do i still get my holiday pay'), null)
  }
)
