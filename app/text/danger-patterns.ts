// The danger rules' patterns, by category, in English and Spanish, as folded text reads (lowercase, no
// accents). safety-rules.ts reads a text with them; test/safety-rules.test.ts holds what each must and
// must not match.

export type DangerCategory = 'weapon' | 'injury' | 'medical' | 'chemical' | 'entrapment' | 'fire' | 'emergency'

const PERSON =
  '(i|he|she|hes|shes|they|someone|somebody|some ?one|guy|lady|man|woman|worker|coworker|co-worker|customer|guest|resident|client|patient|sup|supervisor|lead|cook|driver|picker|dishwasher|temp|porter|kid|child|operator|manager|new guy|associate)'
const BODY =
  '(hand|hands|finger|fingers|fingertip|thumb|arm|arms|leg|legs|foot|feet|head|face|eye|eyes|wrist|ankle|knee|neck|palm|chest|skin|toe|toes)'
const BODY_ES =
  '(mano|manos|dedo|dedos|brazo|brazos|pierna|piernas|pie|pies|cabeza|cara|ojo|ojos|espalda|muneca|cuello|pecho|piel|palma)'
const MACHINE =
  '(machine|conveyor|belt|baler|mixer|press|roller|compactor|slicer|grinder|wrapper|palletizer|auger|chain|gears?|forklift|rack|shelving|pallets?|elevator|freezer|walk ?in|cooler|dumpster|ironer|sheeter|saw|trimmer|mower|hoist|lift|extractor|dryer|washer|winch|tunnel)'

export const DANGER_RULES: ReadonlyArray<{ category: DangerCategory; patterns: RegExp[] }> = [
  {
    category: 'weapon',
    patterns: [
      /\b(gun|guns|pistol|rifle|gunman|shooter|active shooter|shots? (fired|going off)|fired shots|opened fire|shoot (up|us|everyone|someone|him|her|me)|shooting)\b/,
      /\b(with|w\/?|has|had|pulled|pulled out|pulls out|holding|waving|got) an? (knife|machete|blade|weapon|box cutter|bat|tire iron|crowbar|hatchet|axe)\b|\b(stabbed|stabbing|bomb threat|hostage)\b|\b(a|the) bomb (in|at|on|under|inside)\b|\b(saying|says|said) (there'?s|there is|theres) a bomb\b/,
      /\bthreaten\w*\b.{0,20}\b(kill|shoot|stab|hurt)\b|\b(says|said|saying|yelling|screaming)\b.{0,25}\b(kill|shoot|stab)\b|\b(kill|shoot|stab) (us|everyone|everybody|all of us|people)\b|\b(coming|come back|coming back|gonna come|going to come|on (his|her|their) way)\b.{0,30}\bto (shoot|kill|stab|hurt|shoot up)\b/,
      /\b(saying|says|said|yelling|screaming|threatening)\b.{0,15}\b(hes|he'?s|shes|she'?s|he is|she is|theyre|they'?re|he|she|they)? ?(gonna|going to|will|is going to) (hurt|kill|beat|shoot|stab|jump|bust|smash|crack|split|knock|break) (me|you|us|her|him|them|someone|everyone|the \w+|(my|your|his|her|their) (head|face|skull|teeth|jaw))\b|\b(dice|dijo|grita|gritando|esta diciendo) (que )?(?!se\b)(\w+ )?(va|van|iba) a (matar|golpear|madrear|apunalar|disparar|picar)\b|\b(hombre|tipo|senor|senora|cliente|muchacho|vato|wey|compa|el|ella|alguien)\b.{0,30}\b(me|te|la|lo|nos|les|los|las) (va|van) a (matar|madrear|apunalar|disparar)\b|\b(blocked|blocking) the (front |back )?(door|exit)\b.{0,60}\b(not leaving|(wont|won'?t) let (me|us) (leave|out))\b|\b(hiding|hid|barricaded|locked (myself|ourselves)?) in (the )?(bathroom|office|closet|back room|stockroom|walk ?in)\b.{0,40}\b(he|she|they|hes|shes)\b|\b(he|she|they|hes|shes|customer|client|guy|man|someone|somebody|ex)\b.{0,80}\b(im|i'?m|we'?re|were|i am|we are) (hiding|locked|barricaded) in (the )?(bathroom|office|closet|back room|stockroom)\b/,
      /\b(shot at|got shot|been shot|was shot|is shot|just shot|shot (him|her|someone|somebody|a guy|a man|a lady|a woman|a kid|my|the|our))\b/,
      /\b((being|getting|got|just got) robbed|robbery|hold ?up in progress|held up at|exposed himself|indecent exposure)\b/,
      // A robbery by its look: masks, or the till taken and away.
      /\b(masked|in masks|with masks|ski masks?|con mascaras?|encapuchad[oa]s)\b|\b(grabbed|took|snatched) the (drawer|register|till|cash|money)\b.{0,20}\b(ran|left|took off|running)\b/,
      /\b(nos (estan )?asaltando|nos asaltaron|un asalto|asalto a mano armada)\b/,
      /\bsac(o|aron) (una |un |la |el )?(navaja|cuchillo|pistola|arma|machete)\b|\b(pistola|arma|armado|balazos?|balacera|disparo|disparos|disparar|disparo|dispararon|apunal\w*|amenaza de bomba)\b/,
      // "Bomba" is also a pump ("la bomba del riego"): a bomb is one someone left or says is there.
      /\b(una|hay una|dejaron una|pusieron una|tiene una|trae una) bomba\b(?! (de|del|para) )/,
      // Someone with a blade, or swinging or throwing something at people, now.
      /\b(un|una|el|la) (hombre|senor|senora|tipo|muchacho|cliente|huesped|persona|compa\w*|mujer)\b.{0,40}\bcon (un |una )?(cuchillo|navaja|machete|tubo|palo|bate|martillo)\b/,
      /\b(swinging|swung|waving|throwing|threw|threw|hurling) (a|an|the|his|her) (pipe|bat|bar|hammer|knife|machete|chair|shovel|wrench|crowbar|bottle|board|2x4)\b/,
      /\b(tipo|tipos|hombre|hombres|senor|cliente|muchacho|vato|uno|alguien)\b.{0,30}\b(trae|tiene|lleva|traen|tienen|llevan) (un |una )?(machete|navaja|pistola|arma|bate|fierro|cuchillo)\b/,
      /\b(tiro|aventó|avento|lanzo|esta tirando|anda tirando) (una|un|la|el) (silla|botella|tubo|palo|martillo)\b|\b(tirando|aventando) (golpes|sillas|botellas)\b/,
      /\bcon (un |una )?(cuchillo|navaja|machete)\b.{0,30}\bamenaz\w*|\bamenaz\w*.{0,30}\b(mat(ar|arnos|arte|arlo|arla|arme)|disparar|cuchillo|navaja)\b/
    ]
  },
  {
    category: 'injury',
    patterns: [
      new RegExp(
        `\\b(cut|cuts|sliced|slit|gashed|chopped|crushed|smashed|burned|burnt|scalded)\\b.{0,25}\\b${BODY}\\b`
      ),
      /\b(bleeding|bleed|bleeds|blood|bloody|gushing)\b/,
      /\b(burn(ed|t)?|scald\w*)\b.{0,25}\b(bad|badly|really bad|blister\w*|peeling)\b/,
      new RegExp(`\\b${PERSON}\\b.{0,25}\\b(fell|slipped|tripped|fell off|fell from)\\b`),
      /\bfell (off|from|through|down)\b.{0,20}\b(the |a |an )?(roof|ladder|scaffold\w*|lift|dock|stairs|platform|truck|trailer|building|mezzanine|catwalk|loft|second floor|2nd floor)\b|\b(cant|can't|cannot|couldnt) (move|feel) (his|her|my|their) (leg|legs|arm|arms|neck|back|body)\b|\b(s?he|they|s?he'?s|hes|shes) (cant|can'?t|cannot) (move|feel) (em|them|it|his legs|her legs)\b|\b(s?he|they|hes|shes|says)\b.{0,30}\b(cant|can'?t|cannot) (move|feel) (his|her|their) (hands|fingers|feet|toes|legs|arms|body)\b/,
      /\bse cayo (del|de la|de un|de una) (techo|escalera|andamio|azotea|segundo piso|plataforma|camion|trailer|muelle)\b|\bno (puede|puedo) mover (la|el|las|los|su|sus) (pierna|piernas|brazo|brazos|cuello|espalda|cuerpo)\b/,
      /\b(hit|hurt|struck)\b.{0,10}\b(their|his|her|my) head\b|\b(badly|seriously|really bad) (hurt|injured)\b|\b(broke|broken) (his|her|my|their) (arm|leg|wrist|ankle|finger|hand|foot|toe|nose|back)\b/,
      // A machine and someone's hand, told in pieces ("baler. marcus. his hand. pls"), not asked about.
      new RegExp(`\\b${MACHINE}\\b[^?]{0,30}\\b(his|her|their) ${BODY}\\b(?![^?]*\\?)`),
      new RegExp(
        `\\b(pallet|box|boxes|case|shelf|rack|load|something|it|door)\\b.{0,10}\\b(fell on|landed on|dropped on|ran over|rolled over|crushed) (my|his|her|their|someone'?s?|a guy'?s?) ${BODY}\\b`
      ),
      /\b(fight|fighting) (broke out|in the|going on)\b|\b(people|guys|customers) (are )?fighting\b/,
      /\b(forklift|truck|car|trailer)\b.{0,20}\b(hit|ran over|struck|ran into)\b.{0,10}\b(a|the|my|someone|somebody|him|her|guy|worker|coworker)\b/,
      /\b(getting|being|gettin) (jumped|beat up|beaten up|beaten|stomped|mugged|attacked)\b|\b(got|just got) (beat up|beaten up|stomped|mugged)\b|\bjumping (a|some|this|that|the) (guy|dude|man|lady|woman|kid|worker|driver|customer)\b/,
      /\b(le|lo|la|les) (estan|esta) (pegando|golpeando|dando una golpiza|madreando)\b|\b(estan|esta) golpeando a\b|\b(una )?golpiza\b/,
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
      /\b(bull|cow|horse|steer|heifer|mule)\b.{0,25}\b(kicked|pinned|trampled|stomped|gored|charged|crushed|stepped on|knocked)\b|\b(dog|dogs|pit ?bull)\b.{0,15}\b(attack\w*|maul\w*)\b/,
      /\b(toro|vaca|caballo|becerro|mula|novillo|yegua|burro|res)\b.{0,30}\b(patada|pateo|aplasto|pisoteo|embistio|revolco|cornada|tumbo)\b|\bperros?\b.{0,20}\b(ataco|atacando|mordio)\b/,
      /\b(kicked|hit|struck|smacked|whacked|clipped|smashed|bashed|knocked)\b.{0,30}\b(in|on|over) (the |his |her |their |a )?(\w+'?s? ){0,2}head\b|\b(out cold(?! with)|knocked (him|her|them) out|(got|was|is) knocked out)\b|\b(golpe|patada|pego|dio|cayo)\b.{0,25}\ben la cabeza\b|\bnoquead[oa]\b/,
      /\b(aplasto|aplastaron|prenso)\b|\b(le|lo|la|les) pas(o|aron) por encima\b|\bpaso por encima (del|de la|de su|de un|de una)\b|\bse (le )?(vino|vinieron|cayo|cayeron|volteo|volco)\b.{0,25}\bencima\b/,
      /\b(got|was|been|just got) (hit|struck|run over|ran over) by (a|the|an) (car|truck|van|forklift|bus|vehicle|trailer|pickup|suv|semi|train)\b|\b(car|truck|van|forklift|bus|trailer|pickup|suv)\b.{0,20}\bhit (one of|our|a|the|my) (\w+ ){0,3}(guys?|workers?|techs?|drivers?|kids?|employees?|coworkers?|porters?|attendants?)\b/,
      /\b(car|truck|van|forklift|bus|trailer|pickup|suv|vehicle|driver|loader|tractor)\b.{0,40}\b(hit|struck|ran over|run over|backed (into|over)) (our|a|the|my|one of our) (flaggers?|workers?|laborers?|pedestrians?|cashiers?|crew ?members?|guys?|ladys?|lady|man|woman|kids?)\b|\b(came down|slammed|closed|snapped shut) on (\w+'?s|my|his|her|their|someone'?s?) (hand|hands|fingers?|arm|arms|foot|feet|head|leg|legs)\b|\b(\d+|two|three|his|her|their|my) fingers? (are|is|came|got|were|was) (cut |taken |chopped )?(off|gone)\b|\b(laying|lying|tirad[oa]) (in|on|en) (the |la |el )?(road|street|ground|calle|suelo|piso)\b.{0,25}\b(not getting up|not moving|no se (levanta|mueve))\b/,
      /\b(fingers?|thumbs?|hand|arm|foot)\b.{0,20}\b(went )?(thru|through|into|in) the (\w+ )?(jointer|saw|planer|blade|slicer|grinder|mixer|press|roller|chipper|shredder|auger|mower|sheeter|seamer)\b|\bpart of (it|his|her|their|my) (finger|thumb|hand) is (gone|off)\b|\b(his|her|their) (fingers?|hand|arm) (is|are) (still |stuck |still stuck )?in (it|there)\b|\b(le )?agarro (a|al) (\w+ ){1,3}(del|de la|de los|por el|por la) (brazo|mano|pierna|pelo|cabello|ropa|camisa)\b/,
      /\b(towels?|rags?|gauze|toallas?|trapos?) (are |is |r )?(already )?(soaked|soaking|full of blood|llen[oa]s? de sangre)\b|\bsoaked (through|thru)\b|\b(spurting|squirting|pumping out|tourniquet)\b|\b(bleeding|it) (wont|won'?t|will not|isnt|isn'?t|is not|not) (stop|stopping)\b|\b(cant|can'?t|cannot) stop the bleeding\b|\bno (para|deja) de sangrar\b|\b(fingers?|hand|arm|leg|foot)\b (is |are |got |were |was )?(all )?(mangled|degloved|severed)\b|\bpulled (his|her|their) (hand|arm|fingers?) in\b|\b(esta|quedo) colgando\b|\bse salio del arnes\b|\bse (me|le) ve el hueso\b|\bbone (is )?(showing|sticking out)\b|\b(see|seeing) (the )?bone\b|\b(snake|rattlesnake|rattler|vibora|culebra|serpiente|cascabel)\b.{0,30}\b(bit|bite|bitten|pico|mordio)\b|\b(bit|bitten|pico|mordio)\b.{0,20}\b(snake|rattlesnake|rattler|vibora|culebra|serpiente|cascabel)\b/,
      /\b(jack|jack stand|gato)\b.{0,20}\b(slipped|gave (out|way)|fell|se cayo|se resbalo|se zafo)\b|\b(agarro|atrapo|dejo) a \w+ (abajo|debajo)\b|\b(cayo|cayeron|se vino) (sobre|encima de) (alguien|un|una|el|la|mi|su)\b/,
      /\b(came down|fell|dropped|landed|collapsed) on (top of )?(him|her|them|someone|somebody|some ?one|a (guy|worker|man|woman|kid|person|coworker)|one of (us|our|the))\b/,
      /\b(car|truck|van|lift|jack|load|pallet|beam|machine|tractor|mower|forklift)\b.{0,30}\bon (top of )?(him|her|them|(his|her|their|\w+'?s) (chest|neck|head|legs?|back|arm|body))\b/,
      // Falls from a height or into water or a hole, however put.
      /\b(slid|slipped|tumbled|rolled) (off|down off|off of|from)\b.{0,20}\b(the |a |an |his |her )?(roof|ladder|scaffold\w*|skylight|edge|balcony|lift|boom|bucket|tree|deck|second story|2nd story|mezzanine)\b|\bfell (through|thru) (the |a )?(roof|skylight|floor|ceiling|hole|deck|ice)\b|\b(fell|dropped|came down|went down)\b.{0,15}\b\d+ ?(ft|feet|foot|pies|metros)\b|\b(hit|landed on) the (ground|concrete|pavement|floor) from\b|\bwent (off|over) the (roof|edge|side of the roof)\b|\bfell (in|into) (the |a )?(pond|pool|lake|river|canal|water|tank|pit|vat|manhole|hole|trench|silo|grain bin)\b/,
      /\b(se )?(cayo|callo|resbalo|cayeron) (\w+ )?(del|de la|de un|de una|desde|por el|por la|por un) (techo|escalera|andamio|azotea|segundo piso|tercer piso|plataforma|camion|trailer|muelle|tragaluz|arbol|balcon|grua|canasta|orilla)\b|\bse cayo (en|a) (la|el|una|un) (alberca|piscina|estanque|rio|canal|tanque|pozo|zanja|hoyo|silo)\b/,
      // Violence by a person, now ("is punching"; "keeps hitting on me" is HR's).
      new RegExp(
        `\\b${PERSON}\\b.{0,15}\\b(is|are|keeps|started|just)\\b.{0,5}\\b(punching|hitting|kicking|strangling|slapping|stomping)\\b(?! on)`
      ),
      // A limb taken, a saw in a limb, burns that take skin.
      /\b(amputat\w*|severed)\b|\b(took|ripped|tore)\b.{0,25}\b(fingers?|thumbs?|toes?|hand|arm)\b.{0,5}\boff\b|\b(saw|chainsaw|trimmer|blade|grinder|mower|drill)\b.{0,25}\b(into|through|across)\b.{0,10}\b(his|her|my|their|\w+s) (hand|arm|leg|foot|fingers?|thigh|knee)\b/,
      /\ble (agarro|jalo|corto|aplasto|prenso|arranco|mocho|volo|trozo|abrio|rajo|quemo) (la|el|los|las|su|sus|un|una|dos|tres) (punta de (los |la |el )?)?(mano|manos|dedo|dedos|brazo|brazos|pierna|piernas|pie|pies|cabeza|cara|espalda)\b|\bse le (metio|metieron|fue|fueron) (la|el|los|las|su|sus) (mano|manos|dedo|dedos|brazo|brazos|pie|pierna)\b/,
      /\bskin\b.{0,15}\b(coming|peeling|falling) off\b|\b(se le|le) (esta )?(cae|cayendo|caer|despeg\w*) (la )?piel\b|\b(steam|hot water|boiling water|scalding|hot oil|grease|vapor|aceite caliente|agua hirviendo)\b.{0,50}\b(in|on|to|across|en|sobre) (the |his |her |my |their |la |el |su )?(face|eyes?|arm|arms|chest|neck|cara|ojos|brazo|pecho|cuello)\b/,
      /\b(oven|fryer|grill|burner|pilot|torch|heater|boiler|stove|horno|freidora)\b.{0,15}\b(flashed|flared|blew up|backfired|exploto|le exploto)\b/,
      // A lift, ladder or scaffold gone over with someone on it; a person on the ground in pain.
      /\b(lift|ladder|scaffold\w*|platform|forklift|cherry picker|boom|mower|zero turn|tractor|atv|cart|skid ?steer|bobcat)\b.{0,15}\b(tipped|tipped over|fell over|flipped|went over|toppled|rolled( off| over| into)?)\b.{0,25}\b(with|w\/?) (\w+ ){1,2}(on|in|under) it\b|\bupside down in the (water|pond|lake|canal|river|ditch)\b|\bon the (ground|floor)\b.{0,30}\b(moaning|groaning|screaming|twitching|convulsing|shaking|jerking|seizing|wont answer|won'?t answer|not answering)\b/,
      /\b(piernas?|brazos?|manos?|cara|pecho|pies?|espalda) quemad[oa]s?\b|\b(fryer|freidora)\b.{0,15}\b(tipped|tipped over|spilled|fell|flipped|se volteo|se cayo|se tiro|se vino)\b/
    ]
  },
  {
    category: 'medical',
    patterns: [
      // Someone saying they will kill or hurt themselves; someone nobody can wake.
      /\b(roof|ledge|bridge|balcony|window|edge|azotea|techo|puente)\b.{0,60}\b(going to|gonna|threaten\w* to|wants to|about to|se va a|se quiere) (jump|aventar|tirar)\b|\b(ya )?ni suda\b|\bconfundid[oa]\b.{0,40}\b(vomit\w*|suda|calor|hirviendo|mareado)\b|\b(vomit\w*|calor)\b.{0,40}\bconfundid[oa]\b/,
      /\b(kill|hurt|cut|harm) (himself|herself|themselves|myself)\b|\bsuicid\w*|\bend (his|her|their|my) (own )?life\b|\bse (va|quiere|iba) (a )?(matar|suicidar|cortar)\b|\bquiere matarse\b|\bquitarse la vida\b|\b(cant|can'?t|cannot|couldnt|could not) wake (him|her|them)( up)?\b|\bno (lo|la|los) (podemos|puedo|pueden) despertar\b|\b(me|le|nos) falta (el )?aire\b|\bno (me|le) entra (el )?aire\b/,
      // Someone else said to want to die or end it, or to have taken a whole bottle: told by whoever heard it.
      /\b(s?he|they|hes|shes|coworker|co-worker|friend|guy|lady|caller|resident|patient|client|says|said|texted|texting|keeps saying|told me)\b.{0,40}\b((?<!\bmakes? (me|her|him|them|you|us) )wants? to (die|end it(?! with))|(gonna|going to) end it(?! with)|ready to end it(?! with))\b|\b(dice|dijo|anda diciendo|me escribio)\b.{0,20}\b(se )?quiere morir(se)?\b|\b(took|swallowed|tomo|se tomo|se trago) (a |an |the |todo (el|un) |toda (la|una) |todas las )?(whole|entire|full|bote|frasco|caja)\b.{0,20}\b(bottle|pills|meds|pastillas|pildoras|frasco|bote)\b/,
      /\bse (le|me) (esta )?(cierra|cerrando) la garganta\b|\b(stung|sting|stings|bee|wasp|hornet|allerg\w*|peanuts?|shellfish|picadura|pico (una|un)|alergi\w*|cacahuates?|mani|nueces|mariscos|camaron|dye|tinte|latex|medication|medicine)\b.{0,80}\b(throat\b.{0,12}\b(tight|tightening|closing|swelling)|hard to (swallow|breathe)|(cant|can'?t) (swallow|breathe)|hives|itchy (all over|everywhere)|garganta\b.{0,12}\b(cerrad[oa]|apretad[oa]|cierra)|no (puede|puedo) (tragar|respirar))\b/,
      /\b(not answering|not responding|unresponsive|eyes (half )?(open|closed) (but|and) (not|wont)|eyes half (open|closed))\b.{0,50}\b(grey|gray|pale|ashen|clammy|blue)\b|\b(grey|gray|pale|ashen|clammy)\b.{0,50}\b(not answering|not responding|unresponsive|eyes half (open|closed))\b/,
      /\b(man|guy|deckhand|someone|somebody|kid|passenger|crew ?member|worker|\w+) (went |fell |is |just went |just fell )?overboard\b(?! with)|\bhombre al agua\b|\b(wrists?|munecas) (cut|slit|cortadas?)\b|\bcut (her|his|their) wrists\b|\bse corto las munecas\b|\b(has|got|with) (the|his|her|some) pills ready\b|\b(texted|sent|said) (me )?(goodbye|his goodbyes|her goodbyes)\b.{0,60}\b(pills|gun|rope|bridge|not answering|tonight)\b|\bbreathing (barely|shallow)\b|\b(landed|fell|hit|dropped|crashed)\b.{0,40}\b(isnt|isn'?t|not|wont|won'?t) (responding|moving|answering|waking up)\b|\b(went|gone|is|just went) limp\b|\b(diabetic|diabetico|diabetica|blood sugar|su azucar)\b.{0,60}\b(shaky|shaking|sweaty|confused|not making sense|passing out|slurring|temblando|confundid[oa])\b|\b(shaky|shaking|sweaty|confused|not making sense|temblando|confundid[oa])\b.{0,60}\b(diabetic|diabetico|diabetica|blood sugar)\b|\b(cant|can'?t|cannot) let go\b.{0,40}\b(cord|wire|cable|shaking|electric\w*)\b|\b(cord|wire|cable)\b.{0,40}\b(cant|can'?t|cannot) let go\b/,
      // A stroke or a seizure by its signs; chest pain in Spanish; a heart attack, heat stroke or choking by theirs.
      /\b(grabb\w*|clutch\w*|holding) (his|her|their|my) chest\b|\bchest\b.{0,60}\b(sweat\w*|left arm)\b|\b(left arm|brazo izq\w*)\b.{0,60}\b(chest|pecho|sweat\w*|sudando)\b|\b(talking nonsense|no sweat|not sweating|(doesnt|doesn'?t|does not|dont|don'?t) know where (he|she|they) (is|are)|no sabe (ni )?(donde|quien)|(skin|piel) (is |esta )?(hot|dry|caliente|seca) (as hell|and dry|y seca))\b|\bturning (blue|purple|gray|grey)\b|\b(se (esta )?(puso|poniendo)) (morad[oa]|azul)\b|\b(swallowed|se trago|ate) (a |some |two |\d+ )?(batter(y|ies)|magnets?|razor|glass|pilas)\b|\b(gagging|drooling)\b.{0,30}\b(cant|can'?t) (talk|breathe|swallow)\b|\b(gagging|choking|something in (his|her|their) (mouth|throat))\b.{0,60}\b(not making (any |a )?(sound|noise)|no sound|not crying|(cant|can'?t) (cry|cough|talk))\b|\b(not making (any |a )?(sound|noise)|no sound|not crying)\b.{0,30}\b(gagging|choking)\b|\bheart (is )?racing\b.{0,40}\b(dizzy|powder|chest)\b|\b(dizzy|powder)\b.{0,40}\bheart (is )?racing\b/,
      /\b(face|cara|boca|mouth)\b.{0,25}\b(droop\w*|chuec[oa]|torcid[oa]|caid[oa])\b|\bslurr\w*\b|\b(habla|hablando) (muy )?(raro|rara|arrastrad[oa]|trabad[oa])\b|\barrastra las palabras\b|\b(derrame|embolia)\b|\b(eyes (rolled|rolling) back|shaking all over|jerking all over|foaming at the mouth|ojos en blanco|echando espuma)\b|\b(dolor (en el|de|del) pecho|(le|me) duele (mucho )?el pecho|sudando frio|sudor frio)\b/,
      /\b(fosa|tanque|pozo|silo|cisterna|tolva|pit|tank|bin|manhole|vault|sewer|well|restroom|bathroom|stall|bano)\b.{0,60}\b((ya )?no (contesta|contestan|responde|responden|salen|sale)|(not|nobody) (answering|responding|coming out)|(wont|won'?t|dont|don'?t|doesnt|doesn'?t) (answer|respond|come out))\b|\bgurgling\b/,
      /\b(if|whether|(dont|don'?t|do not) think|not sure|cant tell|can'?t tell) (if )?(he|she|they|hes|shes|theyre)('?s| is| are)? (still )?breathing\b|\b(isnt|isn'?t|not|aint|stopped|quit) breathing\b|\b(dropped|collapsed|went down|hit the (floor|ground)|fell out)\b.{0,50}\b(not (moving|responding|answering|talking)|(hes|shes|he'?s|she'?s|he is|she is|theyre|they are) not (getting up|talking))\b/,
      /\b(cant|can't|cannot|can not|couldnt|trouble|hard to) breathe?\b|\bnot breathing\b|\bchoking\b|\bchest (hurts|pain|pains)\b|\bmy chest\b.{0,10}\b(hurts|tight)\b/,
      /\b(not waking( up)?|wont wake up|won'?t wake up|isnt waking|breathing (sounds |is |looks )?(wrong|weird|funny|strange|bad)|(hanging|dangling|suspended) (by|from|in) (his|her|their|the) (harness|rope|lanyard|line))\b/,
      /\b(passed out|pass(ing)? out|fainted|unconscious|unresponsive|wont wake|won't wake|seizure|heart attack|stroke|overdos\w*|allergic reaction|anaphyla\w*)\b/,
      // Nobody answering after going in ("neither one talks"); a person named, not moving ("don tono. no se mueve").
      /\b(neither|none|nobody|ninguno|ninguna|nadie)( one| of (them|us|the two)| de (los|las) (dos|tres))? (talks|is talking|answers|is answering|responds|is responding|moves|is moving|habla|contesta|responde|se mueve)\b|\b(don|dona|senor|senora|compa|companero|companera)\b[^?]{0,90}\bno (se mueve|responde|contesta|habla|reacciona)\b/,
      /\bno (se )?(despierta|reacciona)\b|\b(tomo|se tomo|se trago|took|swallowed|ate) .{0,25}\b(pastillas|pildoras|medicina|medicamentos?|pills|meds|medication)\b.{0,50}\b(no despierta|no responde|wont wake|won't wake|not waking|not responding|unresponsive|passed out|sleepy|drowsy)\b/,
      new RegExp(
        `\\b${PERSON}\\b.{0,25}\\b(not responding|isnt responding|isn'?t responding|wont respond|isnt moving|isn't moving|not moving|collapsed(?! (boxes|box|cardboard|the|a|an|pallets?|cartons?|tents?|chairs?|tables?)\\b)|is down and|not getting up|isnt getting up|wont get up|won'?t get up)\\b`
      ),
      /\b(no (puede|puedo|podemos) respirar|no respira|se (esta )?ahog\w*|convulsion\w*|desmay\w*|inconsciente|infarto|sobredosis|ataque)\b|\b(y|esta|el|ella|companer[oa]|compa|senor|senora|residente|paciente)\b.{0,10}\bno (responde|se mueve(?! (nada|el trafico|la fila|la linea))|reacciona|contesta)\b|\btemblando (todo|toda|todito)\b.{0,20}\bno (contesta|responde)\b/,
      // Swelling that closes the airway; seizures, heat stroke, drowning, collapse, however put.
      /\b(face|lips|throat|tongue)\b.{0,20}\b(swell\w*|swollen|closing( up)?|huge|puff(ing|ed|s)? up|puffy)\b|\b(hinch\w*|cerrando)\b.{0,20}\b(cara|labios|garganta|lengua)\b|\b(cara|labios|garganta|lengua)\b.{0,20}\b(hinch\w*|cerrando)\b|\bgasping\b/,
      /\b(seizing|convulsing|having a fit|keeled over|heat ?stroke|heat exhaustion|stopped sweating|wheez\w*|atragant\w*|just dropped(?=\s*[,.!]|\s*$)|(?<!\b(rack|racking|shelf|shelving|shelves|wall|ceiling|roof|trench|tent|floor|deck|scaffold|scaffolding|building|stack|pile) )collapsed(?! (the|a|box|boxes|cardboard)\b)|keeled over|golpe de calor|insolacion|dejo de sudar|no suda|se desplom\w*|drowned|barely breathing|sin respirar)\b|\bdrowning\b(?! in (?!(the )?(pool|water|river|lake|pond|tub|tank|deep end|lazy river)))|\bwent under\b.{0,15}\b(water|pool|deep end|lake|pond)\b|\bface ?down in the (water|pool|pond|tub|lake)\b/,
      new RegExp(
        `\\b${PERSON}\\b.{0,20}\\b(just )?(dropped|went down|hit the (floor|ground))(\\s*$|\\s*[,.!]|\\s+(and (is|isnt|hes|shes|not|wont|cant)|like a|on the (floor|ground)|to the (floor|ground)))`
      ),
      /\b(slumped|collapsed|lying|laying|passed)\b.{0,60}\b(not answering|not responding|wont answer)\b|\b(lying|laying|face ?down)\b.{0,40}\b((hasnt|hasn'?t|has not) moved|not moving|twitching|convulsing|seizing|jerking)\b|\b(s?he'?s|hes|shes|is|found (him|her|them)|esta) (all )?(slumped|desplomad[oa])\b|\b(lips|labios)\b.{0,15}\b(blue|purple|morad[oa]s?)\b|\b(tirad[oa]|desplomad[oa]|en el piso|en el suelo)\b.{0,30}\bno (contesta|responde|se mueve|reacciona|habla|abre)\b|\b(dementia|alzheimers?|demencia)\b.{0,100}\b((s?he'?s|hes|shes|is) gone|missing|cant find|can't find|not home|isnt home|walked out|wandered|no esta|no (lo|la) (encontramos|encuentro)|se salio|se fue)\b|\b(missing|cant find|can't find|not home|isnt home|wandered|no esta|no (lo|la) encontramos|(is|s) gone)\b.{0,110}\b(dementia|alzheimers?|demencia|memory care|memory unit)\b|\b(memory care|memory unit)\b.{0,40}\b(is gone|missing|cant find|can'?t find|nobody can find|wandered|walked out)\b|\bod'?(d|ed|ing)\b/
    ]
  },
  {
    category: 'chemical',
    patterns: [
      /\b(chemical|chemicals|bleach|caustic|acid|degreaser|cleaner|sanitizer|ammonia|chlorine|lye)\b.{0,40}\b(eye|eyes|face|skin|mouth|swallowed|drank|splash\w*|burn\w*|fumes|coughing)\b/,
      /\b(eye|eyes|face|skin)\b.{0,30}\b(chemical|bleach|caustic|acid|degreaser|cleaner|sanitizer|ammonia|chlorine)\b/,
      /\b(eyes? (are |is |r )?(burning|stinging)|blinded)\b|\b(cant|can't|cannot) see( anything)?\s*([.!,]|$)|\b(cant|can'?t|cannot|couldnt) open (his|her|their|my) eyes?\b|\bno (puede|puedo) abrir (los|sus) ojos\b/,
      /\b(chemical spill|(cant|can't) stop coughing|no (podemos|puedo|puede) dejar de toser)\b/,
      /\b(hit|broke|cut|struck|ruptured|nicked|busted) (a|the) (gas|propane) (line|main|pipe)\b|\b(gas|propane|ammonia)\b.{0,40}\bhissing\b|\b(propane|ammonia|natural gas) (smell|odor|stink)|\bsmell (of|like) (propane|ammonia)\b|\b(propane|natural gas|gas (line|tank|heater|pipe))\b.{0,40}\b(leak|leaking|leaks)\b|\bhissing\b.{0,40}\b(gas|propane)\b/,
      /\b(gas (leak|smell)|smells? (like |of )?gas|smell (of )?gas|carbon monoxide|co alarm|ammonia leak|toxic fumes|(chemical|bleach|ammonia|chlorine) fumes|fumes)\b/,
      /\bhuele\b.{0,15}\ba gas\b|\b(huele a gas|olor a gas|fuga de (gas|amoniaco|quimico)|vapores|monoxido|en los ojos|arden los ojos|ojos? ardiendo|no veo( bien| nada)?\s*([.!,]|$)|no (puede|puedo) ver\s*([.!,]|$)|me arde\w*|le arde\w*|quimico en (la cara|los ojos|la piel))\b/,
      // Poisoning by fumes shows in the body; mixing bleach and ammonia makes them; rotten eggs is gas.
      /\b(chemicals?|bleach|caustic|acid|ammonia|chlorine|cleaners?|fumes|spill|powder|substance|residue|thinner|solvent|gasoline|fuel|paint|spraying|sprayed|pesticides?|insecticides?)\b.{0,100}\b(throwing up|vomit\w*|dizzy|light ?headed|passing out|nause\w*|drool\w*|pupils|(cant|can'?t) see)\b|\b(cloro|amoniaco|quimicos?|sosa|acido|vapores|gas|fumig\w*|plaguicidas?|insecticidas?|veneno)\b.{0,80}\b(vomit\w*|maread\w*|tosiendo|desmay\w*|borros\w*|nos arde\w*)\b/,
      /\b(se tomo|se trago|tomo|trago|bebio|drank|swallowed|drinking|ate)\b.{0,25}\b(quat|bleach|cloro|quimicos?|chemicals?|sanitizer|sanitizante|degreaser|desengrasante|sosa|acid|acido|cleaner|limpiador|antifreeze|anticongelante)\b/,
      /\b(mixed|mezclaron|mezcle|mezclo|revolvieron)\b.{0,30}\b(bleach|cloro|ammonia|amoniaco|chemicals|quimicos|cleaners)\b|\b(rotten eggs?|huevo podrido)\b/,
      /\bhuele (\w+ ){0,2}a (gas|amoniaco|cloro|quimico)|\b(mucho|fuerte) olor a (gas|amoniaco|cloro|quimico)|\bsmells? (\w+ ){0,2}(like |of )gas\b/,
      /\b(fumes|vapou?rs?|gas|smoke|ammonia|chlorine|chemicals?|vapores|humo|amoniaco|cloro|quimicos?)\b.{0,80}\b(coughing|throwing up|puking|vomiting|dizzy|light ?headed|passing out|cant breathe|can'?t breathe|tosiendo|vomitando|mareados?|mareadas?|desmayando)\b/
    ]
  },
  {
    category: 'entrapment',
    patterns: [
      // Someone in there who cannot get out, now ('kelsey is in there w him rn she cant get out').
      /\b(in there|inside|stuck|trapped|locked in)\b.{0,40}\b(cant|can'?t|cannot|couldnt) get out\b(?! of)|\b(cant|can'?t|cannot) get out\b(?! of).{0,15}\b(help|rn|right now|now|hurry)\b|\b(esta|estan|quedo|se quedo) (adentro|encerrad[oa]s?)\b.{0,30}\bno (puede|pueden|podemos) salir\b/,
      new RegExp(
        `\\b(caught|stuck|pulled|trapped|pinned|crushed|sucked)\\b.{0,20}\\b(in|into|under|between|by|inside)\\b.{0,15}\\b${MACHINE}\\b`
      ),
      new RegExp(
        `\\b${BODY}\\b.{0,15}\\b(caught|stuck|pulled|trapped|pinned|crushed)\\b(?! (it|them|that|this)? ?out\\b)`
      ),
      new RegExp(
        `\\b${MACHINE}\\b.{0,15}\\b(caught|grabbed|pulled|took|sucked in) (my|his|her|their|someone'?s?) (${BODY.slice(1, -1)}|sleeve|hair|glove|shirt)\\b`
      ),
      /\b(trapped|pinned under|crushed (under|by|between)|cant get (him|her|them) out|can't get (him|her|them) out)\b/,
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
      // A child or a pet shut in a car: heat runs up.
      /\b(kid|child|baby|toddler|infant|dog|puppy|nino|nina|bebe|nene|nena|perro|perrito)\b.{0,30}\b(locked|left|stuck|encerrad[oa]|dejad[oa]) (in|en) (the|a|her|his|their|el|un|su) (car|truck|van|vehicle|suv|carro|coche|troca|camioneta)\b/,
      // Shut in a walk-in, a freezer or a trailer: cold and air run out.
      /\b(elevator|elevador|ascensor)\b.{0,30}\b(stuck|trapped|atorad[oa]|detenid[oa])\b.{0,40}\b(with|con) (a|an|two|three|\d+|some|people|ppl|someone|somebody|una?|dos|tres|gente|alguien)\b.{0,40}\b(inside|in it|in there|adentro|dentro)\b/,
      /\b(walk ?-?in|freezer|cooler|cold room|trailer|container|reefer)\b.{0,80}\b(stuck|trapped|locked|shut|been|still) (in there|inside)\b|\bhandle (broke|broken|came off) (from|on the) inside\b/,
      /\b(locked|shut|stuck|trapped) (in|inside)\b.{0,12}\b(walk ?-?ins?|freezer|cooler|cold room|trailer|container|reefer)\b|\b(cant|can'?t|cannot|couldnt) get out of the (walk ?-?in|freezer|cooler|cold room|trailer|container)\b/,
      /\b(encerrad[oa]s?|quedo (adentro|dentro|encerrad[oa])|se quedo (adentro|dentro|encerrad[oa]))\b.{0,30}\b(congelador|camara|cuarto frio|refri\w*|hielera|trailer|caja|contenedor)\b|\bpuerta\b.{0,20}\bno (abre|se abre) (por|desde|de) (dentro|adentro)\b|\b(cuarto frio|congelador|camara)\b.{0,40}\b(esta|quedo|sigue) adentro\b|\bno (puede|puedo|pueden|podemos) salir (del|de la) (congelador|cuarto frio|refri\w*|trailer|camara|caja)\b/,
      /\b(se derrumb\w*|se colapso|se vino abajo|se cayo (el|la|un|una) (rack|techo|estante|estanteria|anaquel|pared|muro|barda)|se cayeron (las|los) (cajas|tarimas|estantes|racks?) encima|quedo abajo)\b/
    ]
  },
  {
    category: 'fire',
    patterns: [
      /\b(panel|outlet|breaker|box|wires?|cord|plug)\b.{0,40}\b(smoking|sparking|arcing)\b|\b(needle|gauge|pressure)\b.{0,30}\b(past|over|in) the red\b|\brelief valve (is )?(screaming|blowing|popping|going off)\b|\babout to (blow|explode|burst)\b|\b(orange|red) glow\b|\bglowing (red|orange)\b|\b(embers|smoldering|smouldering)\b|\bsmoking (a lot|alot|bad|really bad|like crazy|heavy|heavily)\b|\b(wall|ceiling|hood|vent|duct)\b.{0,30}\b(scorched|charred|blackened|black now|turning black|getting hot|hot to the touch)\b/,
      /\b(on fire|caught fire|catching fire|flames?|grease fire|kitchen fire|a fire|the fire|fire (in|at|near|on|by)|fire!+|smoke (is |was |keeps )?(coming|pouring|everywhere|in|from|filling|billowing)|(machine|outlet|oven|fryer|panel|box|motor|compressor|wires?|charger|battery) (is )?smoking|smoky|sparking|sparks|explosion|exploded|burning smell|smells? (like )?(burning|smoke)|fire alarm (is )?(going off|went off)|(there'?s|theres|there is) (smoke|a fire|fire))\b/,
      /\barcing\b|\b(water|leak\w*)\b.{0,40}\b(electrical room|panels?|breakers?)\b.{0,30}\b(buzzing|arcing|sparking|smoking)\b|\b(cord|cable|drop ?light|extension)\b.{0,40}\b(standing|is|are|laying|lying) in (the |a )?(water|puddle)\b|\b(shocked|electrocut\w*|live wires?|exposed wires?|arc flash)\b|\b(water|leak\w*)\b.{0,25}\b(electrical|panel|outlet|breaker|wires?)\b/,
      /\b(se electrocuto|toque electrico|descarga electrica|cables? pelados?|agua\b.{0,25}\b(panel|enchufe|cables?))\b/,
      /\b(spilled|spill|spilt|tipped|dumped)\b.{0,20}\b(hot oil|fryer oil|hot grease|boiling)\b|\b(se (tiro|derramo|volteo)) (el )?aceite caliente\b/,
      /\b(incendio|fuego|lumbre|humo|llamas|se prendio|se esta quemando|se incendio|exploto|explotaron|explosion|chispas|huele a quemado|olor a quemado)\b/,
      /\b(filling|filled|full) (up )?(with|of) smoke\b|\blleno de humo\b|\b(barn|building|roof|van|truck|engine|hood|dryer|oven|dumpster|trailer|shed|attic)\b.{0,10}\b(smoking|burning)\b/,
      /\b(got|get|getting|was|been) (zapped|shocked|electrocuted)\b|\belectric(al)? shock\b|\b(live|hot|energized) (panel|box|wire)\b|\b(live|energized) line\b|\b(molotov|lit bottle|firebomb\w*)\b|\b(it'?s|its) burning\b|\bcayo\b.{0,10}\bcable de (luz|alta)\b|\b(power|electric|live) (line|wire|cable)s?\b.{0,25}\b(down|fell|came down|on (him|her|the|top))\b|\b(le|me|les) (dio|dieron|esta dando) (toque|un toque|la corriente|corriente|una descarga|descarga)\b|\bcable de (luz|alta)\b.{0,25}\b(cayo|encima)\b/,
      // A fire that spreads or is not out; a machine into a power line.
      /\b(fire|flames?|fuego|llamas)\b.{0,60}\b(climbing|spreading|going up|spread(ing)? to|reaching|got into|catching|subiendo|se esta pasando|ya llego) (up )?(the |a |la |el |al |a la )?(siding|wall|walls|roof|hood|ceiling|building|attic|vents?|ducts?|trees?|house|pared|techo|campana|edificio)\b|\b(didnt|didn'?t|did not|wont|won'?t|cant|can'?t|couldnt) (put it out|go out)\b|\b(fire|flames?)\b.{0,60}\b(up in|into|in) the (hood|ceiling|vents?|ducts?|attic|roof|walls?)\b|^(fire|incendio|fuego)\b(?! (department|dept|station|extinguishers?|exits?|lane|code|drills?|alarm|safety|training|marshal|inspection|door|doors|watch|pit|me|him|her|them|us))|\b(hit|touch\w*|into|contacted|snagged|caught|tocando|pego (a|con) (el|los)) (a |the )?(power|electric|overhead|high ?voltage|live) ?lines?\b|\b(cables? de (luz|alta))\b.{0,30}\b(tocando|pego|toco)\b/
    ]
  },
  {
    category: 'emergency',
    patterns: [
      /\b(911|ambulance|paramedics?|ambulancia|paramedicos|emergencia medica)\b/,
      // A child, resident or patient missing now.
      /\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|\d+ ?(year|yr)s? ?old)\b.{0,30}\b((is|went|has gone|gone) missing(\s*$|\s*[,.!]|\s+(from|and|since|for|in|at))|wandered (off|out|away)|eloped|(walked|got|slipped) out (the|a|through the) (\w+ )?(door|gate|exit))|\b(cant|can't|cannot|couldnt) find\b.{0,25}\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|client|\d+ ?(yr|year)s? ?old)\b(?!'?s\b)|\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|client|\d+ ?(yr|year)s? ?old)\b[^?]{0,120}\b(cant|can't|cannot|couldnt|can not) find (him|her|them)\b|\b(kid|child|boy|girl|toddler|baby|son|daughter|resident|patient|\d+ ?(year|yr)s? ?old)\b.{0,40}\bmissing (from|since|at|in|for)\b|\b(elopement|eloped)\b|\blost (kid|child|boy|girl|toddler|camper|nino|nina)\b|\bhead ?count\b.{0,20}\b(is|was) (off|short|wrong|\d+ not \d+)\b|\bcampers? (is |went )?missing\b|\b(we are|were|we'?re) missing (a|one|one of (our|the)) (campers?|kids?|child|children|students?|residents?)\b|\b(residente|paciente|nino|nina)\b.{0,20}\bno esta\b.{0,60}\b(buscamos|puerta|abierta|por ningun lado|nada)\b|\b(kid|child|son|daughter|girl|boy|\d+ ?(yr|year)s? ?old)\b.{0,60}\bnow (s?he'?s|shes|hes|is) (gone|nowhere)\b|\bone of (the|our) (\d+ ?(yr|year)s? ?olds?|kids|children|toddlers|residents|campers|students|patients)\b.{0,15}\b(is )?(gone|missing)\b|\bfalta(n)? (un|una) (nino|nina|nene|nena|bebe|residente|paciente|alumn[oa])\b|\bno esta\b.{0,20}\b(ya )?(lo|la) (buscamos|busque|hemos buscado)\b.{0,30}\b(todos lados|todas partes|nada|ningun lado)\b|\b(kid|child|boy|girl|toddler|\d+ ?(yr|year)s? ?old)\b.{0,40}\b(walked|wandered|ran) (off|away|out)\b|\b(little |small )?(kid|child|boy|girl|toddler|son|daughter|\d+ ?(yr|year)s? ?old)\b (is |got |was |who is )?(lost\b(?! (his|her|their|a|an|the|my)\b)|separated from\b)|\b(kid|child|boy|girl|toddler|\d+ ?(yr|year)s? ?old)\b.{0,60}\b(s?he'?s|hes|shes|has) been gone\b|\b(cant|can'?t|cannot) find one of (our|the) (campers?|kids?|residents?|patients?|children|clients?|students?|girls|boys)\b|\blast seen\b.{0,40}\b(ago|min|minutes|hour)\b|\b(isnt|isn'?t|is not|not) on (the )?(unit|ward|floor)\b.{0,60}\b(door|missed|checks?|looked|searched)\b|\b(isnt|isn'?t|is not|not) in (his|her|their) (room|bed)\b.{0,40}\b(bed ?check|window|door|checked)\b|\b(lost (her|his|their) (mom|dad|mother|father|parents?))\b|\b(isnt|isn'?t|is not|not) in (his|her|their) (room|bed)\b.{0,60}\b(anywhere|checked|looked|searched|door was open|min|minutes)\b/,
      // A pupil missing by grade ("a first grader is missing from the cafeteria").
      /\b(kindergartner|kinder kid|preschooler|(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th) grader)\b.{0,30}\b((is|went|has gone|gone) missing|(cant|can'?t|cannot|couldnt) find)\b/,
      // Severe weather on top of people: a tornado coming at them, lightning on a person, water rising
      // where people are.
      /\b(tornado|funnel cloud|twister|tornado)\b.{0,30}\b((headed|heading|coming) (right )?(at|for|toward|towards|our way|this way)|touched down|on the ground|hitting|hit the)\b|\b(struck by lightning|le cayo un rayo)\b|\blightning (hit|struck) (\w+ )?(him|her|them|someone|somebody|a (guy|worker|man|woman|kid))\b/,
      /\b(flood\w*|water (is )?(rising|coming in|pouring in)|se (esta )?inundando)\b.{0,60}\b(residents?|patients?|people|ppl|kids|children|guests|workers|residentes|pacientes|gente|ninos)\b.{0,30}\b(in the|still|trapped|stuck|in (their|the) rooms|down there|adentro|atrapad[oa]s)\b/,
      /\b(no (encontramos|encuentro|encuentra|encuentran|aparece)|se (nos |les |me )?(perdio|escapo|salio a la calle|salio por))\b.{0,30}\b(nino|nina|nene|nena|bebe|hij[oa]|residente|paciente)\b|\b(nino|nina|nene|nena|bebe|residente|paciente)\b.{0,30}\b(se (perdio|escapo|salio por)|no aparece|no (lo|la) (encontramos|encuentro|hallamos)|desaparecio)\b/
    ]
  }
]
