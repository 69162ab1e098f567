// Emergencies by the help called or the people at risk: 911, ambulances, missing children or residents,
// severe weather.
// Folded text (lowercase, no accents), English and Spanish; test/safety-rules.test.ts holds what they
// must and must not match.

// A plea that may follow being held ("no me deja salir ayuda").
const PLEA = String.raw`\s+(y |and )?(ayuda|auxilio|help|hurry|rapido|pls|plz|please|porfa\w*|plis)\b`

const KID_ES =
  'nino|nina|nene|nena|bebe|chamac[oa]|chamaquit[oa]|cipot[ea]|chiquit[oa]|escuincle|huerc[oa]|chavit[oa]|morrit[oa]|hij[oa]|residente|paciente'

export const EMERGENCY: RegExp[] = [
  /\b(911|ambulance|paramedics?|ambulancia|paramedicos|emergencia medica)\b/,
  // The police called for, now ('someone call the cops').
  /\b(someone|somebody|pls|please|plz|ppl|alguien) (call|llame|llamen a) (the |la )?(cops|police|policia)\b(?!.{0,30}\b(if|tomorrow|next time|lol|jk|si|manana)\b)/,
  // A child, resident or patient missing now.
  /\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|\d+ ?(year|yr)s? ?old)\b.{0,30}\b((is|went|has gone|gone) missing(\s*$|\s*[,.!]|\s+(from|and|since|for|in|at))|wandered (off|out|away)|eloped|(walked|got|slipped) out (the|a|through the)\s+(\w+\s+){0,2}(doors?|gates?|exits?))|\b(cant|can't|cannot|couldnt) find\b.{0,25}\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|client|\d+ ?(yr|year)s? ?olds?)\b(?!'?s\b)|\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|client|\d+ ?(yr|year)s? ?old)\b[^?]{0,120}\b(cant|can't|cannot|couldnt|can not) find (him|her|them)\b|\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|\d+ ?(year|yr)s? ?old)\b.{0,40}\bmissing (from|since|at|in|for)\b|\b(elopement|eloped)\b|\blost (a |one )?(little )?(kid|child|boy|girl|toddler|camper|nino|nina)\b|\bhead ?count\b.{0,20}\b(is|was) (off|short|wrong|\d+ not \d+)\b|\bcampers? (is |went )?missing\b|\b(we are|were|we'?re) missing (a|one|one of (our|the)) (campers?|kids?|child|children|students?|residents?)\b|\b(residente|paciente|nino|nina)\b.{0,20}\bno esta\b.{0,60}\b(buscamos|puerta|abierta|por ningun lado|nada)\b|\b(kid|child|son|daughter|girl|boy|\d+ ?(yr|year)s? ?old)\b.{0,60}\bnow (s?he'?s|shes|hes|is) (gone|nowhere)\b|\bone of (the|our) (\d+ ?(yr|year)s? ?olds?|kids|children|toddlers|residents|campers|students|patients)\b.{0,15}\b(is )?(gone|missing)\b|\bfalta(n)? (un|una) (nino|nina|nene|nena|bebe|residente|paciente|alumn[oa])\b|\bno esta\b.{0,20}\b(ya )?(lo|la) (buscamos|busque|hemos buscado)\b.{0,30}\b(todos lados|todas partes|nada|ningun lado)\b|\b(kid|child|boy|girl|toddler|\d+ ?(yr|year)s? ?old)\b.{0,40}\b(walked|wandered|ran) (off|away|out)\b|\b(little |small )?(kid|child|boy|girl|toddler|son|daughter|\d+ ?(yr|year)s? ?old)\b (is |got |was |who is )?(lost\b(?! (his|her|their|a|an|the|my)\b)|separated from\b)|\b(kid|child|boy|girl|toddler|\d+ ?(yr|year)s? ?old)\b.{0,60}\b(s?he'?s|hes|shes|has) been gone\b|\b(cant|can'?t|cannot) find one of (our|the) (campers?|kids?|residents?|patients?|children|clients?|students?|girls|boys)\b|\blast seen\b.{0,40}\b(ago|min|minutes|hour)\b|\b(isnt|isn'?t|is not|not) on (the )?(unit|ward|floor)\b.{0,60}\b(door|missed|checks?|looked|searched)\b|\b(isnt|isn'?t|is not|not) in (his|her|their) (room|bed)\b.{0,40}\b(bed ?check|window|door|checked)\b|\b(lost (her|his|their) (mom|dad|mother|father|parents?))\b|\b(isnt|isn'?t|is not|not) in (his|her|their) (room|bed)\b.{0,100}\b(anywhere|checked|looked|looking|searched|searching|door was open|door alarm|min|minutes)\b/,
  // A child dropped off or sent home who never got there ("the little girl i drop at stop 6 never made it home").
  /\b(kid|child|boy|girl|student|son|daughter|nino|nina|hij[oa])\b.{0,60}\b(never (made it|got|came) home|never (made it|got) to school|(didnt|didn'?t|hasnt|hasn'?t) (made it|come|gotten|got) home|no (llego|ha llegado) a (su )?casa)\b/,
  // A child told missing as a noun phrase: "theres a little girl missing", "we have a missing toddler".
  /\b(little|lil|small|young|\d+ ?(year|yr)s? ?old) (girl|boy|kid|child|one|toddler)\b.{0,10}\bmissing\b(?! (school|class|work|shifts?|days?|practice)\b)|\b(a|have a|got a|theres a|there'?s a) missing (little |lil |small )?(child|kid|girl|boy|toddler|baby|resident|patient)\b/,
  // A child's age texted short ("missing 6yo boy", "a 4 y/o wandered off").
  /\b(missing|lost)\b.{0,15}\b\d+ ?(yo|y\/o|yr old|year old)\b|\b\d+ ?(yo|y\/o)\b.{0,40}\b(missing|lost|cant find|can'?t find|wandered|walked (off|away)|ran (off|away))\b/,
  // People on a roof in a storm with the way down gone ("hail and wind just ripped the ladder down, 3 of us
  // stuck up on the roof", "el viento se llevo la escalera y estamos 4 arriba del techo con rayos").
  /^(?=.*\b(hail|lightning|wind|storm|tornado|tormenta|rayos?|granizo|viento)\b).*(\b(ladder|escalera)\b.{0,40}\b(blew|blown|ripped|fell|came down|se llevo|se cayo|tumbo)\b|\b(se llevo|se cayo) la escalera\b|\b(stuck|trapped|still|atrapad[oa]s)\b.{0,20}\b(on|up on|arriba del?) (the )?(roof|techo)\b)/,
  // A person down, called as such ('man down dock 7'); not a crew short ('we are a man down').
  /(?<!\b(a|one|two|1|2|another|1 more|one more) )\b(man|person|worker|employee|associate|guy|lady|woman|hombre) down\b(?! (today|tonight|this (shift|week)|on (the|our) (crew|line)))/,
  // A child said gone, or the store's code for it called ('code adam?? her 4 yr old is gone').
  /\b(\d+ ?(yr|year|y\/o|yo)s?( old)?|kid|child|son|daughter|little (boy|girl)|toddler|baby)\b[^.?!]{0,45}\b(is|are|went) gone\b(?! (for|to|with|on|until|till|til|this|all|since|at|over)\b)|(?<!\b(whats|what is|what'?s|the|a) )\bcode adam\b(?!.{0,30}\b(drill|training|procedure|policy|mean|means|for)\b)/,
  // A child (in the words of several countries) or resident told lost in Spanish ("hay una niña perdida en la tienda",
  // "se perdió un cipote").
  new RegExp(
    `\\b(un|una|el|la|mi|su|otro|otra)\\s+(${KID_ES})\\s+(esta |anda )?perdid[oa]s?\\b|\\bse (nos |les |me )?perdio\\s+(un|una|el|la|mi|su)\\s+(${KID_ES})\\b`
  ),
  // A pupil missing by grade ("a first grader is missing from the cafeteria").
  /\b(kindergartner|kinder kid|preschooler|(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th) grader)\b.{0,30}\b((is|went|has gone|gone) missing|(cant|can'?t|cannot|couldnt) find|wandered (off|out|away))\b/,
  // Someone held where they are by a person now: the door blocked, not let out, or locked in by them ("un huesped me
  // encerro en el cuarto y no me deja salir ayuda"); a plea may follow.
  new RegExp(
    `\\b(s?he'?s|hes|shes|he is|she is|they'?re|theyre|they are|(guy|man|customer|guest|patient|boss|manager|mgr|sup) is) (blocking|standing in) (the |my |our )?(\\w+ )?(door|doorway|exit|way out)\\b.{0,40}\\b(i|we) (cant|can'?t|cannot) (get out|leave)\\b|\\b(wont|won'?t|will not|not) let(ting)? (me|us) (out|leave)(\\s*$|\\s*[,.!]|${PLEA}| of (the|this|his|her) (room|office|cooler|freezer|bathroom|closet|car|truck|van|trailer))|\\bno (me|nos) (deja|dejan) salir(\\s*$|\\s*[,.!]|${PLEA}| de (aqui|ahi|el cuarto|la oficina|la camara|el bano|la troca|el carro))`
  ),
  // Severe weather on top of people: a tornado coming at them, lightning on a person, water rising
  // where people are.
  /\b(tornado|twister) (siren|warning|sirens)\b.{0,80}\b(roof|ceiling|walls?|windows)\b.{0,30}\b(cracking|shaking|peeling|coming off|lifting|caving|blew (in|out)|ripped (open|off)|tore (open|off)|torn (open|off)|blown off|gone|caved in|came down|collapsed)\b/,
  /\b(tornado|funnel cloud|twister)\b.{0,30}\b((headed|heading|coming) (right )?(at|for|toward|towards|our way|this way)|right over (us|the)|touched down|on the ground|hitting|hit the)\b|\b(struck by lightning|le cayo un rayo)\b|\blightning (hit|struck) (\w+ )?(him|her|them|someone|somebody|a (guy|worker|man|woman|kid))\b/,
  /\b(water main (burst|broke)|flood\w*|water (is )?(rising|coming in|pouring in)|se (esta )?inundando|se inundo|inundad[oa])\b.{0,80}\b(is|are|s) still (down there|in there|inside|abajo)\b|\b(flood\w*|water (is )?(rising|coming in|pouring in)|se (esta )?inundando|se inundo|inundad[oa])\b.{0,60}\b(residents?|patients?|people|ppl|kids|children|guests|workers|residentes|pacientes|gente|ninos|(\d+|two|three|four|five|six|seven|eight|nine|ten|all|some|a few|a couple) of us|(dos|tres|cuatro|cinco|seis|varios|todos) (de nosotros|estamos))\b.{0,30}\b(in the|still|trapped|stuck|in (their|the) rooms|down there|adentro|abajo|atrapad[oa]s)\b/,
  /\b(no (encontramos|encuentro|encuentra|encuentran|aparece)|se (nos |les |me )?(perdio|escapo|salio a la calle|salio por))\b.{0,30}\b(nino|nina|nene|nena|bebe|hij[oa]|residente|paciente)\b|\b(nino|nina|nene|nena|bebe|residente|paciente)\b.{0,30}\b(se (perdio|escapo|salio por)|no aparece|no (lo|la) (encontramos|encuentro|hallamos)|desaparecio)\b|\b(senor|senora|don|dona|abuelit[oa]|viejit[oa])\b.{0,40}\bse (salio|escapo)\b.{0,60}\bno (lo|la) (encuentro|encontramos|hallamos|vemos)\b/,
  // Round 16's held-out split: a dog or animal attacking someone now, people cut or hurt on the floor, a person
  // seen down through a window who does not open, a break-in found with the door still open (not a car's).
  /\b(dog|pit ?bull|perro|perros)\b.{0,30}\b(biting|attacking|mauling|mordiendo|atacando)\b|\b(hay )?(gente|personas|varios|clientes|people|customers)\b.{0,10}\b(cortad[oa]s?|herid[oa]s?|lastimad[oa]s?|sangrando|cut up|bleeding|hurt)\b.{0,20}\b(en el piso|on the floor|on the ground|everywhere)\b|\b(see|can see|i see|saw) (her|him|them|someone|somebody|a (man|woman|guy|lady))\b.{0,25}\b(on|laying on|lying on) the (floor|ground)\b|\b(see|can see|i see|saw) (her|him|them|someone|somebody|a (man|woman|guy|lady))\b.{0,10}\b(laying|lying) on the \w+ (floor|ground)\b|\b(la|lo) (veo|vi|puedo ver) ((tirad[oa]|acostad[oa]) )?en el (piso|suelo)\b|(?<!\b(car|truck|van|suv|vehicle|locker)s? (got |was |has been |had been |were )?)\b(broke|broken|breaking) in(to)?\b.{0,60}\b(door|window|gate)\b.{0,15}\b(is |still |s )?(open|broken|smashed)\b/,
  // A break-in found with someone still inside ("back door was pried open when i got here, i can hear someone
  // inside").
  /\b(pried|forced|kicked|busted|smashed|broken|broke) (open|in)\b.{0,80}\b(hear|see|saw|heard|there'?s|theres) (someone|somebody|people|a guy|a man|movement|noises?) (inside|in there|in the back|moving)\b|\b(forzaron|rompieron|se metieron|(vidrio|ventana|puerta|cristal) (esta |estaba )?(rot[oa]|quebrad[oa]|forzad[oa]|abiert[oa]))\b.{0,80}\b(hay|oigo|escucho|veo) (alguien|gente|ruido) (adentro|dentro|atras)\b|\b(glass|window|door) (is |was )?(broken|smashed|busted)\b.{0,80}\b(someone|somebody|people|a guy|a man)('?s| is| are)? (still )?(inside|in there|in the back)\b/,
  // A stranger in a resident's or guest's room who will not leave, or with someone screaming ("hay un señor desconocido
  // en el cuarto de la residente y no se quiere salir").
  /\b(desconocid[oa]|extran[oa]|stranger|unknown (man|guy|person|woman))\b.{0,40}\b(cuarto|habitacion|room|apartment|depto|departamento)\b.{0,60}\b(no se (quiere )?(salir|ir)|no quiere (salir|irse)|(wont|won'?t|will not|refuses to) leave|gritando|screaming)\b/,
  // Someone in care gone from where they should be, with the way out left open or them not to go alone ("dana
  // isnt in her room ... door alarm was off during shift change, shes not supposed to go out alone", "no
  // encuentro a kevin ... la puerta de atras estaba abierta").
  /\b((isnt|isn'?t|is not|not) in (his|her|their) (room|bed|unit)|(cant|can'?t|cannot|couldnt|nobody can) find (him|her|them|(mr|mrs|ms|miss|dona|don)\.? \w+)|no (lo|la) (encuentro|encontramos)|no (encuentro|encontramos) a|no (esta|aparece) en su (cuarto|cama))\b.{0,150}\b((door|gate|exit|puerta)( alarm)?\b.{0,25}\b(open|opened|propped|off|abierta|apagada)|alarm (was |is )?(off|disabled|not on)|not supposed to (go|be|leave|walk)( out| outside| anywhere)? alone|(wander\w*|elope\w*))\b/,
  // Someone the sender is protected from, or hiding from, here now ("my ex just pulled into the lot, theres a
  // protective order. im hiding in the back office"): a threat at the door, not a matter for later.
  /^(?:(?=.*\b((protective|restraining|protection|no[- ]contact) order|orden de (restriccion|proteccion|alejamiento))\b)|(?=.*\b(im|i'?m|i am|estoy|we'?re|estamos) (hiding|escondid[oa]s?)\b)(?=.*\b(my ex|ex[- ]?(boyfriend|husband|girlfriend|wife|bf)|abuser|baby ?daddy|mi ex|ex ?novio|ex ?esposo)\b)).*\b(is|just|hes|shes|he'?s|she'?s|esta|acaba de|ya)\b.{0,30}\b(here|outside|out front|out back|in the (parking )?lot|in the lobby|pulled (in|up)|showed up|waiting (for me|outside|out)|at the (door|front|counter|entrance)|afuera|aqui|llego|en el (estacionamiento|lobby)|en la (entrada|puerta|salida)|enfrente|esperando(me)?)\b/
]
