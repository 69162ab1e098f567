// Words that look dangerous and are not ("fire me", "nail gun", "water shooting everywhere", a film's
// shootout, a joke about a fire): struck out before the danger rules (safety-rules.ts) read a text. Each
// is in the must-not table of test/safety-rules.test.ts.

import { WEAPON_NOUN } from './danger/vocabulary.ts'
import { LAUGHTER } from './laughter.ts'

const NAMES_A_WEAPON = new RegExp(String.raw`\b${WEAPON_NOUN}\b`)

// The body's signs of a heart attack or a stroke: beside them, a heart attack "nearly had" is no figure of speech.
const BODY_SIGNS = String.raw`\b(chest|pecho|arm|brazo|jaw|quijada|breath\w*|breathe|respir\w*|dizzy|mare[ao]d[oa]|sweat\w*|sudando|sudor|numb|dormid[oa]|pain|dolor|hurts?|duele|slurr\w*|vomit\w*)\b`

// What is kept in a cooler or a trailer. "It" and "they" have been in there as goods; still in there, they may be people.
const GOODS = '(?:berries|product|produce|food|milk|meat|boxes|pallets?|stock|inventory|fruit|orders?|lettuce|fish)'

const KILL_IF_LATE = String.raw`\b(kill|killing|matar|matarme|mata)\b[^.?!]{0,30}\b(if (i|im|i'?m|we|we'?re) (am |are )?\w+|si (llego|llegamos|se me|me|no) \w+)\b`

const NOT_DANGER: RegExp[] = [
  // A gun show, sales that exploded, eyes that burn from onions, a heart attack to come when someone sees the numbers, a
  // register that chokes on big orders (a red team's fifth round, second part).
  /\bgun shows?\b|\b(sales|business|orders|numbers|phones?|views|followers|tips|catering)\b( (have|has|just|really|totally))? (exploded|blew up|blowing up|exploding)\b|^(?!.*\b(cloro|bleach|quimic\w*|chemicals?|acid\w*|amoniac\w*|ammonia|desengrasante|degreaser|lejia|sanitizer|sanitizante)\b).*?\b((me|le|nos) (arden|arde|lloran|pican) (los )?)?(ojos|eyes)\b.{0,40}\b(cebollas?|onions?|chiles?|jalapen\w*)\b|\b(va|van|iba) a dar (un )?(infarto|ataque)\b.{0,30}\bcuando\b|\b(gonna|going to) have a heart attack when\b|\b(register|printer|machine|scanner|pos|shredder|dispenser|it)\b.{0,15}\b(keeps? )?(chok(es|ing|ed)) on\b/,
  // First, while the commute is still in the text: a fire, smoke or a wreck on the road the sender is stuck behind ("running late, theres a car fire on the highway and
  // traffic is stopped", "voy a llegar tarde, hubo un choque en la carretera y hay humo"): nobody at work is in danger.
  /(?:(?=.*\b(late|running behind|traffic|stuck|delay\w*|tarde|trafico|retras\w*|atorad[oa])\b)|(?<=\b(late|running behind|traffic|stuck|delay\w*|tarde|trafico|retras\w*|atorad[oa])\b.*))(\b(car |truck |brush |grass )?(fire|smoke|crash|wreck|accident|choque|humo|incendio|accidente)\b[^.?!]{0,60})?\b(on|off|along|by|in|en|por) (the |la |el )?(highway|freeway|interstate|hwy|expressway|turnpike|i-?\d+|carretera|autopista)\b([^.?!]{0,60}\b(fire|smoke|crash|wreck|humo|incendio|choque|accidente)\b)?/,
  // Hyperbole and jokes: on fire at selling, a brain fried, a game lost, prices; keeping a fire from starting.
  /\b(no|without|w\/?o|sin) (blood|bleeding|sangre)\b|\b(didnt|didn'?t|not) bleed(ing)?\b|\b(ropa|sabanas|toallas|linens?|laundry|sheets|towels|gauze|gasas)\b.{0,20}\b(con sangre|bloody|with blood)\b|\b(bloody|con sangre)\b.{0,10}\b(linens?|laundry|sheets|towels|ropa|sabanas|toallas)\b/,
  /\b(raccoons?|possums?|opossums?|skunks?|rats?|mice|birds?|bats?|cats?|squirrels?|snakes?|animals?|critters?)\b[^.?!]{0,60}\b(trapped|stuck)\b|\btrapped in (a|an|this|that) (\d+ ?min(ute)? )?\w+ (with|w)\b|\bis shot (wont|won'?t|doesnt|doesn'?t|cant|can'?t|need|needs)\b|\blimpiar (la )?sangre\b|\bshot at the buzzer\b|\b(jump|hook|trick|half ?court|game ?winning|buzzer) ?shots?\b|\b(we|i|they|team|crew) were on fire\b|\b(was|were) on fire (lol|lmao|haha)\b|\b(estuvo|estuvimos|estuvieron|esta|estan|estamos|estaba|estaban|son|es) (de fuego|en llamas|en fuego|a fuego|a todo fuego)\b|\besta que (arde|echa fuego|echa lumbre)\b/,
  /\btrapped (a|an|the|some|\d+) (raccoons?|possums?|opossums?|skunks?|rats?|mice|mouse|birds?|cats?|squirrels?|snakes?|animals?|critters?)\b|\b(bb|airsoft|toy|water|nerf|cap|pellet|paintball|foam) guns?\b|\b(im|i'?m|i am) (so |totally )?(collapsed|dead|dying) (on|in) (the|my) (couch|bed|sofa|floor)\b|\b(can|could|might|may|would|will) (catch|start|cause) (a )?fire\b/,
  /\b(is|was|are|were|s|been|re) on fire (today|tonight|lately|this (morning|week|month|shift|season|year))\b|\b(brain|head) (is |was )?(fried|on fire|smoking)\b|\bsmoke (is )?coming out (of )?my ears\b|\bshot down\b|\bhighway robbery\b|\b(we|i) got robbed by (the|that) (ref|refs|umpire|umps?)\b|\b(so|to) (they|it|that|we|nothing) (dont|don'?t|doesnt|doesn'?t|wont|won'?t|never|cant|can'?t) (start|cause|catch)( a)? fires?\b|\bprevent(ing)? (a )?fires?\b/,
  // Water, air or sparks that shoot, a part that is shot, blood as a stain or a machine's alarm, food
  // that came out cold: no gun, no wound, nobody knocked out.
  /\b(came|come|comes|coming|served|brought|sent|delivered|arrived) out cold\b/,
  /\b(water|air|steam|oil|foam|sand|dirt|gravel|sparks?) (is |was |keeps )?(shooting|shoots|shot) (out|up|everywhere|all over)\b|\b(seal|pump|motor|battery|bearing|belt|tire|brakes?|compressor|clutch|starter|it|thing|machine|printer|scanner|thermostat|sensor|fan|valve|element|igniter|switch|relay|breaker|hose|gasket|spring|hinge|chain|bulb|controller|timer|board|part) (is|are|'s|s|was|were|looks|seems) (totally |completely |pretty much |probably |prob |def )?(shot|toast)\b|\b(manchas? de sangre|blood ?stains?|bloodborne|blood leak (alarm|alarms|alarming|detector|sensor|error)|(alarm|alarms|alarming|alarmed|error|sensor|detector) (for |says |reads |on )?blood leak|blood spill kit|clean(ing)? up blood)\b/,
  /\b(fire|fired|firing) (me|him|her|us|them|someone|people|you)\b|\bgot fired\b|\bfire (drill|drills|training|trainings|extinguishers?|lanes?|exit|exits|marshal|codes?|inspections?|inspectors?|door|doors|safety class|safety|watch|pit|hazards?|risks?|escapes?|blankets?|department|dept|station)\b|\bfire alarm (test|testing|drill|inspection|battery)\b/,
  /\b(nail|glue|price|scanner|scan|rf|label|printer|tag|heat|spray|caulk|staple|grease|temp|temperature|paint|tire|torque|impact|air|rivet|radar|massage|bolt|screw|foam|sealant|grout) guns?\b|\bshot of\b|\b(flu|booster|vaccine|covid) shots?\b|\bshooting for\b|\bshoot (me|us|him|her|them)? ?(a|an|the|ur|your|my|our|his|her|over|some|that|this)? ?(quick )?(text|texts|email|emails|message|msg|pic|pics|picture|pictures|photo|photos|schedule|address|addy|number|link|list|info|details|location|call)\b/,
  // A fork in the butter, a knife in a box: "stabbing" food or packaging hurts nobody ("who keeps stabbing the butter").
  /\bstabb?(ing|ed|s)? (at )?(the |a |an |my |our |this |that |these |those |all the |holes in (the )?)?(butter|cheese|cake|bread|potato(es)?|meat|steak|chicken|box(es)?|bags?|cartons?|tape|plastic|film|wrap|lids?|straws?|veggies|vegetables|fruit|pickles?|olives?|ice|dough)\b/,
  // A fire in children's make-believe ("the kids are playing firefighters and one says theres a fire in the sandbox").
  /(?<=\b(playing|play|jugando|juegan|juegas|pretend\w*)\b.{0,40}\b(firefighters?|firemen|fireman|fire ?fighters?|bomberos?)\b.{0,60})\b(says?|said|yell\w*|shout\w*|scream\w*|dice|dijo|grita\w*) (theres|there'?s|there is|hay) (a |un )?(fire|fuego|incendio)\b/,
  // Blood of a period, or of gums ("me bajo la regla y manche el pantalon de sangre", "my gums bleed when i floss").
  /(?<=\b((me )?(bajo|llego|vino) (la regla|el periodo|mi periodo)|(ando|estoy) (en mis dias|con la regla|en mi periodo)|(got|on|started|having) my period|menstrua\w*)\b.{0,80})\b(sangr\w*|blood\w*|bleed\w*)\b|\b(sangr\w*|blood\w*|bleed\w*)\b(?=.{0,60}\b((me )?(bajo|llego|vino) (la regla|el periodo|mi periodo)|(got|on|started|having) my period|menstrua\w*)\b)|\b(sangr\w*|bleed\w*)\b.{0,20}\b(encias|gums)\b|\b(encias|gums)\b.{0,20}\b(sangr\w*|bleed\w*)\b/,
  // Smoke from what the kitchen is cooking ("hay humo en la cocina porque estamos asando chiles").
  /\b(humo|smoke|smoky|smokey)\b(?=[^.?!]{0,60}\b(asando|asar|tostando|tatemando|cocinando|roasting|searing|grilling|charring|toasting|blackening|chiles|peppers|comal|tortillas|bacon|the grill|la parrilla)\b)/,
  // Figures of speech (a red team's second round): a customer who "held me hostage" complaining, prices that "se
  // dispararon", a check that "es un asalto", the heat that is "gonna kill us", an app where one "cant see anything".
  /\b(held|holding|holds|kept|keeps) (me|us) hostage\b(?=[^.?!]{0,50}\b(for \d+|complain\w*|talking|talk|coupons?|questions?|returns?|stories|story)\b)/,
  /\bse (dispar[oa]|dispararon|disparan)\b(?=[^.?!]{0,20}\b(precios?|renta|gasolina|gas|costos?|luz|cuentas?|comida)\b)|\b(precios?|renta|gasolina|costos?|cuentas?)\b[^.?!]{0,20}\bse (dispar[oa]|dispararon|disparan)\b/,
  /\b(cheque|pago|precios?|renta|sueldo|descuentos?|quincena|check|paycheck|prices?|rent)\b[^.?!]{0,30}\b(es|fue|son|esta|estan|is|was|are) (un |una |a )?(asalto|robo|robbery)\b/,
  /\b(heat|sun|humidity|cold|calor|frio|sol|this (job|shift|place|line|rush|week|schedule|hill|route))( out here| today| aqui| hoy)?( is| s|'s)? (gonna|going to|will|va a|nos va a|me va a) (kill|matar) (us|me|nos|me|a todos)?\b/,
  /\b(cant|can'?t|cannot|couldnt) see (anything|it|nothing|the schedule|my schedule|my hours|my shifts?|my pay ?stubs?)\b(?=[^.?!]{0,40}\b(app|schedule|portal|site|website|screen|page|login|posted)\b)|(?<=\b(app|portal|site|website|screen|logged in(to)?|log in|login|page)\b[^.?!]{0,40})\b(cant|can'?t|cannot|couldnt) see\b/,
  // A tool asked about for its work ("trae un machete nuevo, lo podemos usar para cortar la maleza?").
  /\b(machetes?|cuchillos?|knife|knives|box ?cutters?)\b(?=[^.?!]{0,60}\b((can|could|may) (i|we) use|(ok|okay|allowed) to use|(lo |la )?(podemos|puedo|se puede) usar|sharpen|afilar|para cortar (la |el |los |las )?(maleza|hierba|zacate|monte|verduras?|cajas|carne|ramas)|to cut (the )?(brush|weeds|branches|boxes|veggies|meat))\b)/,
  // A car of one's own smelling of gas, a throat that burns with a cold.
  /\b(my|our|his|her|the) (car|truck|van|ride|vehicle)\b[^.?!]{0,10}\b(smells|smelling|smelled|smell|reeks) (like |of )?(gas|gasoline|fuel)\b|\b(mi|el|la) (carro|troca|camioneta|coche)\b[^.?!]{0,10}\bhuele a (gas|gasolina)\b/,
  /\b(me|le) (arde|duele) (la garganta|el estomago|la panza)\b/,
  // A gun made with fingers is a threat for HR, not a weapon.
  /\b(made|makes|making|make|did|does|doing) (a |the )?(finger ?gun|gun (sign |gesture )?with (his|her|their|my) (fingers|hand))\b|\bfinger ?guns?\b/,
  // A "pistola de/para" something is a tool (de calor, de pintura, de grapas); the weapon is a pistola alone.
  /\bpistolas? (de|para) (?!fuego\b)\w+/,
  // A danger said not to have happened ("no fire", "no hubo fuego"; "nobody got hurt" is below).
  /\b(not|isnt|isn'?t|is not|wasnt|wasn'?t|was not|aint) (on fire|burning|in flames)\b|\b(no|wasnt|wasn't|was not|there was no|theres no|there's no|there is no) (fire|flames?|smoke|injuries|injury|one hurt)\b|\bno (hubo|hay|habia) (fuego|incendio|humo|heridos|lesionados)\b/,
  /\b(cut|cutting|cut-resistant|cut resistant) gloves?\b|\bburn (cream|kit|gel)\b|\bblood (drive|pressure|test|tests|work|donation|sugar)\b|\bdonate blood\b|\bfirst aid\b|\beye ?wash\b/,
  /\b(smoke|smoking|vape|vaping) (break|breaks|area|spot|section|policy|room|detector|detectors)\b|\b(can|may|could|where can|where do) (i|we|people|employees|u|you) ((vape|smoke|chew|eat|drink|dip) (or|and|n|&) )?(smoke|vape)\b|\b(allowed|ok|okay) to ((vape|smoke) (or|and|n|&) )?(smoke|vape)\b/,
  /\b(no one|nobody|noone|no-one) (is |was |got )?(hurt|injured|bleeding)\b|\bnadie (salio |esta |quedo |se )?(herido|lastimo)\b/,
  /\b(cut|cutting) (back )?(my|our|the|his|her)? ?(hours|shifts?|pay|schedule|check)\b|\bfell (behind|asleep|short|in love)\b|\bfell through\b(?! (the |a )?(skylight|roof|floor|ceiling|hole|deck|ice))|\bpunch(ed|ing)? (in|out)\b|\bcrushed it\b/,
  /\brobbed (on|of|out of|with) (my |our |the )?(check|pay|paycheck|hours|tips|overtime|money|schedule)\b|\bfeel(s|ing)? robbed\b/,
  /\bstuck in (traffic|the traffic|line)\b|\b(caught|stuck) in (the )?(rain|snow)\b|\batorad[oa] en el trafico\b|\batrapad[oa] en el trafico\b/,
  /\b(simulacro|simulacros|capacitacion|capacitaciones|entrenamiento|curso|extintor|extintores)\b[^.?!]{0,30}\b(incendio|incendios|fuego)?\b|\b(contra|de) incendios\b|\bsalida de emergencia\b/,
  /\bse (corto|cayo|fue|quemo) (la luz|el internet|el sistema|la red|la senal|la llamada|la pagina|la app|el foco|el fusible|el pan|la comida|la pizza)\b/,
  /\bla (maquina|banda|linea|impresora|etiquetadora) se (trabo|atoro|atasco)\b|\bse (trabo|atoro|atasco) (la|el) (maquina|banda|linea|impresora|etiquetadora|rodillo|compactadora|envolvedora)\b/,
  /\b(out of|no|need|low on) (propane|gas)\b|\bgas (card|money|station|prices?|reimbursement|mileage)\b/,
  /\b(family|personal|childcare|child care|vet|dental|car|money|financial) emergency\b|\bemergency (contact|fund|loan|advance|pay|leave|exit)\b|\bambulance (bay|bays|entrance|parking|lane|door)\b|\b(shot|shooting|filmed|filming|shoot) (the |a |our |that |this )?(\w+ ){0,2}(scene|scenes|take|takes|episode|commercial|video|footage|stunt)\b|\b(went|go|going) overboard with\b|\b(cat|cats|kitten|puppy|dog|squirrel|bird|goose)\b.{0,15}\battack\w* (my|the|his|her) (shoe\w*|laces|socks?|lunch|bag|food|sandwich|toy)\b|\b(vio|vieron|viste|saw|see|watch\w*) (la |the )?(pelea|fight|bout)\b[^.!]{0,40}|\b(gate|parking|barrier|boom|crossing) arms?\b|\bfire (department|dept|station) (calendar|fundraiser|inspection|visit|tour|open house)\b|\b(playing|played|play|jugando|jugamos) (\w+ ){0,3}(call of duty|cod|fortnite|warzone|apex|valorant|halo|gta|overwatch|video ?games?|videojuegos?)\b[^.?!]{0,60}|\bemergencia familiar\b/,
  // Someone who does not pick up the phone, or a no-show who does not answer: the manager's, not a collapse.
  /\bno (contesta|contestan|responde|responden) (el|su|mi|los|las|sus|mis) (telefono|cel|celular|llamadas?|mensajes|textos?|radio)\b|\b(no llego|no ha llegado|no vino|no se presento|didnt show( up)?|didn'?t show( up)?|no[- ]showed|hasnt shown up|never showed( up)?)\b[^.?!]{0,60}\b(no contesta|no responde|not answering|wont answer|won'?t answer|not picking up)\b/,
  // A near miss ('almost got hit', 'i almost cut myself on the slicer', on a thing, never "with"); a person 'on
  // fire' with a time gone; an alarm that is a test.
  // The sender's own feet or back "on fire" or "killing me" after a shift: pain, told by whoever feels it.
  /\bmy (feet|back|legs|knees|hands|arms|shoulders|throat|mouth|tongue) (are|is|r|were|was) (literally |so |totally |absolutely )?(on fire|burning|killing me)\b|\b(me )?(arden|duelen|queman) (los|las|mis) (pies|piernas|rodillas)\b/,
  // Shoving or hitting told as a pattern ("keeps shoving me ... when the managers arent looking, ive had enough"):
  // a complaint about a coworker for HR, not a fight now. Said as going on now ("help", "rn") it stays one.
  /\b(keeps|kept|always|constantly|been) (shoving|pushing|poking|bumping|elbowing|hitting|slapping|kicking) (me|us)\b(?=.{0,80}\b(every (day|shift|time|night)|all the time|for (weeks|months|days)|(had|have|ve had) enough|(sick|tired) of (it|this)|when (the )?(managers?|boss|bosses|sups?|supervisors?|leads?) (arent|aren'?t|isnt|isn'?t|are not|is not|not) (looking|around|here))\b)(?!.{0,80}\b(help|rn|right now|now|come quick|hurry|911)\b)/,
  // A two- or four-stroke engine and its oil or mix is no stroke ("out of 2 stroke oil in the shop").
  /\b(2|two|4|four)[ -]?strokes? (oil|mix|engines?|motors?|gas|fuel|mower|trimmer|blower)\b/,
  // Bloodborne pathogens, the training and the standard, not blood spilt.
  /\bblood[ -]?borne( pathogens?)?\b/,
  // Blood as what is cleaned (a kill floor, a blood tank): "which chemical for the blood on the floor", "scrubbing
  // the blood tanks". Bleeding told stays.
  /\b(blood|sangre)\b[^.?!]{0,40}\b(se lava|se limpia|lavar|limpiar|lavamos|limpiamos|clean(ed|ing|s)? (up|off)?|wash(ed|ing|es)?( off| down)?|mop(ped|ping)?( up)?|scrub(bed|bing|s)?)\b|\b(clean(ed|ing)?|wash(ed|ing)?|mop(ped|ping)?|scrub(bed|bing)?|hos(e|ed|ing) (down|off)|lavar|limpiar|lavando|limpiando|tallando)( up| off| down)? (the |all the |those |that |la |el |los |las )?(blood|sangre)\b/,
  // A machine or a tank "running on fumes" is nearly out of fuel, no vapour breathed.
  /\b(running|runs|ran|run|going|driving|living) on fumes\b/,
  // A scanner's gun in Spanish ("el scanner de mi pistola no jala"): a device that fails, no weapon.
  /\b(scanner|escaner|lector|etiquetadora|rf)\b.{0,15}\bpistolas?\b|\bpistolas?\b.{0,25}\b(no (jala|sirve|prende|escanea|lee|funciona|carga)|se (apago|trabo|descargo)|sin (bateria|pila|carga)|bateria|pila|reinici\w*|escane\w*)\b/,
  // Skin that cracks and bleeds from cold, chemicals or washing ("my hands are cracked and bleeding"): no wound.
  /\b(cracked|cracking|chapped|dry|raw|peeling|agrietad[oa]s|resecad[oa]s)\b,? (and|&|n|y) (bleeding|bleed|sangrando|sangran)\b|\b(bleeding|sangrando) (from|de) (the )?(dry|cracked|chapped|resecad[oa]s|agrietad[oa]s)\b/,
  /\b(casi|por poco|almost|nearly) (le )?(atropell\w*|pega\w*|se cae\w*|se cayo|hit|got hit|fell|ran over|fall|(cut|sliced|burned|burnt) (myself|my \w+) on (the|a|an|some|that|this) \w+)\b|\b(was|were|been) on fire (today|tonight|yesterday|lately|all (day|night)|this (week|morning|weekend))\b/,
  /\bfire alarm (is )?(going off|went off)\b(?=.{0,60}\b(test|testing|drill|no fire|false alarm|cleared|all clear|lint|burnt toast|nothing burning)\b)|\bla alarma\b.{0,20}\b(sonando|sono)\b(?=.{0,30}\b(prueba|simulacro)\b)/,
  // Training about heat, a film's scenes, work piling up.
  /\b(heat ?stroke|heat exhaustion|heat illness|golpe de calor)\b.{0,15}\b(training|class|prevention|plan|poster|video|capacitacion|curso|platica)\b|\b(movie|film|pelicula|peli|escena|scene|game|juego|(ya )?(viste|vieron|vio) (la|el)|((did|have|has) )?(anyone|anybody|yall|u|you|ya) (\w+ )?(see|seen|watch|watched) (the )?(new|last|latest))\b.{0,60}\b(locked in|trapped|stuck in|crushed|buried|drown\w*|shootout|shooting|balacera|disparos|gun|guns|explosions?|explosion|fire|zombies?|died|dies|killed|kill|sangre|blood|balazos?|balacera)\b|\b(explosions?|shootout|shooting|shooter|gun ?fight|fire|blood|zombies?|balacera)\s+(scene|scenes|movie|movies|film|game|escena|pelicula)\b/,
  // Talk about a danger is not the danger: jokes about it, the signs of it asked, hyperbole ("so hot we'll
  // need an ambulance", "could give you a heart attack").
  /\b(jokes?|joking|joked|kidding|bromas?|bromea\w*) (about|that|de|sobre|con)\b[^.?!]{0,40}/,
  /\b(signs?|symptoms?|warning signs|difference between|sintomas|senales) (of|de)\b[^.?!]{0,40}|\b(heat ?stroke|heat exhaustion|golpe de calor)\b\s+(vs|versus|or|o)\b[^.?!]{0,25}/,
  // A motor or brakes that smell burnt, told as a machine's fault ("creo q se esta quemando el motor huele feo",
  // "smells like burning rubber when i brake"): the manager's, like a jam.
  /\bse (esta|estan) quemando (el|los|la) (motor|motores|foco|fusible|clutch|freno|frenos|banda)\b|\b(smells?|smelling) like burn(ing|t) (rubber|brakes?|clutch)\b.{0,30}\b(when|if|whenever) (i|you|we|u) (brake|stop|drive|press|hit the brakes?)\b/,
  // An appliance smoking "a bit", asked whether to shut it (three blind sets put it to the manager): no fire told.
  /\b(fryer|oven|grill|toaster|griddle|vacuum|motor|dryer|freidora|horno|plancha|estufa|secadora|aspiradora)\b.{0,25}\b(smoking|smokes|sacando|echando|echa) (a (bit|little|lil)|a little bit|un poco( de humo)?|poquito( de humo)?|humito)\b/,
  // A boss who will "kill" the sender for being late or a slip ("el jefe me va a matar si llego tarde", "my manager is
  // gonna kill me if i forget the deposit"): said of every boss, laughed about or not. Not for reporting him.
  /\b(boss|manager|mgr|sup|supervisor|chef|gm|lead|jef[ea]|gerente|encargad[oa]|supervisora|mayordomo|patron|patrona)\b[^.?!]{0,30}\b(kill|matar|matarme|mata)\b[^.?!]{0,20}\b(if (i|im|i'?m|we|we'?re) (am |are )?(late|tardy|(gonna|going to) be late)|if (i|we) (miss|forget|mess up|screw up|drop|break|burn|call out|call in)|si (llego|llegamos|vuelvo a llegar) tarde|si (falto|faltamos|no llego|no vengo|se me olvida|me equivoco|rompo|quemo|tiro))\b/,
  // A code punched in at an alarm panel or a keypad ("punched the wrong code").
  /\bpunch(ed|ing)? (in )?(the |a |my |our )?(wrong |right |alarm |door |old |new )?(code|pin|number|numbers|button|buttons|keys?)\b/,
  // Goods left in a cooler ("berries have been in there since 5am", "product is still in there"); the sender asleep
  // on the couch after a double.
  new RegExp(
    `\\b(${GOODS}|it|they)\\b (has |have )?(been|sat|sitting) (in there|inside)\\b|\\b${GOODS}\\b (is |are |s )?still (in there|inside)\\b|\\bpassed out (on|in) (the|my) (couch|bed|sofa|recliner)\\b`
  ),
  // Asking whether one's own weapon may be brought or kept ("i got a carry permit, can i leave my gun in my car in
  // the lot", "puedo traer mi navaja"): a rule asked about, nobody threatened.
  /\b(can|could|may|am i allowed to|are we allowed to|is it ok to|is it okay to) (i |we )?(bring|leave|keep|carry|have|store|lock) (my|our|a|the) (gun|guns|pistol|handgun|firearm|rifle|knife|pocket ?knife|box cutter|taser|pepper spray)\b|\b(puedo|podemos|se puede) (traer|dejar|tener|guardar|cargar) (mi|mis|una|un|la|el) (pistola|arma|navaja|cuchillo)\b/,
  // A smoke alarm chirping for its battery; the 911 operator's line quoted as a joke ("911 whats your emergency lmao").
  /\b((fire|smoke|co|carbon monoxide|humo|incendio|de humo|de incendio) )?(detector|alarm|alarma)\b[^.?!]{0,40}\b(chirp\w*|beep\w*|pitando|pita|suena)\b[^?!]{0,40}\b(battery|batteries|bateria|pila)\b|\b911,? (what'?s|whats|what is|cual es) (your|ur|su|tu) (emergency|emergencia)\b/,
  // The sender or the crew "on fire" and laughing at it is hot or doing well, not burning ("its so hot in here im
  // literally on fire lol", "this line is on fire lol we already did 30 bales").
  /\b(i'?m|im|i am|we'?re|we are|(this|the|our|my) (line|crew|team|shift|register) (is|s|was)) (literally |so |basically |lowkey |actually )?on fire\b(?=[^.?!]{0,30}(\blol\b|\blmao\b|\bhaha\w*|\bjaja\w*|🥵|😂|🤣))/,
  // The weather "on fire" out here, with the heat or a laugh beside it ("its on fire out here today lol 98 degrees").
  new RegExp(
    String.raw`\b(its|it'?s|it is|esta|hace) (literally |so |like |straight |basically |just )?(on fire|an oven|un horno|en llamas|hell) (out|in|aqui|alla) ?(here|there|afuera|adentro)?\b(?=.*(${LAUGHTER}|\b\d+ ?(degrees|deg|grados)\b|°|\b(hot|heat|sun|humid|calor|sol|caliente)\b))`
  ),
  // Food and drink named for blood, and meat served rare or undercooked ("out of bloody mary mix", "blood orange syrup",
  // "steak is too bloody", "el pollo todavia esta sangrando por dentro").
  /\bbloody mar(y|ys)\b|\bblood oranges?\b|\b(steaks?|burgers?|meat|chicken|pollo|carne|filete|hamburguesa|pork|puerco)\b (is |are |was |esta |estan |todavia esta |still |sigue |se ve )?(too |so |muy |bien |todavia |still |kinda )?(bloody|rare|sangrando|sangrante|crud[oa]s?|con sangre)\b/,
  // Photos and video shot ("we shot the new menu photos today").
  /\bshot (the |some |a |an |our |all the |all our )?(new |final |last )?(\w+ )?(photos?|pics?|pictures?|videos?|footage|commercials?|ads?|tiktoks?|reels?|scenes?|promos?)\b/,
  // Busy and selling out is no fire ("bakery is literally on fire today, sold out by 9").
  /\b(literally |totally |straight )?on fire (today|tonight|this (morning|week|weekend))\b(?=[^.?!]{0,40}\b(sold|selling|sales|busy|slammed|tips|orders|line|numbers)\b)/,
  /\b(tan|so)\b[^.?!]{1,30}\b(vamos a|va a|we'?ll|we will|gonna|you'?ll|youll)\s*(need|necesitar)\s*(an? |una )?(ambulance|ambulancia|911|paramedics|paramedicos)\b/,
  // "Could give you a heart attack", "gonna give me a stroke": of a thing or a person, with none of the body's signs.
  new RegExp(
    String.raw`(?<!${BODY_SIGNS}.*)(\b(could|would|gonna|going to|almost|nearly) (give|gave) (you|u|me|someone|somebody|anyone|us) a (heart attack|stroke)\b|\bgave me a (heart attack|stroke)\b|\bme (va a|iba a) dar un infarto\b)(?!.*${BODY_SIGNS})`
  ),
  // A heart attack, a stroke or a faint only nearly had, over a thing seen or laughed at ("casi me da un infarto con
  // el cheque jaja", "nearly had a heart attack when the alarm test went off lol", "casi me desmayo cuando vi el
  // horario"): a figure of speech. Said as happening, or with the body's signs anywhere in the text ("chest still
  // hurts"), it keeps its page.
  new RegExp(
    String.raw`(?<!${BODY_SIGNS}.*)\b((almost|nearly|practically) (had|have|got) (a )?(heart attack|stroke)|(almost|nearly) (passed out|fainted)|(casi|por poco|ya merito) me (da|dio|daba|iba a dar) (un )?(infarto|derrame|ataque( (al|de) (corazon|nervios|panico))?|desmayo|soponcio|patatus)|(casi|por poco) me (desmayo|desmaye))\b(?=[^.?!]{0,50}(${LAUGHTER}|\b(con|del|de la|cuando|al ver|viendo|when|at|over|seeing|from|after|bc|because|cuz)\b))(?!.*${BODY_SIGNS})`
  ),
  // Laughed at as it is said ("this customer is going to give me a stroke lol", "me dio un infarto jaja").
  new RegExp(
    String.raw`(?<!${BODY_SIGNS}.*)\b((is |are )?(gonna|going to) give me|giving me|gave me|me (va|van) a dar|me (dio|da|dan)) (a |un )?(heart attack|stroke|infarto|derrame)\b(?=[^.?!]{0,25}${LAUGHTER})(?!.*${BODY_SIGNS})`
  ),
  // Drowning in work, said of oneself with no water in the text ("the call queue is blowing up and we're drowning",
  // "estamos ahogados de pedidos").
  /^(?!.*\b(water|pool|river|lake|pond|tub|tank|ocean|deep end|agua|alberca|piscina|rio|lago|tina)\b).*\b(we'?re|were|we are|im|i'?m|i am|am|are)( (so|literally|just|totally|kinda|lowkey))? drowning\b/,
  /\b(ahogad[oa]s?|(me estoy|estamos|nos estamos|ando|andamos|se esta|esta|anda|andan|se estan|estan) ahogando) (de|en|con) (trabajo|chamba|pedidos|ordenes|llamadas|clientes|cuartos|tanto|la caja|el drive|la linea|el mostrador|la barra)\b/,
  // Hunger, laughter or a migraine said in the words of a faint or a fit ("estoy que me desmayo de hambre", "me dio un
  // ataque de risa"); a sangria is a drink; bandages "para heridas" are supplies; one's own nosebleed; a machine that
  // "exploded water" all over the floor.
  /\b(estoy que |casi )?me (desmayo|muero) de (hambre|sueno|cansancio|risa|aburrimiento|flojera)\b|\bataque de (risa|celos|hambre|sueno|flojera|migrana|jaqueca)\b|\bsangrias?\b|\b(vendas?|curitas?|gasas?|pomadas?|cremas?)\b.{0,20}\b(para|de) (heridas|quemaduras|cortadas|cortes)\b|\b(my|mi) nose (just |started |is )?(bleeding|bled)\b|\bnosebleed\b|\b(exploded|blew up|burst) (water|ice|soda|pop|foam|sauce|ketchup|syrup|milk|coffee|juice)\b/,
  // Money bled, and a faint or a death from boredom or laughter ("she's bleeding us dry with these short shifts", "about
  // to pass out from boredom"): no wound, nobody collapsing.
  /\bbleed(ing|s)? (us|me|them|him|her|the (company|store|place|business)|\w+) dry\b|\bbleeding (money|cash|customers|staff)\b|\b(pass(ing)? out|passed out|faint(ing)?|die|dying|dead) (from|of) (boredom|laughter|laughing|hunger|exhaustion|embarrassment)\b/,
  // A warning printed on a thing ("choking hazard labels"); fire trucks and firefighters come for lunch too.
  /\bchoking (hazards?|warnings?|labels?|risks?)\b|\b(peligro|riesgo) de asfixia\b|\b(fire ?trucks?|fire ?engines?|firefighters|firemen|bomberos)\b.{0,30}\b(parked|getting|grabbing|ordering|eating|buying|came in for|here for|for lunch|comiendo|comprando|vinieron a comer|pidiendo)\b/,
  // 911 called on one's own sore feet ("somebody call 911 on my feet lol").
  /\b(call|calling|llamen?|llama|llamar) (al )?(911|an ambulance|una ambulancia) (on|for|para|por) (my|mis|mi) (feet|back|legs|knees|brain|wallet|bank account|pies|espalda|piernas|rodillas|cartera)\b/,
  // Said not to be meant ("compressor is smoking lol not literally"); a back or knees "shot" are worn out.
  /\b(smoking|on fire|burning|exploding|blowing up|dying|dead|killing (me|us))\b[^.?!]{0,12}\b(not literally|no literal(mente)?|jk|just kidding|no es cierto|es broma)\b/,
  // Taken back ("jk the forklift isnt actually on fire, wrong chat").
  /\b(isnt|isn'?t|is not|aint|wasnt|wasn'?t|was not|not) (actually|really|literally) (on fire|smoking|burning|exploding|blowing up)\b/,
  /\b(my|his|her|our|their|the|mi) (back|knees?|shoulders?|nerves|hands?|feet|legs|voice|brain|car|truck|phone|battery|printer|tires?|brakes|clutch|scanner|radio)\b (is|are|was|were|s) (totally |completely |pretty |just )?shot\b/
].map((e) => new RegExp(e.source, 'g'))

// Someone who will "kill" the sender, laughed about: a figure of speech, unless the text names a weapon.
const LAUGHED_THREATS: RegExp[] = [
  // A boss who will "kill" someone for being late, laughed about before or after ("boss says hes gonna kill me if im
  // late again lol", "lol my manager said hes gonna kill me if im late one more time 😂").
  new RegExp(`${KILL_IF_LATE}(?=[^.?!]{0,25}${LAUGHTER})|(?<=${LAUGHTER}[^.?!]{0,60})${KILL_IF_LATE}`),
  // Laughed about at once ("este cliente me va a matar jajaja pide y pide cambios"), or said of work ("nos va a
  // matar de trabajo con tantos dobles").
  /\b(me|nos) (va|van) a matar\b(?=[^.?!]{0,12}\b(jaja\w*|jeje\w*|lol+|xd)\b)|(?<=\b(jaja\w*|jeje\w*|lol+|lmao+|xd)\b[^.?!]{0,30})\b(me|nos) (va|van) a matar\b|\b(me|nos) (va|van|iba|iban) a matar (de|con) (risa|hambre|sueno|cansancio|estres|coraje|trabajo|tanto trabajo|tantos dobles|tantas horas)\b|\b(gonna|going to|is going to|will) kill (me|us)\b(?=[^.?!]{0,12}\b(lol+|lmao+|haha\w*|jk)\b)/
]

/** The text with every look-alike of a danger blanked out. */
export function strikeLookAlikes(folded: string): string {
  const struck = NOT_DANGER.reduce((text, lookAlike) => text.replace(lookAlike, ' '), folded)
  // A weapon named keeps its page however it is laughed at ("dijo que trae un cuete y que nos va a matar jaja").
  if (NAMES_A_WEAPON.test(struck)) return struck
  return LAUGHED_THREATS.reduce((text, lookAlike) => text.replace(lookAlike, ' '), struck)
}
