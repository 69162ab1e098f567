// A danger told calmly: a small hurt, one from an earlier day or away from work, a near miss, a habit, a threat
// for later, nobody in it, or asked whom to report it to. Each holds only while nothing is said to be happening
// now and nobody is badly hurt (hurt-now.ts).
import { WEAPON_NOUN } from './danger/vocabulary.ts'
import { calmly } from './hurt-now.ts'
import { LAUGHTER } from './laughter.ts'

// A hurt the sender says is small ("its not bad", "just a scratch", "no es grave"): for an injury only; a
// fire or a gas leak "not that bad yet" keeps its page.
const MINOR_HURT =
  /\b((it'?s|its|it is|it was|was|is) not (that |too |very )?(bad|serious|deep|big|a big deal)|not (that|too) bad|nothing serious|(it'?s|its|it is|it was|was) nothing( really| much)?|nothing really|no big deal|(it'?s|its|it is) (fine|ok|okay)(?! (to|if|for))|(it'?s|its|it is|it was|was) (minor|small|tiny|superficial|shallow)|(burned|burnt|cut|scraped|nicked|bumped|tweaked|twisted|pulled|hurt) (my|his|her) \w+ (a )?(lil|little|tiny|lil bit|little bit|bit)\b|(already )?(cleaned|washed|cleaned up) (it )?(and|&|n) (bandaged|wrapped|taped)( it| up)?|(just|only) (a )?(scratch|nick|scrape|bruise|small cut|little cut|small burn|little burn)|(small|little|tiny|minor) (cut|burn|scrape|scratch|nick)|scraped (my|his|her|their) (knee|knees|elbow|elbows|hand|hands|arm|shin)|no (es|fue) (grave|nada grave|profund[oa]|nada)|nada grave|no (le|me|les|nos) paso nada|(s?he'?s|hes|shes|they'?re|theyre) (fine|ok|okay|alright)( now)?|ya esta (bien|trabajando)|(nomas|solo|nada mas) (un|una) (rasguno|raspon|cortadita|quemadita|cortada chiquita)|cortadita|quemadita|bleeding (a )?(little|lil|bit|tiny)|(raspon|rasguno|cortadita|golpecito)(cito)? (nomas|nada mas|solamente)|bloody nose|nose ?bleed|(it'?s|its|bleeding) (has )?stopped|(little|lil|tiny|a bit of|little bit of) (blood|bleeding)|me (queme|corte|raspe|pegue|lastime) (tantito|poquito|un poco)|(band-?aid|bandaid|curita|bandita) on|poquito|(ya )?me (puse|eche) (pomada|crema|hielo|sabila)|put (some )?(burn cream|ointment|aloe|ice) on( it)?|sangre de la nariz|(ya )?(le )?(paro|dejo de sangrar)|got (right )?(back )?up( on (his|her|their) own)?|said (s?he|they) (was|were|is|are) (fine|ok|okay)|se levanto (sol[oa]|luego luego|rapido|bien)|no se (lastimo|hizo nada)|se raspo|(le|lo|la) revis(o|aron)|le pusimos (una )?(venda|curita|bandita|hielo)|taped (it |him |her )?up|wrapped (it )?up|(its|it'?s|just) (a little )?red|(just )?a red (mark|spot)|band-?aid(ed)? it|bandaged it|ran it under (cold |cool )?water)\b/

// A day gone: an injury from then, told today with nobody said to be badly hurt, is for the manager, not 911
// ('ayer me cai de la escalera, hoy amaneci con la rodilla hinchada').
export const EARLIER_DAY =
  /\b(yesterday|last night|last weekend|last (week|month|year|yr|summer|winter|spring|fall)|(a|two|2|few|couple( of)?) (weeks|months|years|yrs) ago|ayer|anoche|antier|el finde|el fin de semana pasado|la semana pasada|el (mes|ano) pasado|hace (unos|dos|tres|\d+) (dias|semanas|meses|anos)|on (mon|tues|wednes|thurs|fri|satur|sun)day|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b/

// Hurt away from work, asked about at work ("cut my finger at home, can i wear my own bandaid"): nobody at
// work is in danger.
const AWAY_FROM_WORK =
  /\b(at home|at my (house|place|apartment|apt)|over the weekend|this weekend|on my day off|(not|wasnt|wasn'?t|was not) at work|outside (of )?work|off the clock|on my own time|en (mi |la )?casa|el fin de semana|en mi dia (libre|de descanso)|fuera del trabajo|no (fue )?en el trabajo)\b/

/** An injury had away from work, nobody said to be badly hurt or anything happening now. */
export function hurtAwayFromWork(folded: string): boolean {
  return calmly(AWAY_FROM_WORK, folded)
}

/** An injury told from an earlier day, with nothing said to be urgent or anyone badly hurt now. */
export function fromAnEarlierDay(folded: string): boolean {
  return calmly(EARLIER_DAY, folded)
}

// Said outright that the danger is over or was none: checked and cleared, a false alarm, steam or burnt
// food ("smoke in the kitchen was just the gyoza burning, all good now", "era el vapor del caldo ya se
// apago"). Not "nobody hurt yet": a gas smell with nobody hurt yet keeps its page.
const ALL_CLEAR =
  /\b(no fire|(sono|se activo|se disparo|went off) (\w+ ){0,2}(por error|por equivocacion|by mistake|by accident),? (ya (la|lo) (apagaron|apagamos|apague)|(we|they|i) (turned|shut) it off|(it'?s|its) off( now)?)\b|(se perdio|se perdieron|perdid[oa]s?|missing|lost|wandered off)\b.{0,60}\b(ya (lo|la|los|las) (encontr\w+|hall\w+)|(we|they|i|security|mom|dad) (just )?found (him|her|them)|(s?he|they) (was|were|got) found)|(almost|nearly|casi) (set|caught|started|had|burnt|burned|se (prende|prendio|quema|quemo)|(lo|la) (prende|quema))\b.{0,30}\b(fire|fuego|incendio)\b|(smell|odor)\b.{0,25}\bwas (just |only )?(the |a |an |some |from the )?(?!(gas|smoke|fire|propane|chemicals?|bleach)\b)\w+\b[^.?!]{0,40}\b(lol|we'?re good|were good|all good|(it'?s|its) (fine|normal)|nothing|reads normal)\b|(smell|odor|stink)\b.{0,25}\bwas (just |only )?(a |an |some |the )?(bag|box|case|pile|tray|bin|bucket|pan|sack) of\b|no smoke(?! (yet|but))|no hay humo|\bthought\b.{0,40}\bbut (it was|turns out|turned out)|bad sensor|faulty sensor|(checked|looked) (her|him|them) (out|over)\b.{0,30}\b(s?he'?s|shes|hes|they'?re|theyre) (fine|ok|okay|good)|(but )?not (us|here|ours|at our (store|place|building|site))\b|ya esta bien y (se fue|regreso|volvio|esta descansando)|back from (the )?(urgent care|er|hospital|clinic|doctor) with (stitches|a cast|a brace|a note)|said (it'?s|its|it was) (just )?(the|a|an|bad|old) (sensor|detector|battery|panel)|(went|goes|going|keeps going) off (again )?(\w+ ){0,3}for (nothing|no reason)|not a (real )?fire|false alarm|every ?(one|body)('?s| is)? (fine|ok|okay|good|safe)|ya paso\b|(se (me |nos |le |les )?)?quem(o|aron) (el |la |los |las |un |una |unas |unos )?(arroz|comida|pan|panes|frijoles|tortillas|carne|cafe|palomitas|pizza|tostadas?)|\b(paramedics?|emts?|ems|medics?|the nurse|nurse|the doctor|doctors?|drs?)\b (said|say|says|think|thinks) (s?he|hes|shes|they|theyre|s?he'?s|they'?re|s?he is|they are|s?he will|s?he'?ll|they will|they'?ll)( (is|are))? ((gonna|going to|will) be |be )?(fine|ok|okay|alright|all right|stable)\b|\b(los )?(paramedicos|doctores|enfermer[oa]s?|doctor(a)?)\b (dijeron|dicen|dijo|dice) (que |q )?(va a estar|van a estar|esta|estan|queda|quedo) (bien|estable)\b|\b(he|she|they|the guy|the lady|the customer|the man|the woman)( already)? (left|took off|ran off|drove off|(is|are|was|were) gone)\b.{0,60}\b(not hurt|nobody (got |was )?hurt|no one (got |was )?hurt|(s?he'?s|shes|hes|everyone'?s|everyones) (ok|okay|fine|not hurt))\b|\b(se fue|se fueron|ya se fue|se pelo)\b.{0,60}\b(no (le paso nada|salio lastimad[oa]|se lastimo)|nadie (salio )?lastimado|(esta|estan) bien)\b|falsa alarma|(fue|era|es) (una )?(falsa|prueba)|no (smoke|fire|flames?|smell|sparks?) (now|anymore)|(smoke|smell) (is )?gone|ya no (hay|sale|salio) humo|all clear|cleared (it|the building)|(fd|fire ?dept|fire department|firemen|fire fighters|bomberos)\b.{0,20}\b(cleared|said (its |it was |were |we r )?(ok|okay|fine|good|clear))|(every(one|body) (is )?|(we'?re|were|we are) (all )?)back (inside|in|to work)|(ambulance|paramedics?|emts?|medics)\b.{0,20}\btook (her|him|them)\b.{0,40}\b(s?he|they) (was|were) (ok|okay|fine)|(we'?re|were|we are) back open|(it|that|which) was (just |only )?(the )?(steam|dust|sawdust|vapor|toast|popcorn|food|cooking|a drill|a test|burnt \w+|\w+ (burning|burnt|burned))|was (just|only) (the )?(steam|dust|sawdust|vapor|\w+ (burning|burnt|burned))|(era|fue) (nomas |solo )?(el|la|un|una)? ?(vapor|polvo|cera|comida|pan|simulacro|prueba)|(era|fue) (nomas |solo )?(el|la) \w+ (quemad[oa])|(era|fue) (nomas |solo )?(el|la|los|las|un|una) \w+ (que )?se (quemo|quemaron)|all good( now)?|(it'?s|its|it is|were|we'?re|we are|feels?|feeling) (all )?(fine|ok|okay|good|safe) now|every ?thing('?s| is)? (fine|ok|okay|good)|todo (bien|ok|normal|tranquilo|en orden)|ya (esta|se) (tranquil[oa]|calmad[oa]|calmo)|(s?he'?s|hes|shes|is|are|theyre|they'?re) (calm|calmed down|settled) now|ya se (apago|quito|fue el humo)|(s?he'?s|hes|shes|is|are|theyre|they'?re) (stable|stabilized)( now)?|found (him|her|them)\b.{0,30}\b(ok|okay|fine|safe|calm|in like|with (his|her|their) (mom|dad|parents?|family))|(moms?|dads?|parents?)'?s? (is |are )?(calm|calmed down|relieved)|(smell|smoke|noise|alarm)\b.{0,40}\bwas (just|only) (a|the|some)\b|(it|that|which|smell|smoke) was (just |only )?(the |a |somebody'?s |someones )?(\w+ )?(toaster|microwave|popcorn|toast|bagel|candle|incense|grill|smoker)\b|(it|that|which) was (just |only )?(somebody'?s|someone'?s|somebodys|someones|my|his|her|their|a coworker'?s) (popcorn|toast|food|lunch|burrito|pizza|bagel)|(smell\w*|smoke|smoky|alarm)\b.{0,40}\b(turned out|turns out)\b(.{0,60}\b(ok|okay|fine|good|cleaned|checked|nothing|just|only|(is|was|its|it'?s) out)|(?![^.?!]{0,80}\b(on fire|flames?|spreading|fuego|llamas)\b)[^.?!]{0,60}\b(toaster|oven|grill|fryer|bread|toast|popcorn|food|pan|burnt|burning|torching|scorching))|(washed|rinsed|flushed) (it )?(off|out)\b.{0,40}\b(no burn|(s?he'?s|hes|shes|im|i'?m|they'?re) (fine|ok|okay|good))|(woke|came) (up|to|around) and (is |s?he'?s |hes |shes )?(talking|fine|ok|okay|alert|sitting)|(paramedics?|emts?|medics?|doctors?|nurses?)\b.{0,20}\bsaid (s?he|they|it) (was|were|is|are|s) (just|only|fine|ok|okay)\b|(s?he'?s|hes|shes|they'?re|theyre|s?he is|they are) (back )?home (now )?(and )?(resting|fine|ok|okay|safe)\b|\b(family|familia|(her|his|their|su) (husband|wife|daughter|son|mom|dad|kids|family|esposo|esposa|hija|hijo|familia)) (is|are|esta|estan) (with|con) (her|him|them|ella|el)( now)?\b|ya (desperto|volvio en si|reacciono)|(is|are|got|s?he'?s|hes|shes|they'?re|theyre) out and (fine|ok|okay|good)|(s?he'?s|hes|shes|they'?re|theyre) back (playing|to work|working|at it|on the line))\b/
// A near miss: what fell or came at someone hit nobody ("una caja se cayo, no le pego a nadie", "casi me
// atropella el montacargas"). For an injury only; "nobody got hit" is NOBODY_AT_RISK's.
const NEAR_MISS =
  /\b(near ?-?miss|close call|no (le|les|me) (pego|dio|cayo) a nadie|no me (pego|dio|alcanzo)|no paso nada|(didnt|didn'?t|did not) (hit|hurt) (anyone|anybody)|(barely |just )?missed (me|him|her|us)|casi (me|le|nos|lo|la) (atropell\w*|peg\w*|aplast\w*|cae|cayo))\b/

// What someone always does ("is always calling the young guy names and shoving him around") is a complaint
// about how a person behaves, not a blow happening now.
const HABITUAL = /\b(always|every (day|shift|night|single day)|all the time|siempre|cada (dia|turno)|todo el tiempo)\b/

// A threat put off to some later day, or made as a standing joke ("me va a esperar afuera un dia de estos
// para darme una golpiza", "always jokes hes gonna bring a gun"): HR's, about a person, not a danger now.
const THREAT_FOR_LATER =
  /\b(one of these days|some ?day|un dia de estos|algun dia|cualquier dia|(in|en|de) broma|jok(e|es|ed|ing|ingly)|bromea\w*|(always|siempre) (says|dice|anda diciendo|jokes))\b/

// A threat only said, no weapon named, and laughed at ("el cliente dijo que nos iba a matar con tantas quejas jaja"): a
// figure of speech. A weapon named keeps its page however it is laughed at ("lol theres a guy with a gun").
const SAID_AND_LAUGHED = new RegExp(
  String.raw`^(?!.*\b${WEAPON_NOUN}\b).*\b(said|says|told|dijo|dice|decia)\b.*${LAUGHTER}`
)

/** A threat only said and laughed at, no weapon named, nothing happening now and nobody badly hurt. */
export function threatLaughedOff(folded: string): boolean {
  return calmly(SAID_AND_LAUGHED, folded)
}

/** A threat told for a later day or as a joke, with nothing said to be happening now or anyone badly hurt. */
export function threatForLater(folded: string): boolean {
  return calmly(THREAT_FOR_LATER, folded)
}

/** An injury told as someone's habit, with nothing said to be happening now or anyone badly hurt. */
export function habitual(folded: string): boolean {
  return calmly(HABITUAL, folded)
}

/** The danger is said to be over or none: checked and cleared, a false alarm, steam or burnt food. */
export function allClear(folded: string): boolean {
  return calmly(ALL_CLEAR, folded)
}

/** Something fell or came at someone and hit nobody ("no le pego a nadie"): an injury with nobody hurt. */
export function nearMiss(folded: string): boolean {
  return calmly(NEAR_MISS, folded)
}

// Said outright that nobody is in it or hurt ('elevator stuck between floors, nobody inside', 'caught her, shes ok
// not hurt').
const NOBODY_AT_RISK =
  /\b(nobody|no one|noone|no-one|nadie) (is |was |got |has |esta |salio |resulto |quedo |se ha )?(inside|in it|in there|on it|under it|under there|below|near it|hurt|injured|hit|fell|fallen|slipped|trapped|stuck|adentro|dentro|herido|lastimado|golpeado|caido|atrapad[oa])\b|\b(no one|nobody)'?s (inside|in it|hurt)\b|\bno (habia|hay) nadie\b|\b(s?he|they|hes|shes|theyre|s?he'?s|they'?re)( (is|was|are|were))?( (ok|okay|fine|alright),?( and)?)? not (hurt|injured)\b|\b(s?he|they) (wasnt|wasn'?t|isnt|isn'?t|werent|weren'?t) (hurt|injured)\b|\bno (se lastimo|salio lastimad[oa])\b/

/** Nobody is in it or hurt, with nothing said to be urgent or anyone badly hurt: no fall, collapse or shut-in to page. */
export function nobodyInIt(folded: string): boolean {
  return calmly(NOBODY_AT_RISK, folded)
}

/** The sender says nobody is in it or hurt, or that it is over: the model alone reads no emergency into it. */
export function nobodyAtRisk(folded: string): boolean {
  return NOBODY_AT_RISK.test(folded) || allClear(folded)
}

/** A small injury, told as small, with nobody badly hurt and nothing said to be urgent. */
export function minorHurt(folded: string): boolean {
  return calmly(MINOR_HURT, folded)
}

// Whom or how to report it, asked by someone able to text the question ("cut my hand on the paper cutter, who
// do i report it to"): the manager's, with the answer beside, unless someone is badly hurt.
const ASKS_WHOM_TO_REPORT =
  /\b((who|where|how) (do|should|can|would|shall) (i|we) (report|tell|notify|turn in|write up) (it|this|that|them)?|(do|should|must) (i|we) (really |even |still )?(have to|gotta|got to|hafta|need to)? ?(report|write up|tell (anyone|anybody|someone|my (sup|supervisor|manager|boss|lead))) (it|this|that)\b|(a quien|con quien|donde|como) (se |lo |le |les )?(reporto|reporta|reportamos|aviso|avisamos))\b/

export function asksWhomToReport(folded: string): boolean {
  return calmly(ASKS_WHOM_TO_REPORT, folded)
}
