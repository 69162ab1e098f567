// People caught, pinned, trapped or shut in: machines, loads, walk-ins, doors, vehicles, collapses,
// elevators.
// Folded text (lowercase, no accents), English and Spanish; test/safety-rules.test.ts holds what they
// must and must not match.
import { BODY, BODY_ES, MACHINE } from './vocabulary.ts'

export const ENTRAPMENT: RegExp[] = [
  // A roof, ceiling or floor giving way with people in or under it.
  /\b(roof|ceiling|floor|deck|wall|balcony|techo|piso|pared)\b.{0,30}\b(cracking|sagging|buckling|caving|giving way|about to (collapse|cave|fall|give)|se esta (cayendo|hundiendo|venciendo))\b.{0,60}\b(ppl|people|someone|somebody|customers|guests|workers|kids|residents|gente|alguien|clientes)\b.{0,20}\b(inside|in there|in it|under(neath)?|adentro|dentro|abajo)\b/,
  // Someone in there who cannot get out, now ('kelsey is in there w him rn she cant get out').
  /\b(in there|inside|stuck|trapped|locked in)\b.{0,40}\b(cant|can'?t|cannot|couldnt) get out\b(?! of)|\b(cant|can'?t|cannot) get out\b(?! of).{0,15}\b(help|rn|right now|now|hurry)\b|\b(esta|estan|quedo|se quedo) (adentro|encerrad[oa]s?)\b.{0,30}\bno (puede|pueden|podemos) salir\b/,
  new RegExp(
    `\\b(caught|stuck|pulled|trapped|pinned|crushed|sucked)\\b.{0,20}\\b(in|into|under|between|by|inside)\\b.{0,15}\\b${MACHINE}\\b`
  ),
  new RegExp(`\\b${BODY}\\b.{0,15}\\b(caught|stuck|pulled|trapped|pinned|crushed)\\b(?! (it|them|that|this)? ?out\\b)`),
  new RegExp(
    `\\b${MACHINE}\\b.{0,15}\\b(caught|grabbed|pulled|took|sucked in) (my|his|her|their|someone'?s?) (${BODY.slice(1, -1)}|sleeve|hair|glove|shirt)\\b`
  ),
  /\b(trapped|pinned under|crushed (under|by|between)|cant get (him|her|them) out|can't get (him|her|them) out)\b|\b(cant|can'?t|cannot|couldnt) get (out )?(out from|free from|up from) under (it|them|him|her|there|the (pallets?|rack|racking|load|cases|crates|boxes|shelf|shelving|car|truck|forklift|beam|pipe|machine|debris|lift))\b/,
  new RegExp(
    `\\b(cant|can'?t|cannot|couldnt|could not) (get|pull) (his|her|their) ${BODY} (out|free|loose)\\b|\\bno (puede|podemos) sacar (la|el|su) ${BODY_ES}\\b`
  ),
  // Someone, or a hand, in a machine that runs; someone sinking in grain, mud or water.
  new RegExp(
    `\\b${MACHINE}\\b.{0,40}\\b(some ?one|somebody|a (guy|kid|worker|person)|(his|her|their|a) (hand|arm|leg|foot)|hand|arm) (is |got |still )?(in|inside) (it|there)\\b`
  ),
  /\b(up to|hasta) (his|her|their|my|the|la|el|su) (waist|chest|neck|knees|armpits|cintura|pecho|cuello|rodillas)\b|\b(keeps|its|it'?s|is) (pulling|sucking) (him|her|them) (down|under|in)\b|\bse hundio\b.{0,30}\bno (ha )?(salido|sale|aparece)\b|\b(went under|sank|sunk)\b.{0,25}\b(hasn'?t|has not|didn'?t|did not|not) come (back )?up\b/,
  /\b((is|was|got|are|were|been|being|guy|man|worker|someone|somebody|he|she|they|hes|shes) (\w+ )?buried (under|alive|up to|in (the |a )?(trench|hole|ditch|pit|dirt|sand|gravel|rubble|snow|grain|corn|mud|debris|concrete|bin|silo|pile))|trench (collapse|collapsed|caved)|cave-?in|caved in on)\b|\b(enterrad[oa]|sepultad[oa]|se (derrumbo|vino abajo) (la|una) zanja)\b/,
  /\b(rack|racking|shelf|shelving|ceiling|roof|wall)\b.{0,20}\b(collapsed|fell|came down|caving|caved)\b/,
  /\b(someone|somebody|some ?one|a guy|a worker|he|she)'?s?\b.{0,10}\b(is |was )?(under|behind|beneath) (it|the (rack|pallets?|boxes|car|truck|lift|van|trailer|forklift|mower|tractor|load))\b/,
  /\b(dirt|ground|trench|bank|floor|ceiling|deck|scaffold\w*)\b.{0,10}\b(gave way|gave out|collapsed|caved)\b/,
  // A load or vehicle came down and whoever is named is under it ("car came off lift 2 Marcus is under it").
  // A name, not a thing with its article ("the scanner was under it").
  /\b(came off|fell off|fell on|slipped off|slid off|dropped|tipped|tipped over|flipped|rolled)\b.{0,40}(?<!\b(the|a|an|my|his|her|our|their|this|that|your) )\b(?!(is|was|were|got|are|still)\b)[a-z]+ ((is|was|got|are|still) )?(stuck |trapped |pinned )?(under|beneath|underneath) (it|them|there)\b|\b(caved in|collapsed|came down|fell in)\b.{0,40}(?<!\b(the|a|an|my|his|her|our|their|this|that|your) )\b(?!(is|was|were|got|are|still|nobody|no)\b)[a-z]+ (is|was|are|still) (stuck |trapped )?(under|beneath|underneath) (it|them|there)\b/,
  new RegExp(
    `\\b(atrapad[oa]s?|aplastad[oa]|prensad[oa])\\b|\\bse (le )?(atoro|atasco|trabo|agarro) (la|el|los|las) ${BODY_ES}\\b|\\ba .{1,25} se le (atoro|atasco|trabo) (la|el) ${BODY_ES}\\b`
  ),
  // Someone behind a door that will not open.
  /\b(door|doors|puerta)\b.{0,20}\b(wont|won'?t|will not|doesnt|doesn'?t|cant|can'?t|no) (open|budge|abre|se abre)\b.{0,40}(?<!\b(the|a|an|my|his|her|our|their|your|this|that|el|la|mi|su) )\b(?!(the|a|an|it|el|la)\b)[a-z]+ (is|are|still|esta|sigue) (stuck |locked |trapped )?(inside|in there|in it|adentro|dentro)\b|\b(banging|pounding|golpeando) (on|en) (the |la )?(door|it|puerta)\b.{0,40}\b(inside|in there|adentro)\b|\b(inside|in there|adentro)\b.{0,40}\b(banging|pounding|golpeando)\b|\b(alguien|someone|somebody) (esta |is )?(golpeando|banging|pounding)\b.{0,15}\b(adentro|dentro|inside|in there)\b/,
  // A child or a pet shut in a car: heat runs up. Told by the car's state too ("theres a baby in a car seat in
  // the back, windows up, car off").
  /\b(kid|child|baby|toddler|infant|dog|puppy|nino|nina|bebe|nene|nena|perro|perrito)\b.{0,60}\b(windows? (are )?(up|rolled up|closed|shut)|(car|engine|motor)('?s| is)? (off|not running)|(ventanas?|vidrios?) (arriba|cerrad[oa]s|subid[oa]s)|(carro|motor) apagado)\b/,
  // Someone caught in a machine or a belt and not got out ("el muchacho nuevo se quedo atorado en la banda ... no lo
  // podemos sacar").
  /\b(muchach[oa]|senor[a]?|companer[oa]|compa|chav[oa]|hombre|mujer|trabajador[a]?|alguien|nin[oa]|residente|paciente|nuev[oa])\b.{0,25}\b(se )?(quedo|queda|esta|sigue) (atorad[oa]|atascad[oa]|trabad[oa]|atrapad[oa])\b/,
  /\b(kid|child|baby|toddler|infant|dog|puppy|nino|nina|bebe|nene|nena|perro|perrito)\b.{0,30}\b(locked|left|stuck|encerrad[oa]|dejad[oa]) (in|en) (the|a|her|his|their|el|un|su) (car|truck|van|vehicle|suv|carro|coche|troca|camioneta)\b/,
  // Shut in a walk-in, a freezer or a trailer: cold and air run out; shut in by a person ("un hombre me cerro el
  // congelador por fuera a proposito").
  /\b(me|nos|lo|la|los|las) (cerro|cerraron|encerro|encerraron|atranco|atrancaron)\b.{0,20}\b(congelador|camara|cuarto frio|freezer|walk ?-?in|cooler|hielera|trailer|caja)\b|\b(locked|shut) (me|us|him|her|them) in (the )?(walk ?-?in|freezer|cooler|cold room|trailer|container)\b/,
  /\b(elevator|elevador|ascensor)\b.{0,30}\b(stuck|trapped|atorad[oa]|detenid[oa])\b.{0,40}\b(with|con) (a|an|two|three|\d+|some|people|ppl|someone|somebody|una?|dos|tres|gente|alguien)\b.{0,40}\b(inside|in it|in there|adentro|dentro)\b/,
  /\b(walk ?-?in|freezer|cooler|cold room|trailer|container|reefer)\b.{0,80}\b(stuck|trapped|locked|shut|been|still) (in there|inside)\b|\bhandle (broke|broken|came off) (from|on the) inside\b/,
  /\b(locked|shut|stuck|trapped) (in|inside)\b.{0,12}\b(walk ?-?ins?|freezer|cooler|cold room|trailer|container|reefer)\b|\b(cant|can'?t|cannot|couldnt) get out of the (walk ?-?in|freezer|cooler|cold room|trailer|container)\b/,
  /\b(encerrad[oa]s?|quedo (adentro|dentro|encerrad[oa])|se quedo (adentro|dentro|encerrad[oa]))\b.{0,30}\b(congelador|camara|cuarto frio|refri\w*|hielera|trailer|caja|contenedor|freezer|walk ?-?in|cooler)\b|\bpuerta\b.{0,20}\bno (abre|se abre) (por|desde|de) (dentro|adentro)\b|\b(cuarto frio|congelador|camara)\b.{0,40}\b(esta|quedo|sigue) adentro\b|\bno (puede|puedo|pueden|podemos) salir (del|de la) (congelador|cuarto frio|refri\w*|trailer|camara|caja)\b/,
  /\b(se derrumb\w*|se colapso|se vino abajo|se cayo (el|la|un|una) (rack|techo|estante|estanteria|anaquel|pared|muro|barda)|se cayeron (las|los) (cajas|tarimas|estantes|racks?) encima|quedo abajo|(el|la) (techo|losa|pared|muro|barda|rack|estante|estanteria|andamio) se (cayo|vino abajo))\b/,
  // A floor that gave way with people on it ('se hundio el piso del segundo nivel y se cayeron dos'); one that
  // only sank a little, coned off, is no emergency.
  /\b(se hundio (el|la) (piso|suelo|plataforma|losa)|(el|la) (piso|suelo|plataforma|losa) (del \w+ (nivel|piso) )?se hundio)\b.{0,50}\b(se cayeron|se cayo|cayeron|gente|alguien|trabajador\w*|compa\w*|atrapad\w*|quedaron abajo)\b/,
  // Gone into a freezer or cooler and not come out or answering ("went in the blast freezer 40 min ago and the
  // door wont open from our side, hes not answering the radio").
  /\b(went|gone|is|been|was|walked) in(to|side)? (the )?(blast |walk ?-?in )?(freezer|walk ?-?in|cooler|cold room|reefer)\b.{0,120}\b(door (wont|won'?t|will not|doesnt|doesn'?t|cant|can'?t) (open|budge)|(isnt|isn'?t|not|hasnt|hasn'?t) (answering|responding|come out|came out|coming out))\b|\b(entro|se metio) (al|a la|en el|en la) (congelador|camara|cuarto frio|freezer|walk ?-?in|hielera)\b.{0,120}\b(no (abre|se abre|contesta|responde|ha salido|sale))\b/,
  // A confined space with no air and someone down in it ("man down in the tank, no air in there").
  /\b(tank|silo|pit|vault|manhole|sewer|bin|hold|tanque|cisterna|fosa|pozo)\b.{0,50}\b(no (air|oxygen)|sin (aire|oxigeno)|(both|two|2) (are |r )?(down|out))\b|\b(no (air|oxygen)|sin (aire|oxigeno))\b.{0,50}\b(down|passed out|desmayad[oa]s?|tirad[oa]s?)\b/
]
