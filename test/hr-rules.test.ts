// Each complaint rule's table: texts it must match, in English and Spanish, and texts that share its
// words and are no complaint about a person.
import t from 'tap'
import { holdsFor } from './fixtures/tables.ts'
import {
  customerAngerOnly,
  type HrCategory,
  happensToSender,
  matchHrConcern,
  toldAsGoingOn
} from '../app/text/hr-rules.ts'

const MUST: Record<HrCategory, string[]> = {
  harassment: [
    // Showing up at the sender's home (a red team's sixth round).
    'alex keeps showing up at my house on my days off',
    'y priya llego a mi casa anoche sin avisar, yo nunca le di mi direccion',
    'marcus showed up at my apartment',
    // Messages never asked for, or asked to stop (a red team's fifth round).
    'rivera keeps sending me messages at 2am, i never gave her my number',
    'jordan keeps calling me, i told him to stop',
    // A hand where it does not belong, walked in on while changing, something asked for a raise (a red team's
    // second round).
    'he put his hand on my thigh in the office when nobody was there',
    'me puso la mano en la pierna en la oficina cuando no había nadie',
    'she walked in on me changing in the back and didnt leave, just stood there smiling',
    'can a manager make you sit on his lap for a raise?',
    '¿puede mi jefa cambiarme el horario porque no quise salir con ella?',
    'dice priya que si no le doy mi número personal no me va a dar el aumento',
    // Filmed where people change (a red team's probe).
    'priya nos graba con su celular en el vestidor',
    'the new guy keeps filming us in the locker room with his phone',
    'found out the cook was taking pictures of us in the bathroom',
    'the new lead keeps standing way too close and staring at me',
    'my manager hugged me from behind again at the register',
    'the night sup keeps texting me asking me to come over after close',
    'el supervisor me abraza por detras cuando estoy en la bodega',
    'me toca y no me gusta',
    'jaja la encargada anda bien rara, me sigue al almacen cada vez que entro y se me queda viendo',
    'the new lead follows me to the cooler every time i go in there',
    'mi patron me toca a cada rato y ya le dije que no',
    'the cook keeps touching me and i told him to stop',
    'my lead touched my butt during the harassment training and laughed',
    'the guy in 412 keeps asking for me by name and answered the door in his underwear today',
    'the night driver keeps showing me videos on his phone that are not ok, you know what kind',
    'un huesped me encerro en el cuarto ayer y me quiso besar, pude salirme. no quiero volver a ese piso',
    'a guest tried to kiss me when i brought up his towels',
    'the night supervisor keeps asking the young girls to ride home with him alone',
    'the security guard keeps following me floor to floor at night asking for my number',
    'guest in 1220 was naked when i came in to clean and grabbed my arm',
    'who do i tell if my lead keeps rubbing up on me in the walk in',
    'el señor de la casa donde limpiamos me toca cuando su esposa no esta',
    'guest keeps calling me sweetheart and only wants me to bring room service alone',
    'a quien le digo si un companero me anda manoseando en el cuarto frio',
    'he keeps touching me',
    'my manager keeps texting me at night asking me out',
    'the cook keeps making sexual comments to the servers',
    'mi supervisor me acosa',
    'el gerente me dijo cosas sexuales otra vez',
    'the new driver keeps sending me nudes',
    'me enseña videos porno en su celular',
    'mi jefe me pidio salir y cuando dije que no me bajo las horas',
    'the forklift guy grabbed my behind in the cooler',
    'el ramon me toca cuando paso junto a el en la linea y se rie',
    'my lead keeps telling me to smile more, its creepy',
    'the line cook slapped my butt when i walked by',
    'the cashier lead calls me sweetheart and stares at my chest',
    'el cocinero me toca las nalgas cuando paso',
    'el del almacen me dice mamacita todos los dias',
    'idk if this is a big deal but the night lead always finds a reason to stand real close when its just me and her in the supply room'
  ],
  discrimination: [
    "sofia has been making fun of sam's accent in front of the whole crew, can someone talk to her",
    'la supervisora se burla de su acento enfrente de todos',
    'the grill lead calls all the filipinos the lumpia gang lol is that ok',
    'my manager sent me home and cut my hours right after i told her i was pregnant',
    'me quitaron horas desde que le dije a la gerente que estoy embarazada',
    'el mayordomo nos trata como animales a los de oaxaca',
    'my lead says my accent is too strong for the front counter and moved me to dish',
    'the sales guys call us the mexicans in the back and talk to us in fake broken english',
    'es legal q el jefe nos pague menos a los q no tenemos papeles?',
    'how do i report someone who keeps calling me the r word bc of how i talk',
    'somebody on hot end drew a noose on my locker',
    'jake keeps doing an impression of the guy in the wheelchair who comes in for coffee',
    'marisol at checkout mocked a kid with a speech problem',
    'Brenda keeps asking if i really need my wheelchair or if im just lazy',
    'racist comments in the break room',
    'my sup calls me slurs when nobody is around',
    'they passed me over because im pregnant',
    'my supervisor threatened to report me to immigration',
    'el sup nos trata peor a los latinos, eso es racismo',
    'un compañero me dice mojada',
    'no me dan turnos por mi edad',
    'my lead wont let me pray on my break',
    'the manager made fun of my hearing aid in front of everyone',
    'my supervisor joked about my hijab again today',
    'they refuse to give me a stool even tho im pregnant and my sup laughs about it',
    'they pay the women less than the guys for the same job',
    'la supervisora se burla de mi embarazo',
    'el jefe no me deja ir a rezar en mi descanso',
    'a las latinas nos pagan menos que a los gueros',
    'our lead hands the easy routes to the guys every week',
    'my sup says the older guys are useless and should just retire',
    'el gerente dice que los mayores ya no sirven y que se retiren',
    'ganamos menos los mexicanos por hacer el mismo trabajo que ellos'
  ],
  retaliation: [
    'my lead said if i keep reporting the broken lift he will put me on nights',
    'la supervisora dice que si sigo reportando los accidentes me va a cambiar de turno',
    'my sup told me if i take bereavement i shouldnt bother coming back',
    'the lady who approves our time off said if i take fmla she will make sure i have no job to come back to',
    'mi supervisora dijo que si pido la incapacidad me corren',
    'they cut my hours the week after i called osha',
    'right after i reported it to corporate i got moved to nights',
    "the foreman said if we go to the clinic for our hands we're fired",
    'my lead told me if i call in sick with covid ill be fired',
    'tengo calentura y el encargado dice que si falto me corre',
    'mi jefe me dijo q si reporto q me queme la mano me corren',
    'me dijo q me va a hacer la vida imposible si lo reporto',
    'sup says hes gonna cut my hours if i keep asking about my missing overtime',
    'my foreman said if i put in a comp claim he will get rid of me',
    'si reporto el accidente el encargado dice que me corren',
    'they cut my shifts after i complained',
    'my sup gives me the worst jobs since i reported my injury',
    'desde que reporte mi lesion me dan los peores trabajos',
    'me quitaron de la lista de horas extra porque me queje',
    'tengo miedo de reportar a mi sup porque se va a vengar',
    'la encargada me advirtio que si me quejo me quita los fines de semana',
    'we reported the gm for the tip thing and now he wont schedule us weekends',
    'reporte a la encargada con recursos humanos y ahora me da puros cierres'
  ],
  assault: [
    // Hit by someone on the staff, told afterwards (a red team's probe).
    'my shift lead hit me last week and nobody did anything',
    'el jefe de turno me pegó la semana pasada y nadie hizo nada',
    'boss threw a clipboard at my head today bc the truck was late. it missed but im done putting up with this',
    'my boss pushed me in the back office',
    'the supervisor shoved me',
    'el supervisor me empujo',
    'my lead punched me behind the dumpster',
    'el encargado me pego en la cara',
    'el mayordomo me dio un golpe en la espalda',
    // Going on, not only past.
    'Dana keeps grabbing me in the walk-in',
    'the night cook grabs me when nobody is looking',
    'my lead is always shoving me on the line'
  ],
  bullying: [
    // Called fat, or told a fat girl is not wanted (a red team's sixth round).
    'marcus said nobody wants to see a fat girl at the register so now im in the back',
    'he keeps calling me fat in front of everyone',
    'mi jefe me dice gorda enfrente de todos',
    // Screamed at in the face, a fist slammed down; how someone talks to the sender, not borne (a red team's probes).
    'marcus slammed his fist on the counter and screamed in my face in front of customers',
    'no voy a ir mañana, no aguanto como me habla priya',
    'i cant stand how she talks to me anymore',
    'my lead keeps calling me names in front of everyone',
    'filed a comp claim for my wrist and now the night lead tells everyone im a faker',
    'the night lead screams at ppl all shift and chucked a box at my feet',
    'el lunes un cliente me saco la navaja en el estacionamiento y me dijo que ya sabia donde vivo',
    'guy from shipping said hes gonna handle me in the lot after our shift',
    'says one of these days hes gonna wait for me outside',
    'tyler said hes gonna kill me in the parking lot after shift and he wasnt joking',
    'he told me hes going to kill me after work',
    'el de la linea 3 me dijo que me va a esperar a la salida',
    'keeps joking hes going to bring a gun to work',
    'one of the nurses tells me go back to the philippines every time i ask for help',
    // Those in one's care handled roughly or insulted.
    'the aide yanked the resident out of bed',
    'la cuidadora jalo a doña Rosa del brazo bien brusco para levantarla',
    'escuche a la enfermera gritarle a un residente callate ya viejo',
    'is it normal for my lead to scream at us and throw pans when the trucks are late',
    'my lead keeps bullying me',
    'coworker keeps spreading rumors about me',
    'andan diciendo rumores de mi y la supervisora no hace nada',
    'mi supervisor me grita y me humilla enfrente de todos',
    'un compañero anda contando chismes de mi',
    'my sup plays favorites with the overtime',
    'el encargado le da los mejores turnos a sus amigos',
    // Pictures nobody asked for.
    'Kyle from receiving sent me pics i did not ask for on snapchat',
    'alguien me dejo una nota en el locker que me regrese a mi pais',
    // Rumours, scaring messages, waiting outside.
    'Dana keeps telling people I got my shift by sleeping with the manager',
    'jess keeps telling the other cashiers im the one taking from the drawer, its a lie',
    'el de la linea 3 me anda mandando mensajes feos y me espera afuera cuando salgo',
    // Insults thrown at a coworker or a resident.
    'la cocinera le grita a la senora del cuarto 9 que es una vieja inutil',
    'my lead calls the new guy stupid in front of everyone',
    // Threats, said or left, in both languages.
    "the dishwasher said he'd catch me in the parking lot after close",
    'found a note on my car saying keep talking or else',
    'my lead says he knows where i live',
    'el de carga me dijo que me iba a partir la madre saliendo',
    'el mecanico me amenazo porque le conte al manager'
  ],
  misconduct: [
    // Someone's medical matters shown to the crew; a colleague drunk or high at work (a red team's probes).
    'my manager posted my doctors note in the break room for everyone to see',
    'my sup told the whole crew about my pregnancy before i was ready',
    'la encargada les conto a todos mi diagnostico',
    'marcus comes in drunk on weekends and drives the forklift',
    'our lead is always high on shift and nobody says anything',
    'el mayordomo llega tomado casi todos los dias',
    'he comes in high every monday',
    'priya marca la entrada de su sobrino y el llega hasta las 10',
    'my lead clocks in her boyfriend every morning before he even gets here',
    // Pay missing, raised and waved away.
    'paycheck was short my sunday hours and when i told my sup he said deal with it',
    'my tips were missing from the last 2 checks, talked to the gm and she said thats just the way it is',
    'overtime not there again, i went to the office and they told me too bad',
    'me faltaron las horas extras y cuando le reclame a la jefa me dijo que asi es',
    'nos pagaron menos esta semana y cuando le preguntamos al mayordomo dijo que no es su problema',
    // Told to do what is wrong and hide it (a red team's probes).
    'the charge nurse said skip the 2am checks on the dementia hall tonight, nobody will know',
    'my manager wants the chicken that sat out all night served anyway, just relabel it',
    'my boss wants the forklift with no brakes used today anyway',
    'el supervisor dijo que le cambiemos las etiquetas a la carne vencida',
    'la encargada quiere que sirvamos el pollo asi aunque estuvo afuera toda la noche, nadie se va a dar cuenta',
    // 911 forbidden by whoever sets the rules.
    "my manager said if anyone gets burned we're not supposed to call 911, we drive them ourselves",
    'el gerente nos dijo que si alguien se corta no llamemos al 911, que lo llevemos nosotros en carro',
    'the gm told us we cant call the ambulance for falls anymore, we just sit them up and write it down',
    'la jefa dice que no hablemos a la ambulancia si alguien se desmaya, que lo sentemos y ya',
    // Overtime, breaks or tips a boss does not pay or give, put as a question (the red team's blind set).
    'is it ok that my sup never pays me for the extra hours?',
    'is it legal for my manager to not give us breaks on a 10 hr shift?',
    'es normal q el encargado no nos pague el tiempo extra?',
    'la supervisora no nos deja tomar descansos cuando hay mucho trabajo',
    'our sup only lets the guys he likes take their full lunch',
    'el encargado solo les da horas extra a sus favoritos',
    // A threat told with its condition first.
    'boss wants me doing the 2 person lift by myself again or he says hell write me up, my back is already messed up',
    'sup wants us to skip the lockout or else he said we will get written up',
    'boss told me to go back in the freezer w the broken door latch by myself or hed write me up',
    'is it normal my check didnt have any of the 12 hrs i worked on the holiday? asked twice and they keep saying next check',
    'me dijeron que si no firmo para quedarme las horas extra sin pago me cortan los turnos, eso se puede??',
    'el encargado dice que si no vengo el domingo me van a correr',
    'we get clocked out at 11 but were there till 11:30 mopping, nobody pays us for that',
    'my time card shows i clocked out at 4 but i stayed till 7 closing, somebody went in and edited it',
    "sup keeps sending us in the trench without the box, says we're wasting time. someones gonna get killed",
    'my last 2 checks are short like 11 hrs each, payroll keeps saying next check. thats rent money',
    'my check was short again like 6 hrs, last weeks overtime isnt there. this is the third time',
    'me faltan como 11 horas en el cheque otra vez, ya van 3 veces y nomas dicen que lo van a arreglar',
    'nos estan descontando la media hora de lunch del cheque aunque no nos dejan tomarla',
    'our sup said no water breaks until lunch even in this heat',
    'el mayordomo dice que no hay agua hasta la comida aunque hace 100 grados',
    'the owner still hasnt paid my overtime from march',
    'the owner still hasnt paid us for last month',
    'el dueno no nos ha pagado la quincena',
    'reporting my route supervisor, hes taking $50 out of our pay for every late package',
    'nos descuentan 30 min de comida pero nunca nos dejan comer, el cheque siempre sale con menos horas',
    'la encargada se quedo con las propinas del domingo',
    'no nos dejan ir al bano hasta q acabe la linea',
    'they got us working through lunch and still deduct the half hour from our checks',
    'the person who approves my timesheet keeps clocking me out at 10 when i work till 11',
    'they make us suit up and sharpen knives before we clock in, its never paid',
    'no nos dejan ir al bano en la linea',
    'nos hacen trabajar en el campo sin darnos agua ni descanso',
    'they dock 30 min off our pay for lunch but we never get to take a lunch',
    'foreman sent us up the scaffold without harnesses again',
    'manager told us we cant talk about our pay or we get written up',
    'nos dijeron q no podemos hablar de lo que ganamos',
    'my sup tells us no lunch on inventory days and its been like that for weeks',
    'nos quitan la media hora de comida y no nos dejan comer',
    'el encargado nos obliga a cortar la rama sin casco',
    'the tip jar never gets split, our manager just keeps it all, the tips i mean, he keeps the tips',
    'el encargado se queda con las propinas del frasco',
    'our lead makes us take off the guards on the saw so we go faster',
    'el mayordomo nos obliga a trabajar sin arnes en el techo',
    'hurt my back lifting a guest last week and my lead told me not to write it up or id lose hours',
    'the foreman told us never to fill out the injury form',
    'is my sup allowed to make us clock out at 10 and then stay to mop',
    'our manager only pays us for 8 hours but we work like 10',
    'el encargado nomas nos paga 8 horas aunque trabajamos 10',
    'is it legal for my sup to change my hours after i clock out? my check is short again',
    'is it legal for my sup to take a half hour off our pay for lunch when we didnt get lunch',
    'got hurt on the baler last week and my supervisor said dont report it or we lose the safety bonus',
    'me corte y el supervisor me dijo q no dijera nada o me corren',
    'is it legal for my manager to take a cut of the tip jar at the coffee kiosk??',
    'is it legal for my sup to change my hours on the timesheet after i clock out?',
    'is it legal for my lead to make us stay after clocking out to clean?',
    'is it legal for my manager to take money out of the tip jar for himself?',
    'the gm told me not to report my burn',
    'my manager makes us work off the clock',
    'me dijeron que no reporte el accidente',
    'quiero poner una queja contra mi supervisor',
    // Clocked out and kept at work: unpaid work a supervisor demands.
    'the lead has us clock out and keep stacking chairs',
    'el encargado nos hace checar salida y seguir limpiando',
    // The boss taking money from the crew's pay for his own reasons.
    "why does my manager get to take 'breakage' out of our checks every time something falls",
    'el mayordomo nos cobra 10 dolares por el raite cada dia'
  ]
}

const MUST_NOT = [
  'my manager drove by my house to drop off my check',
  'she said the fat fryer is broken',
  'the customer said the fries were fat and soggy',
  'he keeps texting me at night about covering his shift',
  'my mom keeps calling me at night about dinner',
  'he works high up on the scaffold, is a harness required',
  'can i put my hand sanitizer on the shelf by the register',
  'my manager walked in on us eating in the cooler and told us to go to the break room',
  'can i get a raise after 6 months',
  'i need to give her my cell for the schedule app',
  'le pase mi numero a la encargada para que me mande el horario',
  // A doctor's note handed in, a customer drunk, a camera asked about.
  'where do i turn in my doctors note',
  'i forgot to clock in for my shift, can my lead fix it',
  'a customer came in drunk and is yelling at the register',
  'un cliente viene borracho y no se quiere ir',
  'is it ok to post the schedule in the break room',
  // Pay missing and raised, with an answer that deals with it.
  'my check was short 3 hrs, i asked payroll and they said it will be on the next one',
  'paycheck missing my overtime, i told my manager and she said she would fix it monday',
  'me faltaron 2 horas y le dije al encargado, dijo que me las pone en el siguiente cheque',
  'me sigue doliendo la mano desde ayer',
  'la encargada me sigue mandando el horario tarde',
  // What a customer asks for, a boss's ordinary say-so.
  'the guest said to ship it anyway even tho its late',
  'customer said just give it to him anyway, he doesnt care its cold',
  'my manager said we can use the old labels till the new ones come',
  'boss wants the truck loaded anyway even tho its raining',
  'el jefe dijo que pongamos las etiquetas nuevas en los estantes',
  // Hit up, and a cold passed on.
  'my sup hit me up about covering sat',
  'mi compañero me pego la gripa',
  // Pay and breaks asked about, not withheld.
  'does my manager pay us for overtime or does payroll',
  'my boss doesnt pay me enough lol',
  'what are your favorite shifts to work',
  'please dont stand too close to the fryer when its on',
  'my manager keeps texting me at night about covering shifts',
  // A turn, not a touch.
  'me toca cerrar y no me gusta',
  'me toca el turno de noche y no me gusta, se puede cambiar?',
  // "Kill me" as a boss's idiom: for being late, or laughed at.
  'my sup said hes gonna kill me if im late again',
  'boss said hes gonna kill me lol',
  'can someone grab me a box cutter from the back',
  'hes grabbing me a coffee, be back in 5',
  // Harassment as the name of a course or a policy.
  'that harassment training video we gotta watch, do we do it on our own time or is it paid',
  'when is the anti-harassment class, is it mandatory',
  'el video de capacitacion sobre acoso es pagado?',
  // The sender's own rule of thumb, no one threatening.
  'gotta be there by 6 or ill get written up lol',
  'do i have to wear the hat or will i get written up',
  'si no llego a tiempo me corren jaja, a que hora abren',
  'if i dont clock in on time will they write me up or just warn me',
  'guest came to the door in a towel and asked for soap, is that normal',
  'a guest answered the door in a robe and asked for more towels, do we charge for extra towels',
  'my sup calls the mexicans over to help unload when the truck comes',
  'my lead tells everyone i did a good job on inventory, do i get a raise for that',
  'i told everyone i was a cook before i started here',
  'i told my sup im pregnant, when do i put in for maternity leave',
  'if i keep the van overnight do i have to log the miles',
  'i got clocked out early and went home sick',
  'if i take fmla do i still have a job when i come back?',
  'el supervisor me enseno la navaja nueva para cortar cajas, esta bien filosa',
  'my timecard says i left at 9 but i was there till 11, can someone change it',
  'my hours say 30 but i worked 34, i think i forgot to punch, can you fix it',
  'were my last 2 checks short because of the holiday',
  'my check was short 6 hrs can u look',
  'is my check short if i took a day off again',
  "my sup said he'd handle my schedule change",
  'manager said shell deal with me tomorrow about the time off',
  'my manager hasnt paid me back for the gas yet',
  'the kid threw a ball at the window',
  'how do i report an injury to my supervisor',
  'my supervisor is taking the day off friday',
  'a que hora me toca cuando cierre el viernes',
  'me toca cuando pasa el camion de la basura?',
  'donde comemos si el comedor esta cerrado por pintura',
  'do we get paid if we work through lunch',
  'can i use the bathroom during the line change',
  'i forgot to clock out at 10, i worked till 11',
  'are we allowed to talk about our pay with coworkers',
  'can i go up the ladder without a harness if its short',
  'the horse kicked me in the leg at the barn, its just bruised',
  "a resident's dog bit me, not bad",
  'can i take my lunch break late today',
  'how do tips get split on doubles',
  'do we have to wear gloves on the slicer',
  'can i take off my hard hat in the break room',
  'my sup said if i call out again ill be written up',
  'if i call out sick will i be written up',
  'un cliente me grito groserias porque no le vendi mas, ya se fue',
  'walk in temp is creeping up, can someone check the compressor',
  'el piso del bano esta todo mojado y no hay letrero',
  'se me mojaron los zapatos con la manguera',
  'the new schedule pays overtime after 8 hours a day',
  'homeowner on oak st says the fence is on her neighbors side, shes out here yelling at us',
  'can i take the day off friday',
  'me toca trabajar el sabado',
  'can you change my hours next week',
  'can i push the patient in the wheelchair to the dining room',
  'como empujo la silla del paciente',
  'un señor se cayo y grito, el paciente esta bien',
  'my sup is calling me right now',
  'deaf customers get a card at the counter',
  'is there a discount for blind customers',
  // A guest known by a room or table number, yelling: the manager's.
  'lady in 412 is yelling at me about the charges on her card, she wants a manager',
  'where does the tip jar money go at the end of the night',
  'if i file my hours late will i still get paid friday',
  'do i clock out and keep my badge on me for lunch',
  'hoy no voy, me pego la gripa',
  'se me pego el chicle al uniforme',
  'puedo checar salida y seguir en el estacionamiento esperando el raite?',
  'how do i request time off',
  'my daycare closes at 5 so i cant stay for the close',
  'la guarderia cierra temprano y no puedo quedarme al cierre',
  'can you touch base with me about my schedule',
  'the machine is yelling an error code',
  'i reported my hours wrong on my timesheet',
  'gracias por la ayuda',
  'la maquina se trabo otra vez',
  'i need to talk to my manager about my schedule',
  'my sup said he will get me the schedule tonight',
  "text me back or else i'll just call the office",
  'watch your step on the ramp, its wet',
  'el camion me va a dejar en la esquina',
  'le grite a la senora del 14 que ya estaba su comida',
  'she told them the fryer is useless until the tech comes',
  'do they take taxes out of my check for the bonus',
  'el mayordomo nos recoge a las 6 en la esquina',
  'my ride waits for me outside the back door',
  'told everyone i would be late',
  // A customer yelling at staff is the manager's to handle.
  'a guest is yelling at me bc the room isnt ready and wants the manager',
  'customer at table 6 keeps cussing at us about the wait',
  'la senora del cuarto 12 me grita porque no le he traido toallas',
  'guest in 412 was yelling at me about his bill for like 20 min and calling me names. he checked out and left, all good now',
  'can you stand closer to the register when its just you and the new guy on shift'
]

t.test(
  "a customer's yelling is no complaint about a colleague; a colleague's or a customer's touching is",
  async (t) => {
    for (const text of ['my sup keeps yelling at me in front of everyone', 'el encargado me grita todo el dia'])
      t.equal(matchHrConcern(text), 'bullying', text)
    t.equal(matchHrConcern('a customer keeps touching me when i bring the food'), 'harassment')
  }
)

for (const [category, texts] of Object.entries(MUST)) {
  t.test(`${category}: must match`, async (t) => {
    for (const text of texts) t.equal(matchHrConcern(text), category, text)
  })
}

t.test('everyday texts: must not match', async (t) => {
  for (const text of MUST_NOT) t.equal(matchHrConcern(text), null, text)
})

t.test('pay tampering and unequal treatment by group', async (t) => {
  for (const text of [
    'someone keeps changing my punches so i get paid less',
    'the shift lead is pocketing part of our tip pool',
    'alguien me esta cambiando las checadas',
    'el encargado se queda con parte de las propinas'
  ])
    t.equal(matchHrConcern(text), 'misconduct', text)
  for (const text of [
    'only the men get trained on the forklift',
    'we get yelled at for speaking spanish on break',
    'a las mujeres nos ponen a limpiar',
    'the lead calls the black guys boy every day',
    'el supervisor les dice burros a los mexicanos',
    'nos tratan diferente por hablar español'
  ])
    t.equal(matchHrConcern(text), 'discrimination', text)
  for (const text of ['my check is missing 4 hours', 'how do tips get split', 'can i change my hours to mornings'])
    t.equal(matchHrConcern(text), null, text)
})

t.test('a complaint happening to the sender, however put; not one asked as what-if', async (t) => {
  holdsFor(
    t,
    happensToSender,
    [
      'is it allowed for my sup to make me clock out and then finish cleaning the line?',
      'mi jefe nos quita de las propinas para pagar los platos quebrados, eso se puede?',
      // Asking where to take it while telling it goes on.
      'who do i tell if my lead keeps touching me',
      'a quien le digo si el de la linea me sigue mandando mensajes cochinos',
      // A threat told is no what-if.
      'sup says hes gonna cut my hours if i keep asking about my missing overtime. can he',
      'me dijeron q si me quejo de las propinas me van a quitar turnos, pueden hacer eso?',
      // What the handbook says, asked of something that goes on.
      'what does the handbook say about harassment, my lead keeps touching me',
      // Asking for anonymity while telling it goes on.
      'can i report my sup anonymously, he keeps grabbing me'
    ],
    [
      'will i get in trouble if i complain about my boss',
      'what do i do if my sup harasses me',
      'what are we supposed to do if a guest threatens us',
      'who do i report harassment to',
      // Asking the rule for it: "the policy if", "q hago si" as texted.
      'whats the policy if a guest grabs me',
      'what is the rule when a customer says something nasty to me',
      'q hago si un cliente me acosa',
      'who do i tell if someone touches me',
      'si me quejo me pueden correr?',
      'a quien le digo si alguien me acosa',
      // Asking the process for it, whoever it is for.
      'whats the process for reporting harassment? need it for our new hire packet',
      'whats the actual process for filing a complaint here? just reading our new hire packet',
      'cual es el proceso para reportar acoso? es para la capacitacion de mi equipo',
      // Asking what the handbook says of it.
      'what does the handbook say about harassment? our lead told us to read it before friday',
      'que dice el manual sobre la discriminacion? nos pidieron leerlo para el curso',
      // Asking whether it can be reported without one's name.
      'can i report harassment without giving my name',
      'puedo reportar acoso sin dar mi nombre?',
      // Asked in general ("how do you report"), or for if it ever happens.
      'how do you report harassment if it ever happens, is there a hotline or do i have to go thru my manager first',
      'who do employees report harassment to, our handbook is old',
      'si alguna vez me pasa algo de acoso con quien voy?',
      // Asked of anyone ("if you", "si reportas").
      'es verdad q si reportas acoso te pueden correr? mi amiga dice q en su trabajo paso eso, aqui cual es la regla',
      'can they fire you if you report harassment? asking for my cousin'
    ]
  )
})

t.test(
  "a customer's anger at the sender, no colleague named, is the manager's; naming one keeps HR in it",
  async (t) => {
    holdsFor(
      t,
      customerAngerOnly,
      [
        'client at the garcia house yelled at me and said not to come back, do i go to my next visit',
        'a guest in room 210 swore at me for knocking, can someone else do that room',
        'el cliente me grito porque se tardo su orden',
        // A client's family is the public too.
        "mr. lopez's daughter called screaming at me that i was late, my schedule says 10am",
        // The anger told after what set it off.
        'customer on 5th street says his order came wrong and cold and now hes yelling at me for a refund, what do i do',
        'guest in 214 says somebody moved her bags while i was cleaning the bathroom and now shes yelling at me in the hallway',
        'a kid on my route missed his stop again and his mom called the depot screaming at me',
        'un cliente se puso bien grosero en la caja porque no pasaba su cupon',
        'customer in the lobby is screaming at everyone because the wait is long',
        // A fit thrown, corporate threatened.
        'customer threw a fit at register 4 bc we wouldnt take his expired coupon. hes gone now but said hes calling corporate on me'
      ],
      [
        'customer yelled at me and my manager laughed and said deal with it',
        "my supervisor's son keeps screaming at me when he comes in",
        'my lead yelled at me in front of the customers',
        'the guest yelled at me and then grabbed my arm, my sup saw it',
        'customer complained about the wait and then my manager started yelling at me in front of everyone'
      ]
    )
  }
)

t.test(
  'a member of the public at the counter or the drive-thru yelling is the manager’s; a colleague named is not',
  async (t) => {
    holdsFor(
      t,
      customerAngerOnly,
      [
        'lady came in screaming at me bc her coupon wouldnt scan, says shes calling corporate',
        'guy at the drive thru has been yelling at us for 10 min about his fries',
        'la señora de la caja me grito porque no pasaba su tarjeta'
      ],
      [
        'guy at the counter screaming at me and my manager just laughed',
        'lady at the front desk yelled at me and then my lead yelled at me too'
      ]
    )
  }
)

t.test('immigration status used against the sender is HR’s; an appointment at immigration is not', async (t) => {
  holdsFor(
    t,
    (text) => matchHrConcern(text) === 'discrimination',
    [
      'tasha keeps telling the families im illegal so they ask for another aide',
      'my lead said hes gonna call ICE on me if i complain',
      'mi lead dice q va a llamar a migracion si me quejo',
      'el mayordomo nos amenaza con la migra',
      // Called "the illegal", however it is quoted, even asked how to report it.
      "quick q, if someone on my unit keeps calling me 'the illegal' is there a way to report it without my name on it"
    ],
    [
      'no voy a poder entrar el lunes, tengo cita en migracion pa mis papeles',
      'i have my immigration appointment friday, can i switch shifts',
      'where do i bring my work permit renewal'
    ]
  )
})

t.test('a premium or overtime missing check after check is a wage complaint; once, or asked, is not', async (t) => {
  holdsFor(
    t,
    (text) => matchHrConcern(text) !== null,
    [
      '3rd week in a row no night premium on my check, payroll keeps saying next cycle',
      'two checks in a row my overtime is missing and nobody fixes it',
      "chef keeps 'forgetting' to put my OT on the sheet, 3 weeks in a row now",
      '3rd time this month my sat OT isnt on my stub. lead says take it up w payroll, payroll says ask the lead'
    ],
    [
      'my check was short this week, missing 4 hrs',
      'i forgot to put my OT on the sheet 2 weeks in a row, can i still get paid',
      'is there a night shift premium if i work 3 weeks in a row',
      'do we get ot if we work 6 days in a row'
    ]
  )
})

t.test('a boss’s order with discipline threatened for refusing; reporting one’s own boss', async (t) => {
  holdsFor(
    t,
    (text) => matchHrConcern(text) !== null,
    [
      'my supervisor makes me take out a bus with a busted mirror and says ill get written up if i refuse',
      'el super dice q me van a correr si no lo hago sin el arnes',
      'need to report something about my own gm and cant go thru him',
      'la dueña me descuenta 20 dolares cada semana por materiales y a las demas no'
    ],
    [
      'can i get written up if i refuse overtime',
      'how do i report a broken mirror on my bus',
      'my gm said ill get the schedule friday if i ask nicely'
    ]
  )
})

t.test('asked about a pregnancy by a boss; a threat in quotes; "dont tell" only from a boss', async (t) => {
  holdsFor(
    t,
    (text) => matchHrConcern(text) !== null,
    [
      'my store manager asked me if im planning on getting pregnant when i asked about going full time',
      'el gerente me pregunto si pienso tener hijos antes de darme el puesto',
      "travis said hes gonna 'handle' me in the parking lot after payday",
      'my sup said dont tell anyone i got hurt or we lose the bonus'
    ],
    [
      'can you ask if we are having pizza friday',
      'hector passed out from the heat yesterday but was fine after. he said dont tell anyone but u should know'
    ]
  )
})

t.test('time taken off the card by a boss; told to speak English or leave', async (t) => {
  holdsFor(
    t,
    (text) => matchHrConcern(text) !== null,
    [
      'my sup keeps taking 20 min off my time card every friday',
      'el encargado me quita 30 minutos de mi tarjeta cada semana',
      'the cook lead screams at the dishwashers who speak spanish',
      'she told us to talk english or go home',
      'la supervisora nos dijo que hablemos puro ingles o nos vamos'
    ],
    [
      'the time clock took 15 min off my lunch, can you fix it',
      'do i need to speak english for the front counter job',
      'are there english classes for workers who speak spanish'
    ]
  )
})

t.test('pay short for a whole crew is a wage complaint; one slip of one’s own, or asked, is not', async (t) => {
  holdsFor(
    t,
    (text) => matchHrConcern(text) !== null,
    [
      'our checks are missing the snow day hours, about 10 each for the whole crew, 3rd time this year',
      'nos estan pagando menos de lo que dice el talon y a varios del almacen nos paso igual',
      'el sabado no les pagaron el bono de fin de semana a ninguno de la cuadrilla',
      'trabajamos 12 horas el domingo y en el cheque salen 9, a todo el turno igual',
      // Again and again, in Spanish as texted.
      'no me pagaron las horas extras de la semana pasada y ya van 2 veces, trabaje 52 hrs y me pagaron 40',
      'me pagaron menos otra vez, faltan como 2 dias en el cheque, ya van 2 quincenas asi',
      'no me han pagado el overtime de 3 semanas, trabaje los sabados y en el cheque no sale nada'
    ],
    [
      'my check is missing my overtime from last week',
      'is the whole crew getting paid for the storm weekend',
      'my check was short 2 hrs, can u fix it',
      'no me pagaron el bono, me lo pueden revisar?',
      'trabajamos 10 horas el sabado, se pagan como extras?',
      'no me pagaron las horas extras de la semana pasada, trabaje 52 hrs',
      'me pagaron menos esta semana, me lo pueden revisar?'
    ]
  )
})

t.test('turning the crew against the sender is bullying; asking the crew oneself is not', async (t) => {
  holdsFor(
    t,
    (text) => matchHrConcern(text) === 'bullying',
    [
      'marcy keeps telling the other cooks not to help me bc im new',
      'la encargada les dice a las demas que no me ayuden'
    ],
    [
      'can you tell the others not to help me move, i got it',
      'i told the others not to help me with the pallets since i need the practice'
    ]
  )
})

t.test('a colleague doing it again and again is told; asking what to do if it happens is not', async (t) => {
  holdsFor(
    t,
    toldAsGoingOn,
    [
      'is the lead allowed to grab your waist to show you how to fold? he does it a lot',
      'is it ok that my sup texts me at 2am every night',
      'es normal que el jefe siempre nos grite?'
    ],
    [
      'what if a coworker keeps making jokes about my accent',
      'q hago si el encargado siempre me grita',
      'is it still harassment if it happened once',
      'do we always get paid on friday'
    ]
  )
})
