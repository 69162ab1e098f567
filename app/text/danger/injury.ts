// Injuries happening now: cuts, crushes, falls, burns, bleeding, vehicles hitting people, fights and
// beatings.
// Folded text (lowercase, no accents), English and Spanish; test/safety-rules.test.ts holds what they
// must and must not match.
import { PERSON, BODY, BODY_ES, MACHINE } from './vocabulary.ts'

export const INJURY: RegExp[] = [
  // A bone out through the skin; boiling oil or water fallen on someone (a red team's fifth round, second part).
  /\bbone\b.{0,20}\b(poking|sticking|coming|showing) (out|through|thru)\b|\b(aceite|agua|grasa|cafe) hirviendo\b.{0,40}\b(encima|en (la|el|su) (pierna|brazo|mano|cara|pie|espalda|pecho|cuello))\b|\bse (le|me) (cayo|tiro|derramo) (el |la )?(aceite|agua|grasa) hirviendo\b/,
  // Skin blistering from hot oil, grease or water, over much of a limb ("touched the fryer oil and half his arm is
  // blistering", "se le hizo ampolla todo el brazo con el aceite").
  /\b(fryer|hot|boiling|scalding) (oil|grease|water)\b.{0,60}\bblister\w*|\bblister\w*\b.{0,60}\b(fryer|hot|boiling|scalding) (oil|grease|water)\b|\b(half|all of|whole|most of|entire) (his|her|their|my|the) (arm|hand|face|leg|chest|back|neck|side)\b.{0,25}\b(blister\w*|peeling|bubbl\w*)\b|\b(ampolla\w*)\b.{0,30}\b(tod[oa] (el|la|su)|media|la mitad de (la|el|su)) (brazo|mano|cara|pierna|pecho|espalda)\b|\b(aceite|agua) (hirviendo|caliente)\b.{0,60}\bampolla\w*/,
  // A blow to the body now with the one hit down ("customer kicked jordan in the stomach and ran, jordan is curled up
  // on the floor").
  /\b(kicked|punched|stomped|kneed|hit|struck)\b.{0,30}\b(in|on) (the |his |her |their )?(stomach|gut|belly|ribs|groin|chest|face)\b.{0,80}\b(curled up|doubled over|on the (floor|ground)|(cant|can'?t|wont|won'?t|not) (get up|getting up|breathe|breathing)|throwing up|vomit\w*)\b|\b(le|lo|la) (pateo|patearon|golpeo|golpearon|pego|pegaron)\b.{0,30}\b(en )?(el|la|su) (estomago|panza|pecho|costillas|cara)\b.{0,60}\b(en el (piso|suelo)|no (se )?(puede|levanta)|tirad[oa]|doblad[oa])\b/,
  // A car into the building in Spanish; people hurt there now ("un carro se estrello contra la tienda y hay clientes
  // lastimados").
  /\b(carro|coche|troca|camion|camioneta|vehiculo|auto)\b.{0,20}\b(se estrello|choco|se metio|entro|se impacto|se llevo)\b.{0,15}\b(contra|en|por|a) (la|el) (tienda|edificio|entrada|ventana|vitrina|pared|puerta|local|restaurante|negocio|frente)\b|\bhay (\w+ ){0,2}(lastimad[oa]s|herid[oa]s)\b/,
  // Someone held by the neck or throat now.
  /\b(grabbed|grabbing|choking|strangling|has|holding) (our |the |a |my |his |her )?(\w+ )?(by|around) the (neck|throat)\b|\b(agarro|ahorcando|tiene) (a |al |a la )?\w+ (del|por el) cuello\b/,
  new RegExp(
    `\\b(cut|cuts|sliced|slit|gashed|chopped|crushed|smashed|pinned|burned|burnt|scalded)\\b.{0,25}\\b${BODY}\\b`
  ),
  /\b(bleeding|bleed|bleeds|blood|bloody|gushing)\b/,
  /\b(burn(ed|t)?|scald\w*)\b.{0,25}\b(bad|badly|really bad|blister\w*|peeling)\b/,
  new RegExp(`\\b${PERSON}\\b.{0,25}\\b(fell|slipped|tripped|fell off|fell from)\\b`),
  // A car through the front of the building; a limb bent the wrong way.
  /\b(car|truck|van|suv|vehicle|driver)\b.{0,20}\b(drove|crashed|plowed|went|came|smashed) (thru|through|into) (the |our )?(front )?(window|windows|wall|store|building|glass|door|doors|lobby)\b|\b(leg|arm|ankle|wrist|knee|finger|elbow|shoulder)\b.{0,25}\b(bent the wrong way|the wrong way|looks (really |super |all )?(wrong|messed up)|(is |looks |all )?(bent|twisted) (weird|funny|sideways|backwards)|bone (is )?(sticking|poking) out)\b|\b(leg|arm|ankle|wrist|knee|elbow|shoulder)\b[^.?!]{0,60}\b(bent|twisted|pointing) (the )?wrong way\b/,
  // Someone thrown through a windshield; a crash with someone hurt, trapped or not moving.
  /\b(went|thrown|flew|go|goes|going) (thru|through|out (of )?) (the |a )?(windshield|windscreen|front window)\b|\b(salio|salio volando|volo) por el parabrisas\b|\b(car|truck|van|bus|forklift|vehicle) (crash|wreck|accident)\b.{0,60}\b(is |are |s )?(hurt|bleeding|injured|not moving|trapped|unconscious|pinned)\b/,
  // Told in three words, how badly: "someone hurt bad".
  new RegExp(`\\b${PERSON}\\b (is |got |just got |s )?(hurt|injured) (bad|badly|really bad|real bad)\\b`),
  /(?<!\b(wheel|wheels|tire|part|piece|box|boxes|case|cases|load|pallet|lid|handle|sign|bolt|screw|cover|cap|it|that|this|stuff|something|product|bag|bags|tray|pan) )\bfell (off|from|through|down)\b.{0,20}\b(the |a |an )?(roof|ladder|scaffold\w*|lift|dock|stairs|platform|truck|trailer|building|mezzanine|catwalk|loft|second floor|2nd floor)\b|\b(cant|can't|cannot|couldnt) (move|feel) (his|her|my|their) (leg|legs|arm|arms|neck|back|body)\b|\b(s?he|they|s?he'?s|hes|shes) (cant|can'?t|cannot) (move|feel) (em|them|it|his legs|her legs)\b|\b(s?he|they|hes|shes|says)\b.{0,30}\b(cant|can'?t|cannot) (move|feel) (his|her|their) (hands|fingers|feet|toes|legs|arms|body)\b/,
  /\bse cayo (del|de la|de un|de una) (techo|escalera|andamio|azotea|segundo piso|plataforma|camion|trailer|muelle)\b|\bno (puede|puedo) mover (la|el|las|los|su|sus) (pierna|piernas|brazo|brazos|cuello|espalda|cuerpo)\b|\bno (siente|puede sentir) (las|sus) (piernas|pierna)\b|\bno (siente|puede sentir) (el|su) cuerpo\b|\b(cant|can'?t|cannot|couldnt|can not) feel (his|her|their) (legs|body)\b/,
  /\b(hit|hurt|struck)\b.{0,10}\b(their|his|her|my) head\b|\b(badly|seriously|really bad) (hurt|injured)\b|\b(broke|broken) (his|her|my|their) (arm|leg|wrist|ankle|finger|hand|foot|toe|nose|back)\b/,
  // A machine and someone's hand, told in pieces ("baler. marcus. his hand. pls"), not asked about.
  new RegExp(`\\b${MACHINE}\\b[^?]{0,30}\\b(his|her|their) ${BODY}\\b(?![^?]*\\?)`),
  new RegExp(
    `\\b(pallet|box|boxes|case|shelf|rack|load|something|it|door)\\b.{0,10}\\b(fell on|fell onto|landed on|landed onto|dropped on|dropped onto|tipped on|tipped onto|tipped over on|toppled on|toppled onto|came down on|ran over|rolled over|rolled onto|crushed) (my|his|her|their|someone'?s?|a guy'?s?|(?!(its|this|was|is|has)\\b)[a-z]+'?s) ${BODY}\\b`
  ),
  /\b(fight|fighting) (broke out|in the|going on)\b|\b(people|guys|customers) (are )?fighting\b/,
  // A cut or bleeding that will not stop; a machine that caught a sleeve or glove, the hand "really bad".
  /\b(cut|gash\w*|slic\w*|bleed\w*|blood)\b.{0,60}\b(it'?s |its |is |it )?(not stopping|wont stop|won'?t stop|cant stop|can'?t stop|no (para|se para|deja de sangrar))\b|\b(grabbed|caught|pulled|sucked|took|snagged)\b.{0,30}\b(sleeve|glove|jacket|shirt|hair|arm|hand)\b.{0,40}\b(really bad|very bad|bad bad|mangled|crushed|gone|stuck in)\b/,
  /\b(forklift|truck|car|trailer)\b.{0,20}\b(hit|ran over|struck|ran into)\b.{0,10}\b(a|the|my|someone|somebody|him|her|guy|worker|coworker)\b/,
  /\b(getting|being|gettin) (jumped|beat up|beaten up|beaten|stomped|mugged|attacked)\b|\b(got|just got) (beat up|beaten up|stomped|mugged)\b|\bjumping (a|some|this|that|the) (guy|dude|man|lady|woman|kid|worker|driver|customer)\b/,
  /\b(le|lo|la|les) (estan|esta) (pegando|golpeando|dando una golpiza|madreando)\b|\b(estan|esta) golpeando a\b|\b(una )?golpiza\b|\b(senor|tipo|hombre|cliente|muchacho|vato|alguien|borracho)\b.{0,15}\b(golpeando|pegandole|madreando) a (la|el|una|un|mi|nuestra|nuestro)\b/,
  // Something heavy that rolled or fell onto someone's body.
  /\b(rolled|fell|dropped|landed|slid|came down) (off (of )?(the |a )?\w+( \w+)? )?onto (\w+'?s?|his|her|their|my) (legs?|arm|arms|foot|feet|hand|hands|chest|back|head)\b/,
  // Someone being shoved, hit, dragged or thrown about now.
  /\bdragg(ing|ed) (a|the|his|her|this|some|that)? ?(\w+ )?by (her|his|the|their) (hair|arm|arms|neck|collar|legs?)\b|\b(jalando|arrastrando) a (una|un|la|el) \w+ (del|de los|por el) (pelo|cabello|brazo)\b/,
  /\b(shoving|pushing|slamming|throwing) (\w+ ){0,3}(against|into|onto|to) the (wall|floor|ground|counter|door)\b|\b(shoving|hitting|punching|kicking|slapping|beating|choking) (the |a |my |our |his |her )?(nurse|aide|cashier|guard|coworker|co-worker|customer|patient|resident|kid|child|lady|guy|man|woman|girl|boy|driver|worker|employee|tech|teacher|server|him|her|them|me|us|someone|somebody)\b/,
  /\b(punched|punching|beat up|beating|attacked|assaulted|strangling)\b|\blost (a|my|his|her|their) (finger|fingertip|thumb|toe)\b/,
  /\bsangr\w*|\bherid[oa]s?\b|\bheridas?\b/,
  /\b(me corte|me queme|me cai|me resbale|me golpee|me aplasto)\b/,
  new RegExp(
    `\\bse (corto|quemo|cayo|resbalo|golpeo|aplasto|fracturo|rompio)\\b.{0,12}\\b(${BODY_ES}|feo|mucho|con)\\b`
  ),
  /\b(companer[oa]|compa|senor|senora|residente|cliente|trabajador|operador|supervisor|sup|cociner[oa]|chofer|nino|nina)\b.{0,15}\bse (cayo|resbalo|quemo|corto|golpeo)\b/,
  /\bse (cayo|resbalo)\b.{0,8}\b(un|una|mi|el|la) (senor|senora|compa|companer[oa]|residente|cliente|trabajador|nino|nina)\b/,
  /\b(atropell\w*|le pego|le pegaron|lo golpe\w*|la golpe\w*|(hay una|se armo una|una) pelea|se estan peleando|se pelearon|quemadura)\b/,
  // Run over, rolled on, pinned or kicked by a vehicle, a machine or an animal; a blow to the head.
  /\b(ran|rolled|backed|drove) (right |straight )?over (him|her|them|someone|somebody|some ?one'?s?|a (guy|worker|kid|man|woman|person)|one of|(his|her|my|their|\w+'?s) (foot|feet|leg|legs|arm|hand|ankle))\b/,
  /\b(rolled|flipped|tipped|fell) over on (top of )?(him|her|them|someone|somebody|(?!(its|it|the|a|an|his|her|their|my|our|aisle|row|dock|floor|ground|purpose|accident|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|break|shift)\b)[a-z]{3,})\b(?! (side|way|back|the))|\bpinned\b.{0,25}\b(against|between|to the)\b/,
  /\b(bull|cow|horse|steer|heifer|mule)\b.{0,40}\b(kicked|pinned|trampled|stomped|gored|charged|crushed|stepped on|knocked)\b|\b(dog|dogs|pit ?bull)\b.{0,15}\b(attack\w*|maul\w*)\b/,
  /\b(toro|vaca|caballo|becerro|mula|novillo|yegua|burro|res)\b.{0,30}\b(patada|pateo|aplasto|pisoteo|embistio|revolco|cornada|tumbo)\b|\bperros?\b.{0,20}\b(ataco|atacando|mordio)\b/,
  /\b(kicked|hit|struck|smacked|whacked|clipped|smashed|bashed|knocked)\b.{0,30}\b(in|on|over) (the |his |her |their |a )?(\w+'?s? ){0,2}head\b|\b(out cold(?! with)|knocked (him|her|them) out|(got|was|is) knocked out)\b|\b(golpe|patada|pego|dio|cayo)\b.{0,25}\ben la cabeza\b|\bnoquead[oa]\b/,
  /\b(aplasto|aplastaron|prenso)\b|\b(le|lo|la|les) pas(o|aron) por encima\b|\b(montacargas|troca|camion|carro|carrito|tractor|patin)\b.{0,15}\b(le|les) pas(o|aron) por (el|la|los|las|su|sus) (pie|pies|pierna|piernas|mano|manos|brazo)\b|\bpaso por encima (del|de la|de su|de un|de una)\b|\bse (le )?(vino|vinieron|cayo|cayeron|volteo|volco)\b.{0,25}\bencima\b/,
  /\b(got|was|been|just got) (hit|struck|run over|ran over|backed over|pinned) by (a|the|an) (\w+ )?(car|truck|van|forklift|bus|vehicle|trailer|pickup|suv|semi|train)\b|\b(car|truck|van|forklift|bus|trailer|pickup|suv)\b.{0,20}\bhit (one of|our|a|the|my) (\w+ ){0,3}(guys?|workers?|techs?|drivers?|kids?|employees?|coworkers?|porters?|attendants?)\b/,
  /\b(car|truck|van|forklift|bus|trailer|pickup|suv|vehicle|driver|loader|tractor)\b.{0,40}\b(hit|struck|ran over|run over|backed (into|over)) (our|a|the|my|one of our) (flaggers?|workers?|laborers?|pedestrians?|cashiers?|crew ?members?|guys?|ladys?|lady|man|woman|kids?)\b|\b(came down|slammed|closed|snapped shut) on (\w+'?s|my|his|her|their|someone'?s?) (hand|hands|fingers?|arm|arms|foot|feet|head|leg|legs)\b|\b((\d+|two|three|his|her|their|my|a|the) )?(fingers?|fingertips?|thumbs?|toes?) (are|is|came|got|were|was|just got) (cut |taken |chopped |sliced |ripped |torn )?(off|gone)\b|\b(fingers?|fingertips?|thumbs?|toes?)\b.{0,20}\b(in|on) (ice|a bag of ice)\b|\b(laying|lying|tirad[oa]) (in|on|en) (the |la |el )?(road|street|ground|calle|suelo|piso)\b.{0,25}\b(not getting up|not moving|no se (levanta|mueve))\b/,
  /\b(fingers?|thumbs?|hand|arm|foot)\b.{0,20}\b(went )?(thru|through|into|in) the (\w+ )?(jointer|saw|planer|blade|slicer|grinder|mixer|press|roller|chipper|shredder|auger|mower|sheeter|seamer)\b|\bpart of (it|his|her|their|my) (finger|thumb|hand) is (gone|off)\b|\b(his|her|their) (fingers?|hand|arm) (is|are) (still |stuck |still stuck )?in (it|there)\b|\b(le )?agarro (a|al) (\w+ ){1,3}(del|de la|de los|por el|por la) (brazo|mano|pierna|pelo|cabello|ropa|camisa)\b/,
  /\b(towels?|rags?|gauze|toallas?|trapos?) (are |is |r )?(already )?(soaked|soaking|full of blood|llen[oa]s? de sangre)\b|\bsoaked (through|thru)\b|\b(spurting|squirting|pumping out|tourniquet)\b|\b(bleeding|it) (wont|won'?t|will not|isnt|isn'?t|is not|not) (stop|stopping)\b|\b(cant|can'?t|cannot) stop the bleeding\b|\bno (para|deja) de sangrar\b|\b(fingers?|hand|arm|leg|foot)\b (is |are |got |were |was )?(all )?(mangled|degloved|severed)\b|\bpulled (his|her|their) (hand|arm|fingers?) in\b|\b(esta|quedo) colgando\b|\bse salio del arnes\b|\bse (me|le) ve el hueso\b|\bbone (is )?(showing|sticking out)\b|\b(see|seeing) (the )?bone\b|\b(snake|rattlesnake|rattler|vibora|culebra|serpiente|cascabel)\b.{0,30}\b(bit|bite|bitten|pico|mordio)\b|\b(bit|bitten|pico|mordio)\b.{0,20}\b(snake|rattlesnake|rattler|vibora|culebra|serpiente|cascabel)\b/,
  /\b(jack|jack stand|gato)\b.{0,20}\b(slipped|gave (out|way)|fell|se cayo|se resbalo|se zafo)\b|\b(agarro|atrapo|dejo) a \w+ (abajo|debajo)\b|\b(cayo|cayeron|se vino) (sobre|encima de) (alguien|un|una|el|la|mi|su)\b/,
  /\b(came down|fell|dropped|landed|collapsed) on (top of )?(him|her|them|someone|somebody|some ?one|a (guy|worker|man|woman|kid|person|coworker)|one of (us|our|the))\b/,
  /\b(car|truck|van|lift|jack|load|pallet|beam|machine|tractor|mower|forklift)\b.{0,30}\bon (top of )?(him|her|them|(his|her|their|\w+'?s) (chest|neck|head|legs?|back|arm|body))\b/,
  // Falls from a height or into water or a hole, however put.
  /\b(slid|slipped|tumbled|rolled|(took|had|taken) a (\w+ )?(spill|fall|tumble|header)) (off|down off|off of|from)\b.{0,20}\b(the |a |an |his |her )?(roof|ladder|scaffold\w*|skylight|edge|balcony|lift|boom|bucket|tree|deck|second story|2nd story|mezzanine)\b|\b(fell|crashed|stepped) (through|thru) (the |a |an )?(roof|skylight|floor|ceiling|hole|deck|ice|attic floor)\b|\bwent (through|thru) (the |a |an )?(skylight|ceiling|attic floor|ice)\b|\b(fell|dropped|came down|went down)\b.{0,15}\b\d+ ?(ft|feet|foot|pies|metros)\b|\b(hit|landed on) the (ground|concrete|pavement|floor) from\b|\bwent (off|over) the (roof|edge|side of the roof)\b|\bfell (in|into) (the |a )?(pond|pool|lake|river|canal|water|tank|pit|vat|manhole|hole|trench|silo|grain bin)\b/,
  /\b(se )?(cayo|callo|resbalo|cayeron|dio un \w+azo|dieron un \w+azo|fue de (espaldas|cabeza|boca|nalgas|lado)) (\w+ )?(del|de la|de un|de una|desde|por el|por la|por un) (techo|escalera|andamio|azotea|segundo piso|tercer piso|plataforma|camion|trailer|muelle|tragaluz|arbol|balcon|grua|canasta|orilla)\b|\bse cayo (en|a) (la|el|una|un) (alberca|piscina|estanque|rio|canal|tanque|pozo|zanja|hoyo|silo)\b/,
  // Violence by a person, now ("is punching"; "keeps hitting on me" is HR's).
  new RegExp(
    `\\b${PERSON}\\b.{0,15}\\b(is|are|keeps|started|just)\\b.{0,5}\\b(punching|hitting|kicking|strangling|slapping|stomping)\\b(?! on)`
  ),
  // A limb taken, a saw in a limb, burns that take skin.
  /\b(amputat\w*|severed)\b|\b(took|ripped|tore)\b.{0,25}\b(fingers?|thumbs?|toes?|hand|arm)\b.{0,5}\boff\b|\b(saw|chainsaw|trimmer|blade|grinder|mower|drill)\b.{0,25}\b(into|through|across)\b.{0,10}\b(his|her|my|their|\w+s) (hand|arm|leg|foot|fingers?|thigh|knee)\b/,
  /\ble (agarro|jalo|corto|aplasto|prenso|arranco|mocho|volo|trozo|abrio|rajo|quemo|atraveso|traspaso|perforo|clavo) (la|el|los|las|su|sus|un|una|dos|tres|\d) (punta de (los |la |el )?)?(mano|manos|dedo|dedos|brazo|brazos|pierna|piernas|pie|pies|cabeza|cara|espalda)\b|\bse le (metio|metieron|fue|fueron) (la|el|los|las|su|sus) (mano|manos|dedo|dedos|brazo|brazos|pie|pierna)\b/,
  /\bskin\b.{0,15}\b(coming|peeling|falling) off\b|\b(se le|le) (esta )?(cae|cayendo|caer|despeg\w*) (la )?piel\b|\b(steam|hot water|boiling water|scalding|hot oil|grease|vapor|aceite caliente|agua hirviendo)\b.{0,50}\b(in|on|to|across|en|sobre) (the |his |her |my |their |la |el |su )?(face|eyes?|arm|arms|chest|neck|cara|ojos|brazo|pecho|cuello)\b/,
  /\b(oven|fryer|grill|burner|pilot|torch|heater|boiler|stove|horno|freidora)\b.{0,15}\b(flashed|flared|blew up|backfired|exploto|le exploto)\b/,
  // The same in Spanish: a forklift or lift turned over with someone on or under it ("se volteo el montacargas con
  // luis arriba").
  /\b(se (le |les )?(volteo|volco)|volcaron|voltearon)\b.{0,15}\b(el |la )?(montacargas|elevador|plataforma|tijera|andamio|escalera|tractor|carrito|troca|camion|patin|lift|forklift)\b.{0,20}\b(con|y) (\w+ ){1,2}(arriba|encima|adentro|abajo|debajo|atrapad[oa])\b/,
  // A lift, ladder or scaffold gone over with someone on it; a person on the ground in pain.
  /\b(lift|ladder|scaffold\w*|platform|forklift|cherry picker|boom|mower|zero turn|tractor|atv|cart|skid ?steer|bobcat)\b.{0,15}\b(tipped|tipped over|fell over|flipped|went over|toppled|rolled( off| over| into)?)\b.{0,25}\b(with|w\/?) (\w+ ){1,2}(on|in|under) it\b|\bupside down in the (water|pond|lake|canal|river|ditch)\b|\bon the (ground|floor)\b.{0,30}\b(moaning|groaning|screaming|twitching|convulsing|shaking|jerking|seizing|wont answer|won'?t answer|not answering)\b/,
  /\b(piernas?|brazos?|manos?|cara|pecho|pies?|espalda) quemad[oa]s?\b|\b(fryer|freidora)\b.{0,15}\b(tipped|tipped over|spilled|fell|flipped|se volteo|se cayo|se tiro|se vino)\b/,
  // A scald told by the skin ("stock pot onto my forearm and chest, skin is coming up in big bubbles and white in
  // spots"): a deep or wide burn.
  /\b(boiling|hot (water|oil|grease|soup|coffee)|grease|fryer|stock ?pot|soup|steam|caldo|aceite|agua hirviendo|freidora)\b.{0,80}\b(skin'?s?|piel)\b.{0,30}\b(coming (up|off)|bubbl\w*|blistering|peeling|white|leathery|se (le )?(esta )?(cayendo|pelando)|ampollas)\b|\b(big|huge|large|giant) (blisters|bubbles)\b.{0,40}\b(arm|chest|leg|face|back|hands?|forearm|skin)\b|\bampollas (grandes|enormes)\b/,
  // A cut that keeps bleeding through the cloths, the one cut gone pale ("ya le pusimos trapos pero sigue saliendo
  // mucha y se ve blanco").
  /\b(cut|corto|corte|cortada|cortaron)\b.{0,80}\b(sigue saliendo|no (para|deja) de (salir|sangrar)|keeps (coming|bleeding|soaking)|soaked through|won'?t stop)\b.{0,60}\b(se ve (blanc[oa]|palid[oa])|(esta|se puso) (blanc[oa]|palid[oa])|pale|white|dizzy|mareado)\b/,
  // A head split or cracked open ("ran into the glass door and his head is split open").
  /\b(head|skull|forehead|cabeza|frente)\b.{0,12}\b(split|cracked|busted|bust|gashed|ripped) (wide )?open\b|\b(split|cracked|busted|bust) (his|her|their|my|the) (head|skull|forehead) open\b|\b(se abrio|se rajo|le abrieron|se partio) (la )?(cabeza|frente)\b/
]
