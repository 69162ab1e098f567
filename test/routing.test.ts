// Who gets a message: questions are answered; reports and requests go to the manager; harassment and
// complaints go to HR and never to the manager they may be about; open matters collect only their own
// messages. Through the whole webhook, on the sample directory (Alex and Jordan report to Marcus Lee;
// Dana Whitfield is HR).
import { and, asc, eq, ne } from 'drizzle-orm'
import t from 'tap'
import { ESCALATION_BY_LABEL } from '../app/classifier/types.ts'
import { routeMessage } from '../app/conversation/routing.ts'
import { escalations, interactions, messages, people } from '../drizzle/schema.ts'
import { upsertPeople } from '../app/people/directory.ts'
import {
  aboutManagersManager,
  aboutOwnManager,
  namedAsSubject,
  namedHandlers,
  ownManagerActsOnSender,
  ownManagerOnlyToBeTold,
  pastOwnManager,
  speaksOfSomeonesBoss
} from '../app/people/named.ts'
import { hrPersonByRole } from '../app/people/hr-named.ts'
import { PEOPLE } from './fixtures/data.ts'
import { deliverSms, replyText } from './fixtures/twilio.ts'
import { holdsFor } from './fixtures/tables.ts'
import { build, DATABASE_KINDS } from './helper.ts'

type App = Awaited<ReturnType<typeof build>>

/** Everything texted (not TwiML replies) to a number. */
async function textsTo(app: App, phone: string) {
  return app.db
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'outbound'), eq(messages.toPhone, phone), ne(messages.status, 'twiml')))
    .orderBy(asc(messages.id))
}

async function lastMode(app: App) {
  return (await app.db.select().from(interactions).orderBy(asc(interactions.id))).at(-1)!.answerMode
}

t.test('plain questions are answered, even on sensitive topics; nothing reaches a manager', async (t) => {
  const app = await build(t, { seed: true })
  for (const question of [
    'whats the policy if im running late',
    'who do i report harassment to',
    'can i get in trouble for reporting something',
    'how do i call out',
    'what should i do if my check looks wrong',
    'can i switch shifts with a coworker',
    'can i get someone to cover my shift',
    'i have diarrhea should i come in'
  ]) {
    const reply = replyText(await deliverSms(app, PEOPLE.alex, question))!
    t.match(await lastMode(app), /^(extractive|no_answer)$/, `${question}: answered, not escalated`)
    t.notMatch(reply, /passed this to/, question)
  }
  t.same(await textsTo(app, PEOPLE.manager), [], 'the manager was texted nothing')
  const harassment = (await app.db.select().from(interactions)).find(
    (i) => i.question === 'who do i report harassment to'
  )!
  t.match(harassment.answer, /HR|ethics line/)
  t.match(
    (await app.db.select().from(messages).where(eq(messages.body, 'who do i report harassment to')))[0]?.replyText,
    /Reply HR to reach HR privately/,
    'a sensitive question offers HR'
  )
})

t.test('reports and requests go to the manager; asking for HR goes to HR', async (t) => {
  for (const report of [
    'running late, bus broke down',
    'i cant come in today',
    'my paycheck was short',
    'can i talk to a real person'
  ]) {
    // A fresh app each time: the same employee's next report would join the matter already open.
    const app = await build(t, { seed: true })
    t.match(replyText(await deliverSms(app, PEOPLE.jordan, report)), /passed this to Marcus Lee/, report)
  }
  const app = await build(t, { seed: true })
  t.match(
    replyText(await deliverSms(app, PEOPLE.sam, 'can someone from hr call me')),
    /passed this to Dana Whitfield in HR/
  )
  t.equal((await textsTo(app, PEOPLE.hr)).length, 1)
  // In Spanish, HR is named in Spanish.
  t.match(
    replyText(await deliverSms(app, PEOPLE.sofia, 'mi supervisora me toca y no me gusta')),
    /Le pasé esto a Dana Whitfield de Recursos Humanos, que le va a responder/
  )
})

for (const kind of DATABASE_KINDS) {
  t.test(
    `a complaint about one's own manager, and every follow-up on it, never reaches that manager (${kind})`,
    async (t) => {
      const app = await build(t, { seed: true, kind })
      const complaint = replyText(
        await deliverSms(app, PEOPLE.alex, 'my manager Marcus keeps making comments about my body')
      )!
      t.match(complaint, /Dana Whitfield in HR/)
      // A separate matter for the manager, then more on the complaint.
      t.match(replyText(await deliverSms(app, PEOPLE.alex, 'running late, bus broke down')), /Marcus Lee/)
      for (const followUp of [
        'it happened again today, please do not tell him I reported it',
        'he did it in front of the whole crew',
        'also i think he is reading my texts'
      ]) {
        t.match(replyText(await deliverSms(app, PEOPLE.alex, followUp)), /Dana Whitfield/, followUp)
      }
      const toMarcus = await textsTo(app, PEOPLE.manager)
      t.equal(toMarcus.length, 1, 'Marcus got only the lateness alert')
      t.match(toMarcus[0]!.body, /bus broke down/)
      t.notMatch(toMarcus.map((m) => m.body).join('\n'), /comments|reported|crew|texts/)
      const [hr] = await app.db.select().from(escalations).where(eq(escalations.reason, 'hr_sensitive'))
      t.ok(hr!.excludedPersonIds.length > 0, 'the manager the complaint names is kept off its ladder')
    }
  )
}

t.test('a pay problem that speaks of "my supervisor" goes past him; one that does not reaches him', async (t) => {
  const app = await build(t, { seed: true })
  const past = replyText(
    await deliverSms(
      app,
      PEOPLE.alex,
      'my check is short again, 3rd time, and my supervisor keeps saying he will fix it'
    )
  )!
  t.notMatch(past, /Marcus/)
  t.equal((await textsTo(app, PEOPLE.manager)).length, 0, 'the supervisor it is about hears nothing')
  const [raised] = await app.db.select().from(escalations)
  // Read as pay, as a report whose topic the model doubts, or as a complaint about him (HR's): either way
  // off the supervisor's ladder.
  t.match(raised, { reason: /^(payroll|report|hr_sensitive)$/ })
  t.ok(raised!.reason === 'hr_sensitive' || raised!.excludedPersonIds.length > 0, 'kept off its ladder')
  t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'my paycheck is short this week')), /Marcus Lee/)
})

t.test('"my sup", "our lead", "el encargado": the own manager, and when he is whom a message is about', async (t) => {
  holdsFor(
    t,
    aboutOwnManager,
    [
      'my sup clocked me out early',
      // Whoever is in charge, with no title of one's own (a red team's probes).
      'is it legal for the guy in charge to lock the break room so we cant take lunch?',
      'puede la que manda revisar mi bolsa cada noche?',
      'whoever runs downtown has been shorting the tip jar',
      'our lead took my overtime',
      'my crew leader gave my hours to his brother',
      'the foreman keeps shorting us',
      'el encargado no me pago las horas extra',
      'la supervisora me quito el turno',
      'mi lider de linea me grita',
      'el mayordomo nos cobra por el raite',
      // With an article too, unless the news is for him.
      'my sup keeps yelling at me',
      'our team lead took the tip jar home',
      'the boss keeps calling me names',
      'el mayordomo no nos deja ir al baño',
      'la supervisora me quita horas',
      'el supervisor no nos deja ir al baño',
      'the supervisor keeps cutting my hours',
      'mi jefe me grita',
      // A bare crew title opening the text.
      'crew chief never paid us for saturday',
      // A general manager new to the sender's store.
      'my tips have been short every week since the new gm started, he does the tip out himself',
      // A coordinator is a home-care aide's manager; asking for another one, then speaking of "mine".
      'my coordinator keeps giving my visits to her friends',
      'can i get moved to a different coordinator? mine keeps giving my patients to the new girl',
      // A lead with the shift named, as crews speak of their own.
      'the overnight lead screams at everyone all night',
      // "Patrón", and the English word in Spanish.
      'mi patron me toca y no me gusta',
      'la patrona nos grita a todos',
      'el manager me esta quitando horas de mi cheque cada semana',
      // Whatever the place or department before the title: the directory has no titles, so it may be the sender's.
      'told the plant mgr the ammonia smell in the cooler is making ppl dizzy and he said just prop the door',
      'the warehouse supervisor keeps cutting my hours',
      'the deli manager yells at us every morning',
      // Whoever the sender reports to, however it is said (a red team's probes).
      'my higher up says he doesnt have to pay the overtime i worked because he didnt approve it first',
      'mi superior me puede descontar del cheque cuando falta dinero en la caja?',
      'la persona a la que le reporto se queda con una parte de mis propinas',
      'the one who signs off on my timecard keeps deleting my extra hours',
      'the person i report to keeps yelling at me',
      // Misspelled, in a feminine the dictionary lacks, made small, or by its capitals (a red team's probes).
      'la gerenta no me quiere pagar las horas extras que trabaje',
      'la supervizora me hizo trabajar con el brazo lastimado',
      'can my supervisior make me pay the register shortage out of my own pocket?',
      'el encargao puede revisar mi celular personal?',
      'can my mngr make me pay for my own uniform shirts?',
      'is the SM allowed to go through my purse in the back?',
      'mi jefecita me grita',
      'el gerentito me quita horas',
      'la encargadita nos grita',
      'mi manajer me quita horas',
      'my tl keeps yelling at me',
      // Told by a manager's part (a red team's fifth round).
      'the guy who runs our store took 5 hours off my paycheck',
      'la persona que aprueba mis horas me quito 5 horas del cheque',
      'can the guy who makes the schedule cut my hours because i called in sick?',
      'la que esta arriba de mi me sigue quitando horas del cheque',
      "is the guy above me allowed to keep my tips if i'm late?",
      '¿la que nos supervisa puede quedarse con mis propinas?',
      'the person who signs my timesheet cut 3 hours off my week',
      'la que hace el horario me rebajo 4 horas del cheque',
      'la que maneja la tienda me grita',
      // As crews also say it (a red team's sixth round).
      'el bos me hace trabajar off the clock',
      'is bossman allowed to read my texts on the work ipad?',
      'los jefes me quitan horas cuando me enfermo',
      'the guy who hired me never lets us take a break'
    ],
    [
      'the crew chief position is open, who do i ask',
      // Someone's part that is no manager's, or asked for.
      'the guy who makes the pizza dough is sick today',
      'who makes the schedule?',
      'can i talk to the guy who makes the schedule',
      'the lady who does the laundry left early',
      'la que hace la limpieza no vino',
      'the guy over there is drunk',
      'the lady who does the floor is rude to me',
      'la que hace la cocina me grita',
      'the kitchen is out of salmon',
      'la maquina de empaque se trabo',
      'a guest wants whoever is in charge',
      'can i talk to the person in charge tonight',
      'el cliente quiere hablar con el que esta a cargo',
      'can you let the manager know the dock door is stuck',
      'tell the sup im running late',
      'dile a la encargada que no hay cloro',
      'avisale al encargado que me voy temprano',
      'the freezer is down',
      'can i get a different coordinator for the new clients on the east side',
      'dile al manager que no hay cloro',
      'can u tell the plant manager the line is down',
      // Someone above or in HR, not the own manager.
      'the district manager visits on friday',
      'the hr manager never answers my emails',
      'can i talk to the person i report to',
      'quiero hablar con la persona a la que le reporto',
      'no se a quien le reporto esto',
      'the sm fries are out',
      'mi trabajo es supervisar la linea',
      'la otra supervisora me grita',
      'she manages the store well'
    ]
  )
  // Someone in HR spoken of by role, as a person; not HR as a place to go.
  holdsFor(
    t,
    hrPersonByRole,
    [
      'the hr lady keeps making comments about my body',
      'that guy from hr keeps texting me at night',
      'la señora de recursos humanos me acosa',
      'el muchacho de rh me grita',
      'la licenciada Dayana de recursos humanos se burla de mi acento',
      'Dayna in HR keeps making comments about my weight',
      // HR by its other names.
      'la señora de RRHH me dijo que si me sigo quejando me van a correr',
      'the people team lady keeps calling me sweetheart',
      'the one from hr that did my orientation keeps messaging me at night asking me out',
      'the hr chick keeps commenting on my body',
      'la que me hizo la entrevista en recursos humanos me sigue mandando mensajes de noche',
      'la de nominas me grita',
      'the payroll lady keeps texting me'
    ],
    [
      'can i talk to hr',
      'i went to hr about it',
      'quiero hablar con recursos humanos',
      'who is in hr',
      'I sent it in HR last week',
      'la comida de personal es a las 3',
      'can i talk to the people team',
      'can i talk to someone from hr',
      'i need someone in hr to call me',
      'payroll keeps shorting me',
      'no one in hr ever answers my emails about my manager harassing me',
      'quiero hablar con la que me hizo la entrevista en recursos humanos'
    ]
  )
  // The own manager's own manager, whom an HR matter goes up to when HR does not answer.
  holdsFor(
    t,
    aboutManagersManager,
    [
      "my boss's boss keeps texting me at night",
      "my manager's manager keeps making comments about my body",
      'my bosses boss is creepy',
      "my sup's manager yells at us",
      'the boss of my boss yelled at me',
      'el jefe de mi jefe me sigue invitando a salir',
      'la gerente de mi supervisora me grita',
      // Over stores by a title alone (a red team's probes).
      'la regional me sigue invitando a salir aunque le dije que no',
      'the area coach keeps texting me at night',
      'the market leader cut my hours',
      'the supervisor over my manager keeps sending me pics of himself',
      'el que esta arriba de mi jefa me manda fotos de el sin camisa'
    ],
    [
      'my boss is mad at me',
      'my manager manages two stores',
      'my boss and my lead both said no',
      'el jefe de cocina',
      'la tienda regional abre a las 9'
    ]
  )
  // About him (he must not take it) or asking for him (he should).
  holdsFor(
    t,
    pastOwnManager,
    [
      'need to talk to someone about my foreman, he yells at us all day',
      'necesito hablar con alguien sobre mi patron',
      'can somebody other than my sup call me',
      'please not my manager, its about him',
      'quiero hablar con alguien que no sea mi jefe',
      'necesito hablar con alguien sobre el encargado'
    ],
    ['can my manager call me', "told my sup i'd be late", 'que me llame mi supervisora por favor']
  )
  // Only the one to be told: a call-out or question for him, not about him (a question taken to a person
  // goes past a manager it speaks of otherwise).
  holdsFor(
    t,
    ownManagerOnlyToBeTold,
    [
      'im sick tmrw, wat time do i gotta tell my sup by today',
      'do i have to tell my manager if im gonna be late',
      'a que hora le aviso a mi jefe si estoy enfermo'
    ],
    [
      'my check is short again and my supervisor keeps saying shell fix it',
      'can my manager make me work off the clock',
      'i told my sup my check is short and he laughed, do i tell my sup again'
    ]
  )
  // Him doing something to the sender: what it is about, whatever the matter is read as.
  holdsFor(
    t,
    ownManagerActsOnSender,
    ['mi supervisor me toca la espalda cuando estoy sola', 'my sup keeps grabbing me', 'el jefe nos grita'],
    ['my manager is out today', 'tell my sup im late', 'dile al encargado que no hay cloro']
  )
  const managers = [{ name: 'Gary Stone' }, { name: 'Brenda López' }]
  t.same(namedAsSubject('can someone besides Gary call me', managers), [managers[0]])
  t.same(namedAsSubject('quiero hablar con alguien acerca de la señora Lopez', managers), [managers[1]])
  t.same(namedAsSubject('can Gary call me when he gets in', managers), [])
  // Someone the sender will not be near or fears, whatever the message is (a call-out).
  t.same(namedAsSubject('calling out tonight, i dont feel safe closing alone with gary', managers), [managers[0]])
  t.same(namedAsSubject('no voy a ir hoy, no quiero estar cerca de Brenda despues de como me grito', managers), [
    managers[1]
  ])
  t.same(namedAsSubject('im scared of gary, he keeps yelling', managers), [managers[0]])
  t.same(namedAsSubject('cant come in, i work with brenda tmrw instead', managers), [])
  // Someone's boss by that someone, read before the directory is; one's own is not.
  holdsFor(
    t,
    speaksOfSomeonesBoss,
    ["marcus's boss keeps messaging me", 'la jefa de Priya me agarro la pierna'],
    ['my boss keeps texting me', 'la jefa me grita', 'the boss said no']
  )
})

t.test('a request for a person about "my sup" goes past him; one for him reaches him', async (t) => {
  const app = await build(t, { seed: true })
  for (const text of [
    'need to talk to someone about my foreman, he yells at us all day',
    'quiero hablar con alguien que no sea mi jefe, es sobre el'
  ]) {
    t.notMatch(replyText(await deliverSms(app, PEOPLE.alex, text)), /Marcus/, text)
  }
  t.equal((await textsTo(app, PEOPLE.manager)).length, 0, 'the manager they are about hears nothing')
  const raised = await app.db.select().from(escalations)
  t.ok(raised.length > 0 && raised.every((e) => e.excludedPersonIds.length > 0), 'kept off their ladders')
  t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'can my manager call me when he gets a minute')), /Marcus Lee/)
})

t.test('an emergency that is a blow by "my sup" is urgent and never reaches him', async (t) => {
  const app = await build(t, { seed: true })
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'my sup punched me in the face and my nose is bleeding')), /911/)
  t.equal((await textsTo(app, PEOPLE.manager)).length, 0, 'the supervisor who hit him hears nothing')
  const [raised] = await app.db.select().from(escalations)
  t.match(raised, { reason: 'safety', priority: 'urgent' })
  t.ok(raised!.excludedPersonIds.length > 0, 'kept off its ladder')
})

t.test(
  '"will i get in trouble if i complain about my boss": answered with HR offered, then HR privately',
  async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, PEOPLE.jordan, 'will i get in trouble if i complain about my boss'))!
    t.notMatch(reply, /Marcus/)
    t.match(reply, /Reply HR to reach HR privately/)
    t.match(replyText(await deliverSms(app, PEOPLE.jordan, 'HR')), /Dana Whitfield in HR/)
    const [alert] = await textsTo(app, PEOPLE.hr)
    t.match(alert!.body, /complain about my boss/, 'HR gets the question')
    t.same(await textsTo(app, PEOPLE.manager), [], 'never the manager')
  }
)

t.test('while an escalation is open, only its matter is forwarded; other questions are answered', async (t) => {
  const app = await build(t, { seed: true })
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'my paycheck is short this week')), /Marcus Lee/)
  const first = replyText(await deliverSms(app, PEOPLE.alex, 'my paycheck is still missing 8 hours'))!
  t.match(
    first,
    /passed that on to Marcus Lee\. For anything else, just text your question/,
    'told once how to reach the bot'
  )
  const second = replyText(await deliverSms(app, PEOPLE.alex, 'and the overtime from saturday is missing too'))!
  t.match(second, /^I passed that on to Marcus Lee\.$/, 'not told again')
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'hi')), /^Hi!/, 'a greeting is greeted')
  t.match(
    replyText(await deliverSms(app, PEOPLE.alex, 'when is payday')),
    /every other Friday/,
    'a question is answered'
  )
  t.equal((await textsTo(app, PEOPLE.manager)).length, 3, 'the alert and two forwards, nothing else')
})

t.test('a follow-up gets a different, relevant answer', async (t) => {
  const app = await build(t, { seed: true })
  const first = replyText(await deliverSms(app, PEOPLE.alex, 'how much pto do full-time employees get'))!
  const followUp = replyText(await deliverSms(app, PEOPLE.alex, 'what about part timers?'))!
  t.not(followUp, first)
  t.match(followUp, /Part-time employees earn 1 hour of PTO/)
})

t.test('emergencies: at once with 911 first; a question about the procedure is answered', async (t) => {
  const app = await build(t, { seed: true })
  t.match(
    replyText(await deliverSms(app, PEOPLE.alex, 'I cut my hand on the slicer')),
    /^If anyone is hurt.*911.*Marcus Lee/
  )
  // A question about the procedure is answered, without the assistant's 911 line: that line is for
  // emergencies (the handbook's own lines may mention 911).
  const procedure = replyText(await deliverSms(app, PEOPLE.jordan, 'how do i report an injury'))!
  t.notMatch(procedure, /call 911 now|passed this to/)
  t.match(procedure, /manager on duty/)
  t.notMatch(
    replyText(await deliverSms(app, PEOPLE.jordan, 'where do we go if theres a fire')),
    /passed this to/,
    '"if there\'s a fire" supposes one'
  )
  const fire = replyText(await deliverSms(app, PEOPLE.jordan, "there's a fire in the back"))!
  t.match(fire, /passed this to/, '"there\'s a fire" reports one')
  t.equal((await textsTo(app, PEOPLE.manager)).length, 2, 'only the real emergencies alerted anyone')
})

t.test('the people a message names are found as employees write them', async (t) => {
  const app = await build(t, { seed: true })
  await upsertPeople(app.db, [
    { phone: '+13125550103', name: 'José Núñez', role: 'hr', managerPhone: null, location: null, language: 'es' },
    {
      phone: '+13125550104',
      name: 'María de la Cruz',
      role: 'manager',
      managerPhone: null,
      location: null,
      language: 'es'
    },
    {
      phone: '+13125550106',
      name: "Sean O'Brien",
      role: 'manager',
      managerPhone: null,
      location: null,
      language: 'en'
    },
    // As directories name a team's number: its role words name no one.
    { phone: '+13125550107', name: 'Payroll Office', role: 'hr', managerPhone: null, location: null, language: 'en' },
    { phone: '+13125550108', name: 'Hana HR', role: 'hr', managerPhone: null, location: null, language: 'en' }
  ])
  const idOf = async (phone: string) => (await app.db.select().from(people).where(eq(people.phone, phone)))[0]!.id
  const [jose, maria, sean, dana, marcus, hana] = await Promise.all(
    ['+13125550103', '+13125550104', '+13125550106', PEOPLE.hr, PEOPLE.manager, '+13125550108'].map(idOf)
  )
  const cases: Array<[string, number[]]> = [
    ['Jose keeps touching me', [jose!]],
    ['JOSÉ keeps touching me', [jose!]],
    ['Mr Nunez keeps touching me', [jose!]],
    ['Sr. Núñez me acosa', [jose!]],
    ["it's Ms Whitfield's comments", [dana!]],
    ['Dana W. said it again', [dana!]],
    ['Sra. Cruz me grita', [maria!]],
    ['maria de la cruz yells', [maria!]],
    ['OBrien is harassing me', [sean!]],
    ["Marcus's jokes", [marcus!]],
    ['the lead keeps yelling at me', []],
    ['de la mañana', []],
    ['i took my complaint to hr bc my sup did nothing, the payroll office too', []],
    ['hana said she would look into it', [hana!]],
    // Misspelt by a letter, as heard; a common word a letter from a name is no name ("market", "grade").
    ['Markus changed my time punches again', [marcus!]],
    ['whitfeild said no', [dana!]],
    ['the market was out of eggs, grade a only', []],
    // A short name by a letter, a name clipped; a word that is another's name as written names that one only.
    ['dayna keeps staring at me', [dana!]],
    ['marc changed my punches again', [marcus!]],
    ['will i get paid for the meeting', []],
    ['data entry is late again', []]
  ]
  for (const [text, ids] of cases) t.same((await namedHandlers(app.db, text)).sort(), ids.sort(), text)
})

t.test('a complaint naming the only HR person by title and surname goes up the ladder instead', async (t) => {
  const app = await build(t, { seed: true })
  t.match(
    replyText(await deliverSms(app, PEOPLE.jordan, 'Ms whitfield keeps making sexual comments at me')),
    /Grace Okafor/
  )
  t.same(await textsTo(app, PEOPLE.hr), [], 'Dana was texted nothing')
})

/** Where a complaint the topic model ranks first (by its own model, not a rule) goes, put as a question. */
function routeComplaint(text: string, { score, intentScore }: { score: number; intentScore: number }) {
  return routeMessage({
    text,
    classification: {
      label: 'hr_sensitive',
      score,
      escalation: ESCALATION_BY_LABEL.hr_sensitive,
      classifier: 'local-model',
      sure: score >= 0.7
    },
    intent: 'question',
    intentScore,
    active: [],
    pleasantry: false
  })
}

t.test('a complaint ranked first, put as a question the intent model doubts, with more told: HR has it', async (t) => {
  const complaint = (intentScore: number, text: string) => routeComplaint(text, { score: 0.62, intentScore })
  const told = 'es normal que el encargado nos haga trabajar el lonche sin pagarlo? nos dice que marquemos y sigamos'
  t.match(complaint(0.59, told), { kind: 'escalate', reason: 'hr_sensitive' })
  t.match(complaint(0.9, told), { kind: 'answer' }, 'a question the intent model is sure of is answered')
  t.match(complaint(0.59, 'es normal trabajar el lonche sin pago?'), { kind: 'answer' }, 'one sentence, only asked')
})

t.test('a complaint the topic model is sure of, told as going on though put as a question: HR has it', async (t) => {
  const complaint = (text: string, score = 0.95) => routeComplaint(text, { score, intentScore: 0.97 })
  for (const told of [
    'is the shift lead allowed to put his hand on your back when he shows you the register? he does it a lot',
    'es normal que la encargada siempre nos grite enfrente de los clientes?'
  ])
    t.match(complaint(told), { kind: 'escalate', reason: 'hr_sensitive' }, told)
  for (const asked of [
    'what if a coworker keeps making jokes about my accent',
    'is it harassment if it happened only once?',
    'can a lead touch your shoulder to show you something'
  ])
    t.match(complaint(asked), { kind: 'answer', offerHr: true }, asked)
  t.match(complaint('es normal que la encargada siempre nos grite?', 0.8), { kind: 'answer' }, 'the topic model unsure')
})

t.test('a complaint the topic model is sure of, done to the sender, put as a question: HR has it', async (t) => {
  // The red team's blind set: "is it legal" asked of what a boss does to the sender is told, not asked.
  const complaint = (text: string, score: number) => routeComplaint(text, { score, intentScore: 0.94 })
  const told = 'es legal q mi jefa no me pague las horas extras?'
  t.match(complaint(told, 0.94), { kind: 'escalate', reason: 'hr_sensitive' })
  t.match(complaint(told, 0.8), { kind: 'answer', offerHr: true }, 'the topic model unsure')
  for (const asked of ['is it legal to not pay for training?', 'what if my boss doesnt pay me overtime?'])
    t.match(complaint(asked, 0.94), { kind: 'answer', offerHr: true }, asked)
})

t.test('a complaint told beside a question: HR has it, the answer goes along, the manager hears nothing', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(
    await deliverSms(
      app,
      PEOPLE.alex,
      'how long is our meal break? bc our sup says breaks are a privilege and only lets the guys he likes take them'
    )
  )!
  t.match(reply, /passed this to Dana/, 'HR has it')
  t.match(reply, /30 minute meal break/, 'and the handbook line that answers')
  t.same(await textsTo(app, PEOPLE.manager), [], 'the manager it is about was texted nothing')
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised!.reason, 'hr_sensitive')
  // A complaint that asks where to take it gets HR and the handbook's line on reporting, read with the complaint.
  const asked = replyText(
    await deliverSms(app, PEOPLE.jordan, 'my lead keeps making comments about my body, who do i report it to')
  )!
  t.match(asked, /passed this to Dana/)
  t.match(asked, /report a concern/, 'the handbook on reporting goes along')
  // A question with something plain told beside it is only answered.
  replyText(await deliverSms(app, PEOPLE.jordan, 'how do i swap a shift? my manager said to ask you'))
  t.equal((await app.db.select().from(escalations)).length, 2, 'nothing raised for it')
})

t.test('a complaint told beside a call-out: HR has it, and no handbook line is quoted at it', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(
    await deliverSms(
      app,
      PEOPLE.alex,
      'cant come in today, been throwing up all night. honestly dreading coming back anyway bc jordan keeps grabbing me in the walk in and making jokes about it in front of everyone'
    )
  )!
  t.match(reply, /passed this to Dana/, 'HR has it')
  t.notMatch(reply, /Source:/, 'nothing was asked, so nothing is answered')
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised!.reason, 'hr_sensitive')
})

t.test(
  'news for the manager that also asks how a rule goes: the manager has it, and the answer goes along',
  async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(
      await deliverSms(app, PEOPLE.alex, 'my kid is sick and i cant come in tmrw, how early do i have to call out')
    )!
    t.match(reply, /passed this to Marcus/, 'told who has it, first')
    t.match(reply, /two hours before/, 'and the handbook line that answers')
    t.equal((await textsTo(app, PEOPLE.manager)).length, 1, 'the manager is told once')
    // When the handbook does not say, only the acknowledgement: no offer to ask a manager who already has it.
    const other = replyText(
      await deliverSms(app, PEOPLE.jordan, 'walk in cooler is at 50 and the door wont seal, is the warranty guy coming')
    )!
    t.notMatch(other, /Reply YES/)
    t.equal((await app.db.select().from(escalations)).length, 2, 'one escalation each, nothing raised twice')
  }
)

t.test('an emergency that asks something: 911 first, the manager paged once, then the handbook line', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(
    await deliverSms(app, PEOPLE.alex, 'chemical spill in the back and my eyes are burning, where is the first aid kit')
  )!
  t.match(reply, /^If anyone is hurt or in danger, call 911 now\./, 'the 911 line leads')
  t.match(reply, /break room/, 'then where the kit is, from the handbook')
  const [raised] = await app.db.select().from(escalations)
  t.match(raised, { reason: 'safety', priority: 'urgent' })
  t.equal((await textsTo(app, PEOPLE.manager)).length, 1, 'the manager is paged once')
})

t.test(
  'a work injury told after the fact reaches the manager, not urgently, with the answer to what it asks',
  async (t) => {
    const app = await build(t, { seed: true })
    const reply = replyText(
      await deliverSms(
        app,
        PEOPLE.alex,
        'cut my thumb yesterday on the slicer, its bandaged and fine, do i fill something out'
      )
    )!
    t.match(reply, /passed this to Marcus/)
    t.notMatch(reply, /911/, 'no emergency')
    const [raised] = await app.db.select().from(escalations)
    // A report, or an operations one (a minor injury told after the fact is labelled so): the manager's, not urgent.
    t.match(raised, { reason: /^(report|operations)$/, priority: 'normal' })
  }
)

t.test(
  'a small injury told as small, or asked whom to report to, reaches the manager, not urgently, with no 911 line',
  async (t) => {
    for (const text of [
      'cut my arm on a pallet at the dock, its not bad, do i have to report it',
      'burned my arm a lil on the fryer, do i really need to tell someone',
      // Asked by the one hurt, whom to report it to: able to text the question, so no emergency told.
      'cut my hand on the paper cutter, who do i report it to',
      'me corte la mano con la maquina, a quien le aviso'
    ]) {
      const app = await build(t, { seed: true })
      const reply = replyText(await deliverSms(app, PEOPLE.alex, text))!
      t.match(reply, /(passed this to|pasé esto a) Marcus/, text)
      t.notMatch(reply, /911/, 'no emergency')
      const [raised] = await app.db.select().from(escalations)
      t.match(raised, { reason: /^(report|operations)$/, priority: 'normal' })
    }
  }
)

t.test(
  "while a complaint about the manager is open, he handles nothing of the complainant's that may carry it on",
  async (t) => {
    const app = await build(t, { seed: true })
    await deliverSms(app, PEOPLE.alex, 'my manager marcus keeps making comments about my body')
    // A question the handbook does not answer, taken up with YES: it may be about the complaint.
    t.match(replyText(await deliverSms(app, PEOPLE.alex, 'can i get moved to a different store')), /Reply YES/)
    t.notMatch(replyText(await deliverSms(app, PEOPLE.alex, 'YES')), /Marcus/)
    // A request for a person.
    t.notMatch(replyText(await deliverSms(app, PEOPLE.alex, 'can someone call me today')), /Marcus/)
    t.same(await textsTo(app, PEOPLE.manager), [], 'Marcus was texted nothing')
    const raised = await app.db.select().from(escalations)
    t.ok(raised.length >= 2)
    t.ok(
      raised.every((e) => e.excludedPersonIds.includes(2) && e.assigneeId !== 2),
      'every matter keeps him away, and none is his'
    )
  }
)

t.test('WRONG after a complaint went to HR raises nothing and reaches no manager', async (t) => {
  const app = await build(t, { seed: true })
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'my sup keeps making comments about my body')), /HR/)
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'WRONG')), /no answer to mark wrong/)
  t.equal((await app.db.select().from(escalations)).length, 1, 'only the complaint')
  t.same(await textsTo(app, PEOPLE.manager), [], 'the manager it is about was texted nothing')
})

t.test(
  'a report put as a question is answered first and goes to the manager when the handbook does not say',
  async (t) => {
    const route = (
      intent: 'report' | 'question',
      label: 'operations' | 'policy_question' | 'other',
      intentScore = 0.87,
      text = 'freight came in w 6 sectionals torn up, do i refuse it or sign'
    ) =>
      routeMessage({
        text,
        classification: {
          label,
          score: 0.84,
          escalation: ESCALATION_BY_LABEL[label],
          classifier: 'local-model',
          sure: true
        },
        intent,
        intentScore,
        active: [],
        pleasantry: false
      })
    t.match(route('report', 'operations'), { kind: 'answer', orManager: true })
    t.match(
      route('report', 'operations', 0.58, 'a q hora depositan el cheque los viernes'),
      { kind: 'answer', orManager: false },
      'begun as a question, an intent model that barely leans to a report leaves it one'
    )
    t.match(
      route('report', 'operations', 0.54, 'im out of gloves, who do i ask'),
      { kind: 'answer', orManager: true },
      'news told first still reaches the manager when the handbook does not say'
    )
    t.match(
      route('report', 'operations', 0.88, 'el pago es cada viernes o cada 2 semanas'),
      { kind: 'answer', orManager: false },
      'a choice put to pick from is a question, with no mark'
    )
    t.match(
      route('report', 'other', 0.93, 'el break es de 10 o de 15 min? nadie me dice bien'),
      { kind: 'answer', orManager: false },
      'and with news after its mark'
    )
    t.match(
      route('report', 'operations', 0.88, 'marcus is in the cooler or in the freezer i cant find him'),
      { kind: 'escalate' },
      'news that names two places is told'
    )
    t.match(route('question', 'operations'), { kind: 'answer', orManager: false }, 'a question stays one')
    t.match(route('report', 'policy_question'), { kind: 'answer', orManager: false }, 'a rule asked stays one')
  }
)

t.test('a call-out told before a question reaches the manager, and the question is answered beside', async (t) => {
  const app = await build(t, { seed: true })
  const reply = replyText(
    await deliverSms(
      app,
      PEOPLE.alex,
      'wont make it in tomorrow, funeral out of town. is bereavement paid for an uncle or only immediate family?'
    )
  )!
  t.match(reply, /passed this to/)
  t.notMatch(reply, /Reply YES/)
  const [raised] = await app.db.select().from(escalations)
  t.equal(raised!.reason, 'attendance')
  t.ok((await textsTo(app, PEOPLE.manager)).length > 0, 'the manager is texted')
})

t.test('asking whether what one was told is allowed is a question, however chatty the rest', async (t) => {
  const app = await build(t, { seed: true })
  // The topic model reads it as chatter (0.95): the rule asked after stands.
  const reply = replyText(
    await deliverSms(
      app,
      PEOPLE.alex,
      'finished at midnight n my sup wants me back in at 7am, is that even allowed? wats the min gap'
    )
  )!
  t.notMatch(reply, /^Got it/, reply)
  t.match(await lastMode(app), /^(extractive|no_answer)$/)
  // Checking what one's own supervisor said: the handbook's answer, no report about him.
  const checked = replyText(
    await deliverSms(app, PEOPLE.jordan, 'my sup said the 401k match starts day 1, fr? sounds too good')
  )!
  t.notMatch(checked, /passed this to|^Got it/, checked)
  replyText(await deliverSms(app, PEOPLE.jordan, 'lol this week was wild, see yall monday'))
  t.equal(await lastMode(app), 'smalltalk', 'chatter with nothing asked stays chatter')
})

t.test('asking what to do is no chatter, however the topic model reads it', async (t) => {
  const app = await build(t, { seed: true })
  // The topic model reads it as chatter (0.81): it had been answered "Got it" and reached nobody.
  const reply = replyText(
    await deliverSms(app, PEOPLE.alex, 'texted my sup that im gonna be late and she never answered wat do i do')
  )!
  t.notMatch(reply, /^Got it/, reply)
  // An unsure report that speaks of "my sup" goes past her (escalation/subjects.ts): her manager hears it.
  t.match(reply, /passed this to/, 'a person hears it')
  replyText(await deliverSms(app, PEOPLE.jordan, 'how was everyones weekend lol'))
  t.equal(await lastMode(app), 'smalltalk', 'asking after the weekend stays chatter')
})

t.test('a complaint about "the hr lady" goes past HR, up the managers; asking for her does not', async (t) => {
  for (const [from, text] of [
    [PEOPLE.alex, 'the hr lady keeps making comments about my body and touching my shoulder'],
    [PEOPLE.sofia, 'la señora de recursos humanos me acosa y me manda mensajes de noche']
  ] as const) {
    const app = await build(t, { seed: true })
    const reply = replyText(await deliverSms(app, from, text))!
    t.notMatch(reply, /Dana/, text)
    const [raised] = await app.db.select().from(escalations)
    const [dana] = await app.db.select().from(people).where(eq(people.phone, PEOPLE.hr))
    t.ok(raised!.assigneeId && raised!.assigneeId !== dana!.id && raised!.excludedPersonIds.includes(dana!.id))
    t.same(await textsTo(app, PEOPLE.hr), [], 'nothing texted to HR')
  }
  const app = await build(t, { seed: true })
  t.match(replyText(await deliverSms(app, PEOPLE.alex, 'can the hr lady call me about my w2')), /Dana Whitfield/)
})
