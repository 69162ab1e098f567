// Each danger rule's table: texts it must match (in both languages, as crews type them) and texts
// that share its words and must not page anyone.
import t from 'tap'
import { type DangerCategory, matchDanger } from '../app/text/safety-rules.ts'

const MUST: Record<DangerCategory, string[]> = {
  weapon: [
    'someone shot at us in the parking lot',
    'the guard got shot out front',
    'guy w a knife in the waiting room we r hiding',
    'customer w/ a gun at register 2',
    'guy at the counter says he has a gun and hes coming back',
    'someone just fired shots in the parking lot',
    'he said hes gonna shoot up the place',
    'man with a knife in the lobby',
    'customer threatened to kill my coworker',
    'un cliente saco una pistola en la caja',
    'alguien disparo en el estacionamiento',
    'un tipo con cuchillo amenazando a la cajera',
    'amenazo con matarnos un cliente borracho',
    "we're being robbed",
    'nos estan asaltando',
    'un señor con un machete en la entrada del hotel',
    'some guy is swinging a bat at the cashier',
    'a visitor threw a chair at the nurse'
  ],
  injury: [
    'a driver is getting jumped out back by the dumpsters',
    'two guys are jumping some kid by the loading dock',
    'a customer got beat up outside the front door',
    'le estan pegando a un señor afuera en el estacionamiento',
    'estan golpeando a un compa en la entrada de la bodega',
    'I cut my hand on the slicer',
    'sliced my finger open on the mandoline',
    'SOMEONE IS BLEEDING',
    'burned my arm on the fryer really bad',
    'my sup fell off the ladder',
    'forklift hit a guy in receiving',
    'a customer punched my coworker',
    'me corte el dedo con la rebanadora',
    'me corté la mano',
    'mi compañero se cayo y esta sangrando',
    'se quemo la mano con aceite caliente',
    'el montacargas atropello a un compañero',
    'a pallet fell on my foot',
    'i think i broke my finger',
    'fight broke out in the break room',
    'maria fell off the scaffold, she cant move her legs',
    'fell from the loading dock and cant feel his arm',
    'se cayo del andamio el compa y no puede mover la pierna',
    // Round 4, by kind: run over, rolled on, kicked, a blow to the head, a fall however put, a limb taken, skin gone.
    'skid steer backed over dwaynes leg',
    'the horse kicked the groom and hes on the ground',
    'el caballo le dio una patada a mi compa en el pecho',
    'a bucket fell from the crane and hit the laborer on the head',
    'the sod roller flipped over on top of him',
    'se le cayo la tarima encima a un compa',
    'he dropped about 20 feet off the lift',
    'dayshift guy is punching the new kid in the lot',
    'mi compañero se cayo desde la azotea',
    'the grinder went into his thigh',
    'le mocho dos dedos la prensa',
    'skin is peeling off his hands from the steam',
    'somebody is under the van, the jack stand slipped'
  ],
  medical: [
    'tony just dropped by the racks not moving',
    'idk if shes breathing come quick',
    'he stopped breathing',
    'mi abuelita se tomo la medicina de su compañera y no despierta',
    'el residente no reacciona, ayuda',
    'my coworker passed out in the freezer',
    'he cant breathe',
    'client is choking in the dining room',
    'kid in the store is having a seizure',
    'she is not responding',
    'mi compa no puede respirar',
    'se desmayo una compañera en la linea 3',
    'la compañera esta inconsciente en el baño',
    'my chest hurts really bad',
    // Round 4, by kind: swelling, seizures, heat stroke, drowning, a wandering resident.
    'her tongue is swelling after the shrimp',
    'a la señora se le esta hinchando la garganta',
    'one of the pickers is seizing by dock 5',
    'lifeguard says a kid is drowning in the lazy river',
    'a nuestro jardinero le dio golpe de calor',
    'the guy on the mower stopped sweating and is confused',
    'cant find the resident from room 12, he has dementia'
  ],
  chemical: [
    'huele muchisimo a gas cerca de la plancha',
    'salio vapor del tanque de quimicos y dos estan tosiendo',
    'ammonia leak on the dock and people are coughing',
    'smells really strongly like gas in the back',
    'caustic got in my eyes i cant see',
    'smells like gas in the back and my eyes are burning',
    'degreaser splashed in his eyes',
    'chemical splashed on my face',
    'ammonia leak in the engine room',
    'huele a gas en la cocina',
    'le cayo cloro en los ojos y no puede ver',
    'me arden los ojos por el quimico',
    "there's a big chemical spill in the stockroom",
    'rociaron algo y no podemos dejar de toser',
    // Round 4, by kind: fumes that make people sick, mixed cleaners, rotten eggs.
    'someone mixed bleach and ammonia in the mop bucket',
    'smells like rotten eggs by the furnace',
    'los del cloro estan vomitando'
  ],
  entrapment: [
    'rack collapsed in aisle 12 and someone was behind it',
    'his arm is caught in the conveyor',
    'coworker is pinned under the forklift',
    'car came off lift 2 and tony is under it',
    'someone is stuck in the baler',
    'se cayo el rack y quedo abajo un compa',
    'a jose se le atoro la mano en la maquina',
    'quedo atrapado un compañero en el congelador',
    'se derrumbo la estanteria encima de un trabajador',
    'the dough mixer caught my hand',
    'marco got locked in the walk-in and the inside handle is broken',
    'someone is stuck inside the blast freezer, we cant open it',
    'cant get out of the trailer the door shut on me',
    'se quedo encerrada la muchacha en el cuarto frio',
    'la puerta de la camara no se abre por dentro y hay alguien adentro',
    'no puede salir del congelador, ayuda',
    'the trench caved in on tony',
    'luis is buried under the dirt pile',
    'se cayo un muro y hay gente abajo',
    // Round 4, by kind: the ground giving way.
    'the trench bank gave way on the pipe crew'
  ],
  fire: [
    'fire in the fryer, no one hurt yet help',
    'se quemo la freidora, no hay heridos pero hay mucho humo',
    "there's a fire in the back",
    'theres smoke in the back',
    'smoke is filling up the dish room',
    'grease fire on the line',
    'electrical panel sparking',
    'spilled hot oil all over the floor',
    'water leaking onto the electrical panel',
    'hay un incendio en la bodega',
    'sale humo de la freidora',
    'se prendio la campana hay fuego',
    // Round 4, by kind: smoke filling a room, a building smoking, shocks and fallen lines.
    'the hay shed is smoking and the wind is picking up',
    'le dio la corriente al muchacho de mantenimiento',
    'power line is down across the van',
    'the lobby is filling with smoke'
  ],
  emergency: [
    'call 911',
    'we need an ambulance',
    'necesitamos una ambulancia',
    // A child or resident missing now.
    'a little girl is missing from the splash pad',
    'se perdio un niño en la feria',
    '3 year old wandered away from the waiting room'
  ]
}

const MUST_NOT = [
  // Texting's "shoot me": send me.
  'can you shoot me the schedule',
  'shoot me a pic of the board',
  'shoot me ur address',
  'got my flu shot today',
  // Past injuries told for their paperwork.
  'burned my arm on the grill tuesday, its healing but my sup said i need to fill out a form',
  'cut my thumb on the slicer last week, its fine now but nobody did a report',
  'me queme la mano el lunes, ya estoy bien pero tengo que llenar el reporte',
  'the line is not moving again',
  'traffic is not moving im gonna be late',
  'gas card isnt working at the pump',
  'what if someone falls off the roof, who do we call',
  'i fell from the ladder in june, can i still file comp?',
  'can i move my shift to friday',
  // Questions about a rule, a bill, a training or what to do "if".
  "what's the rule for cut gloves",
  'do we have to wear cut gloves on the slicer',
  'who pays the urgent-care bill from my injury last week',
  'who pays the urgent care bill from my burn last week',
  'can reporting an injury get me disciplined',
  'how do i report an injury',
  'what do i do if someone passes out',
  'where do we meet if the fire alarm goes off',
  'what should i do in a fire',
  'what do i do if chemical gets in my eyes',
  'is the fire drill today',
  'when is fire training',
  'whats the policy on knives in lockers',
  '¿cuánto pagan la hora?',
  '¿cuándo es la capacitación de incendios?',
  'hay entrenamiento contra incendios este mes?',
  'que hago si me cae quimico en los ojos',
  'box fell off the shelf, never mind the scanner was under it the whole time',
  "my RF gun won't hold a charge, is there a spare",
  'ayer me corte poquito con la rebanadora, ya me pusieron curita y estoy bien, me dijeron q avisara para el reporte',
  'la maquina de palomitas olia a quemado, ya la desconecte, no hubo fuego pero no la usen',
  // Spanish texting forms and conditional frames read as the question they are.
  'q pasa si suena la alarma de incendio en la bodega, por donde salimos',
  'y si uno huele a gas en la cocina, que hay que hacer?',
  'quien paga el doctor de mi accidente de la semana pasada',
  // Everyday words that sound like danger.
  'la máquina se trabó',
  'la maquina se trabo otra vez',
  'se atoro la banda de la linea 2',
  'se cayo el sistema',
  'se fue la luz en la bodega',
  'are they going to fire me',
  'they cut my hours again',
  'cut my hours back to 20',
  'where do i get a flu shot',
  'the price gun is broken',
  'can i get a shot of espresso',
  'family emergency, cant come in',
  'how do i update my emergency contact',
  'stuck in traffic, running late',
  'estoy atorado en el trafico',
  'i fell behind on my cleaning list',
  'i punched in late',
  'i cant see my schedule in the app',
  'the line isnt moving',
  'scanner not responding',
  'no one got hurt but the shelf is wobbly',
  'we crushed it today',
  'out of gas in the forklift',
  'kitchen is out of fryer oil until the next delivery',
  'a customer is asking for whoever is in charge',
  'how much PTO do I get?',
  'blood drive is friday',
  'smoke break?',
  'i got robbed on my check again',
  'the chest freezer is broken',
  'twisted my ankle last week, who do i tell',
  'the fight for 15 meeting is on friday',
  // A past injury asked about: the time is gone and the text asks.
  'burned my arm on the oven tuesday, do i need to tell someone still?',
  'i slipped in the dish pit back in january and my knee still hurts, can i see a doctor on comp',
  'sliced my finger yesterday and got stitches, do i bring the paper to hr',
  'me corte el dedo el viernes y me pusieron puntos, todavia puedo reportarlo?',
  'me cai en la bodega en febrero y todavia me duele, puedo ir al doctor de la empresa',
  // Shut doors and cold rooms that hold nobody.
  'the walk in door is stuck open',
  'freezer door wont latch',
  'the cooler door got locked, who has the key',
  'la puerta del congelador no cierra bien',
  // Jumps and blows that are no fight.
  'the truck battery died, can someone give it a jump',
  'jumped on the pallet jack to finish the load',
  'we got beat by the rush lol',
  'my car got jumped this morning, running late',
  // Round 4: asked only in case, near misses, hyperbole, tests and films, metaphors of each new kind.
  'do we get heat stroke training this summer',
  'is there a protocol if someone goes missing',
  'hypothetically what if a customer pulls a knife',
  'nothing happened but who do i call if the ammonia alarm goes off',
  'nada paso pero q hacemos si se pierde un niño',
  'my son is missing school today, need to leave at noon',
  'the manager was on fire today lol',
  'fire alarm went off again, its the monthly test',
  'casi atropellan al de la entrega, pongan un espejo',
  'almost got hit by a car in the lot, we need a crosswalk',
  'drowning in returns today lol',
  'the movie tonight has a big shootout, rated R',
  'the tent collapsed in the wind',
  'we collapsed the boxes for recycling',
  'the lead keeps hitting on me',
  'can someone grab the drawer and run it to the office',
  'our tech is out cold with the flu, not coming in',
  'shingles came off the roof in the storm',
  'la alarma esta sonando pero es prueba'
]

for (const [category, texts] of Object.entries(MUST)) {
  t.test(`${category}: must match`, async (t) => {
    for (const text of texts) t.equal(matchDanger(text), category, text)
  })
}

t.test('questions, drills, jams and everyday words: must not match', async (t) => {
  for (const text of MUST_NOT) t.equal(matchDanger(text), null, text)
})

t.test('an emergency asked as a question, or with a plea, is still an emergency', async (t) => {
  for (const text of [
    'someone collapsed do i call 911?',
    'can someone help hes bleeding?',
    'what do i do my coworker cut his hand bad',
    'ayuda! se corto la mano con el cuchillo, que hago?'
  ])
    t.not(matchDanger(text), null, text)
})
