// Readings that take a dangerous-sounding text out of the emergencies: it asks about a rule, a bill or
// what to do "if"; it tells of something past and mending, or told for its paperwork; or the sender has
// already made the hazard safe and nobody is hurt. Paging 911 for these trains managers to ignore the
// next page; anything said to be happening now, or a person badly hurt, keeps the page.
import { asksAnywhere, asksInClause, isQuestionForm } from './question-form.ts'

// Asking about a rule, a bill, a training or what to do "if": the danger is not happening now.
const HYPOTHETICAL_OR_POLICY =
  /\b(rule|rules|policy|policies|procedure|supposed to|allowed|training|class|drill|who pays|pay for|pays for|the bill|bills|covered|cover it|workers comp|comp claim|in trouble|disciplined|discipline|written up|write me up|fired for|report(ing)? (an? |my |the )?(injury|injuries|accident|incident)|(if|when) (i|we|you|someone|somebody|a|an|the|there|theres|there's|it|my|one|anyone|chemicals?)|in case|in (a|an) (fire|emergency|evacuation)|(cant|can'?t|not allowed to|allowed to|have to|supposed to) call 911|call 911 (ourselves|myself|first)|is (911|9-1-1) the (first|right|only|main) (call|number|one)|(911|9-1-1) or (is there )?(the |a |an |our )?(site |safety |security |company |main |emergency )*(number|line|supervisor|manager|office)|do (we|you) (keep|have|carry|stock) (an? )?|(code|codes|procedure|plan) (\w+ ){0,6}for (a|an) (fire|emergency|tornado|evacuation|missing (kid|child)|lost (kid|child)|lockdown|active shooter|intruder)|during (a|an)|what (do|should) (i|we) do (if|when)|next time|(can|may|could) (i|we|employees|you|u|people) (bring|leave|keep|carry|have|store|put) (my|a|an|our|your|their)|en caso|regla|reglas|politica|quien paga|si (reporto|reporte|aviso|digo|me quejo)|me pueden (castigar|correr|sancionar)|como (reporto|se reporta)|capacitacion|entrenamiento|si (me|te|se|alguien|hay|un|una|el|la|le)|(pa|para) cuando|code word|codeword|protocol|protocolo|(que|q) (pasa|hago|hacemos|debo hacer|debemos hacer|tengo que hacer|hay que hacer)( \w+){0,2} si|^y si|(que|q) hay (que|q) hacer|(se )?(puede|pueden|puedo|podemos) (traer|llevar|tener|cargar|guardar)|(no )?se permiten?|(esta|estan) permitid[oa]s?|(on|for|with) (a|an) (grease|kitchen|electrical|oil|paper|wood|car) fire|(a )?quien (le )?(hablo|llamo|aviso|marco|reporto|hablamos|llamamos) si|(tengo|tenemos|hay|debo|debemos) (que |q )?reportar|se (tiene|debe) (que )?reportar)\b/
// How to handle a danger in general ("how do you put out a grease fire", "como se apaga un fuego de
// grasa"): one clause, a handling verb and "a"/"un" before a short noun phrase, nothing told after it
// ("how do i put out a fire its spreading" pages).
const HOW_TO_HANDLE =
  /^(\w+ ){0,3}?(how|como) (do|does|should|would|can|could|to|se|debo|debemos|hay que)?\s?(you|u|i|we|one|people|someone)?\s?(put out|extinguish|treat|handle|clean up|use|stop|prevent|avoid|recognize|spot|report|respond to|deal with|apaga|apagar|apago|apagamos|trata|tratar|cura|curar|limpia|limpiar|usa|usar|previene|prevenir|evita|evitar|reporta|reportar|atiende|atender) (a|an|un|una)( (?!(it|its|is|are|was|hes|shes|he|she|they|theyre|in|on|at|here|there|now|esta|estan|aqui|ahi|se|ya)\b)[\w-]+){1,4}\s*\??\s*$/
// Asking whether what is happening is normal, with smoke, sparks or flames told: it is happening.
const ASKED_OF_A_HAZARD_NOW =
  /\b(supposed to be|is it normal (that|for)|is it bad (that|if)|normal for)\b.{0,60}\b(sparking|smoking|on fire|burning|flames?)\b.{0,60}\b(smoke|flames?|burnt|burning)\b/
// Asking whether what is happening to someone is normal, with him badly hurt ("is it normal that hes not
// breathing like that?? wont wake up when i shake him"): it is happening.
const ASKED_OF_A_PERSON_NOW =
  /\b(is (it|that|this) (normal|bad|ok|okay)|should i (be )?worr(y|ied)|es normal)\b.{0,40}\b(he|she|hes|shes|he'?s|she'?s|they|theyre|his|her|him|el|ella|the (\w+ )?(driver|guy|lady|man|woman|worker|customer|resident|patient|client|kid|cook|operator)|(don|dona|senor|senora) \w+)\b/
// A text that opens with what-if and asks after it ("if something gets caught in the conveyor wheres the
// emergency stop", "si alguien se corta donde esta el botiquin").
const OPENS_WITH_IF =
  /^(if|what if|in case|y si|si|si a) (something|someone|somebody|anyone|anybody|a|an|the|i|we|you|u|there|alguien|algo|un|una|el|la|me|se|hay|huele|sale|pasa|veo|ves|suena|sonara|empieza|ocurre|llega|cae)\b|^(y )?cuando (suena|sonara|se (activa|prende|dispara)|empieza|hay|ocurre|pasa|huele|la alarma|las alarmas|alguien)\b/
// Reporting it is what is told about ('me dijo q si reporto q me queme la mano me corren'): the hurt is past.
const IF_REPORTED = /\b(if i (report|tell|say)|si (reporto|reporte|aviso|digo))( that| (que|q))?\b/
// Told not to report it ('my boss told me not to report when i burned my arm', 'me dijo q no dijera nada'):
// the hurt is what the complaint is about, not happening now.
const TOLD_NOT_TO_REPORT =
  /\b(told|tells|said|says|asked) (me|us)? ?(not to|to not|dont|don'?t|do not|never) (report|tell|say|write)|\b(me|nos) (dijo|dijeron|dice|pidio) (q |que )?no (dijera|dijeramos|reportara|reportaramos|avisara|diga|digamos|reporte|reportemos)\b/
const TOLD_ALREADY =
  /\b(already (told|notified|informed|let)|(told|notified|informed) (my|the|our) (sup|supervisor|manager|mgr|boss|lead|foreman|nurse)( \w+)? already|ya (le )?(avise|dije) (a|al) (mi )?(supervisor|jefe|encargado|lead))\b/
// Asked whether the handbook covers it ("what to do if a guest has chest pains, is that in the handbook").
const ASKS_THE_HANDBOOK =
  /\b((is|are) (that|it|this|there) (\w+ )?in the (handbook|manual)|(esta|viene) en el manual|(que|q) dice el (manual|reglamento))\b/
// Said to be asked only in case: "hypothetically", "nothing happened but", "solo pregunto", a question "for the
// allergy training" (a lone "q" is read as Spanish "que" too: "quick q" reads "quick que").
const ONLY_ASKING =
  /\b(hypothetically|just curious|just wondering|just asking|nothing happened|((tengo una |una )?pregunta|question|q|quick que) (pa|para|for|del|from|sobre|about) (el |la |the |my |mi |our |nuestro )?([\w-]+ ){0,2}(curso|entrenamiento|capacitacion|clase|examen|training|class|quiz|test|orientation|orientacion)\b|nada paso|solo pregunto|nomas pregunto|(nomas|solo|nada mas) (pa|para) saber|por curiosidad|pregunto por si acaso|por si acaso|(es|sera) (verdad|cierto) (q|que) (hubo|paso|hay)|is it true (that )?(there was|we had|someone)|did (you|u|yall) hear (about|that))\b/
const PAST =
  /\b((since|after|desde|despues de) (q |que )?(i |yo )?(reported|told|filed|reporte|avise|dije)|(since|after|desde|despues de) (q |que )?(i |yo )?(called|complained to|went to|llame a|me queje con|fui con) (osha|the state|the labor board|the health (dept|department|inspector)|corporate|hr|the hotline|the ethics (line|hotline)|recursos humanos|la oficina)|last (week|month|year|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)|the other day|el otro dia|a few days ago|earlier this week|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|hace unos dias|weeks? ago|months? ago|la semana pasada|el mes pasado|hace (una|un|unas|unos|dos|tres|cuatro|\d+) (dias|semana|semanas|mes|meses))\b/
// A time that is gone ("saturday", "in march", "since i slipped", "got stitches"): with a question,
// the text asks about something past ("do i still need to fill out a report"). Not one that runs until now
// ("desde hace rato", "since this morning").
const PAST_WITH_QUESTION =
  /\b(yesterday|last night|(?<!\b(since|desde) )(earlier today|earlier|this morning|hace rato|en la manana)|on (mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tues|wednes|thurs|fri|satur|sun)day|(in|since|back in|during) (january|february|march|april|may|june|july|august|september|october|november|december)|since (i|he|she|we|they) (got|was|were|fell|slipped|cut|hurt|burned|burnt)|got (\w+ )?(stitches|a cast|staples|checked out)|(around|about|at) \d{1,2}(:\d\d)? ?(am|pm)?(?= *,| and| its| it'?s)|(finished|worked) (out )?(the rest of )?(her|his|their|my) shift|(went|took (him|her|them|\w+)) to (the )?(er|urgent care|hospital|doctor|clinic)|(has|have|been) (been )?(hurting|sore|bothering)|still (hurts|sore|hurting|bothers)|ayer|anoche|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|(en|desde) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|me (dieron|pusieron) puntos|fui (al|a la) (doctor|clinica|hospital|urgencias)|todavia me duele|me sigue doliendo)\b/
// An injury said to be mending, or told for its paperwork ("its fine now but nobody did a report").
const MENDING_OR_PAPERWORK =
  /\b((want to|wanna|going to|gonna|need to) (file|make|put in) a (formal )?complaint|(it'?s|its|is|im|i'?m|i am|feels?|feeling) (fine|ok|okay|better|good|healing|healed)( now)?|healing|healed|(fill|filled|filling|do|did|file|make|write) (out |up )?(the |a |an )?(form|report|incident report|accident report|paperwork)|paperwork|incident report|ya (se me )?(curo|sano)|(ya )?(esta|se esta|se me esta) (sanando|curando)|ya me (l[oa] )?cure|(pa|para) (q|que) (sepa|sepan|sepas)|(llenar|hacer|llene|hice) (el|la|un|una) (reporte|formulario|forma)|(estoy|esta|me siento) (bien|mejor)|papeleo|papeles|for the (log|record|records)|(i|we) (logged|charted|documented|wrote) it|(que|q) quede (anotado|registrado)|curita|bandita|(for|pa|para|por) (the|el|los|la) (report|reporte|papeles|records?|paperwork)|letting (you|u) know|just (reporting|letting you know|so you know)|(nomas|solo|nada mas) (le |te |les )?(aviso|avisando|para que sepa)|(solo |nomas )?(queria|quiero|quise) avisar|(fill|file|write) (something|anything|it|one) (out|up)|(incident|accident|injury) (form|report|sheet)|bandaged|band-?aid|(and|y) (fine|ok|okay|bien)|(ya )?me (curaron|vendaron|atendieron)|reportarlo|reportarla|got (\w+ )?stitches|(me )?pusieron puntos|(saw|went to|been to|seen at) (the )?(urgent care|doctor|er|clinic)|(voy|fui) al doctor|light duty|(doctors?|dr'?s?) note|(i )?have the note|(fire dept|fire department|bomberos|paramedics) (handled|put (it )?out|came)|(handled|took care of) it|lo apagaron|ya lo apagamos)\b/
// "Now" that only asks when to report ("should i report it now") is no sign of an emergency.
const HAPPENING_NOW =
  /\b((is|are|hes|shes|he'?s|she'?s|theyre|they'?re) (in|at|outside|inside|out front of|by) the ([\w-]+ )?(lobby|parking lot|lot|store|building|front|front door|door|office|warehouse|counter|register|desk|gate|entrance)|(?<!\b(report|file|tell|fill|write|do) (it|this|that|one|something|out|up) )(?<!\b(good|fine|ok|okay|clear|safe|better|off|over|smoke|fire|flames|smell|sparks|stopped|stable|calm|mark|red|done|gone|resting|sleeping|sitting|home) )(?<!\b(family|familia) (is|are) with (her|him|them) )now|right now|rn|(?<!\b(to|the|for|your|ur|all) )help|hurry|asap|please come|come quick|ayuda|auxilio|(?<!\b(muy|bien|demasiado|tan|mas|va|iba|van|maneja|manejaba|manejando) )rapido|ahorita|urgente|ya mismo|(esta|estan) (saliendo|quemando|prendiendo|incendiando)|spreading|still (smoking|burning|on fire|hissing|sparking|flaming)|(and|but) the (back |front |side |rear )?(door|doors|gate|window) (is|are) (still |wide )?(open|unlocked|broken)|sigue abierta|spreading|still (smoking|burning|on fire|hissing|sparking|flaming)|flames? (are |is )?(still )?(coming|shooting|spreading|growing|getting bigger))\b|!!/

// The sender made it safe ("le puse cinta y un aviso", "unplugged it, dont use it"); asking whether to ("should i
// shut the pumps off") is not having done it.
const MADE_SAFE =
  /\b(?<!\bhow (do|can|should|would|to) (i|we|you|u) )(?<!\b(should|shall|do|can|could|must|gotta|need to|have to) (i|we|you|u) )(?<!\bhow to )(?<!\b(cant|can'?t|cannot|couldnt|couldn'?t|could not|didnt|didn'?t|did not|wont|won'?t|not|trying to|try to|tried to|unable to|no puedo|no podemos) )(unplugged|(slid|put|threw|placed|dropped) (a|the) (lid|cover|fire blanket|blanket) (on|over)( it)?|out in seconds|smothered( it)?|(it'?s|its|fire is|fires|fire'?s) (all )?out\b(?! of)|(came|checked|looked)( it| at it)?( out)? (and|&) (confirmed|cleared)|shut (the |it |that )?(\w+ )?off|(?<!\balarms? (was |is |got |been |were )?)turned off|(?<!\balarms? (was |is |got |been |were )?)switched off|(turned|switched|shut) (it|that|them|the \w+) off|(its|it'?s|it has|has) cooled (down|off)|taped (it|off)|tagged (it )?out|took it out of service|put it away|(wont|won'?t|not gonna|not going to) use it|(ya )?(la|lo) (deje|guarde) (en|guardad)|no (la|lo) (voy|vamos) a usar|put (tape|a cone|cones|a bucket)|put (a|an|the) ([\w-]+ ){0,3}(sign|tag|note|cone) on|(ya )?(la|lo) (guarde|desconecte|apague|apagamos|desconectamos|guardamos)\b|flipped the breaker|put it out|(ya )?(lo|la) (desconecte|apague)|le puse (cinta|un aviso|un letrero|un cono)|baje el breaker|(ya )?(quitamos|quite|cortamos|corte|bajamos|baje) (la luz|la corriente|la electricidad|el breaker|el switch))\b/
const SEEN_TO_FINE =
  /\b(i'?m|im|i am) (fine|ok|okay|good)\b|\b(nurse|medic|doctor|emt|paramedics?|first aider) (checked|looked at|saw|cleared) (her|him|them)\b.{0,40}\b(s?he'?s|hes|shes|they'?re|theyre) (resting|fine|ok|okay|stable)\b|\b(todo bien|(ya )?me pusieron (una )?(curita|bandita|venda)|every(body|one) (is )?(fine|ok|okay))\b|\b(all good|(it'?s|its) (all )?good|bandaged (it|up)|(we |i )?cleaned it( up)?|(mom|dad|s?he) is (fine|ok|okay))\b|\b(ya )?estoy bien\b|\bya me (l[oa] )?(cure|limpie|vende|tape)\b|\b(put|got) (a )?(band-?aid|bandage|bandaid)|\bme puse (una )?curita\b|\b(took care of|handled|patched up|fixed up) (it|that|me|him|her)\b/
// A person badly hurt (lips gone blue among the signs): whatever else is said, the page stands.
const BADLY_HURT =
  /\b((not|isnt|isn't|wont|won't|cant|can't) (breathing|responding|moving|wake|getting up|talking(?! (to|with|about)\b))|no se (levanta|puede levantar)|(cant|can't|cannot) (move|feel)|no (puede|puedo) mover|unconscious|passed out(?!.{0,30}\b(woke up|came to|came around)|.{0,60}\b(s?he|they) (was|were) (ok|okay|fine)\b)|(?<!(?<!\b(wont|won'?t|doesnt|doesn'?t|didnt|didn'?t|not|cant|can'?t|never|hasnt|hasn'?t) )\b(stopped|quit|stop|no more|no longer) )(?<!\b(was|were) )bleeding(?! ((a )?(little|lil|bit|tiny|some)|(has |had |is |finally )?(stopped|quit|slowed)))|(arm|hand|leg|finger|foot|wrist)s? (is |are |looks )?(all )?(twisted|mangled|crushed|broken|bent back)|blood (everywhere|all over|pouring|gushing|coming out)|(and|so much|lots of|a lot of) blood|mucha sangre|(doesnt|doesn'?t|does not|didnt|didn'?t) (respond|answer|wake up|move|breathe)|fingers? (are |is )?(off|gone)|(cant|can'?t|cannot|couldnt) (get|pull) (his|her|their|my) (arm|hand|leg|foot|fingers?|sleeve|hair) (out|free|loose)|no (le )?(podemos|puedo) sacar (la|el|su) (mano|brazo|pie|pierna|dedo)|no (respira|responde|se mueve|despierta)|(lips|labios) (\w+ ){0,3}(blue|purple|morad[oa]s?|azul(es)?)|turning (blue|purple|gray|grey)|inconsciente|desmay\w*(?!.{0,30}\bya (desperto|volvio en si|reacciono))|wrists? (cut|slit)|cut (his|her|their) wrists|(?<!\b(dejo de|paro la|paro de|se paro la|ya no|ya no le) )sangr\w*(?! de la nariz))\b/
// ...or a limb bent the wrong way, a bone showing, a face gone pale: a "he says he's ok" before it is no all-clear.
// Confusion after a fall or a blow ("says hes ok but hes kinda out of it and keeps asking what day it is") is a
// head injury's sign.
const BADLY_HURT_SIGNS =
  /\b((s?he'?s|hes|shes|he is|she is|they'?re|theyre|they are|seems?|looks?|acting|is|are) (kinda |kind of |really |real |very |all |super |so |a (little|lil|bit) )?(confused|disoriented|out of it|dazed|loopy|incoherent)|(keeps?|kept) asking (what day|where (s?he|they) (is|are|was)|the same (thing|question))|(doesnt|doesn'?t|does not) (know|remember) (where (s?he|they) (is|are)|what (day|happened)|(his|her|their) (own )?name)|slurring|(esta|anda|se ve) (medio |muy |bien )?(confundid[oa]|desorientad[oa]|ido|ida)|(no sabe|no se acuerda de?) (donde esta|que dia|que paso|su nombre)|(pregunta|sigue preguntando) (que dia|donde esta)|(bent|twisted|pointing) (the )?wrong way|(is |looks |all )(bent|twisted) (weird|funny|sideways|backwards)|(skin'?s?|piel) (is |are |esta )?(kinda |all |really |already |ya )?(peeling|coming off|bubbling|blistering|se (esta )?pelando)|(arm|leg|ankle|wrist|hand|finger|knee|elbow|shoulder|foot) (looks|is) (really |all |super )?(wrong|messed up|deformed)|bone (is )?(sticking|poking) out|(gone|going|turned|turning|went) (really |real |very |so |all )?(pale|ashen|gr[ae]y)|(se puso|esta|se ve) (bien |muy )?(palid[oa]|blanc[oa]))\b/

// A hurt the sender says is small ("its not bad", "just a scratch", "no es grave"): for an injury only; a
// fire or a gas leak "not that bad yet" keeps its page.
const MINOR_HURT =
  /\b((it'?s|its|it is|it was|was|is) not (that |too |very )?(bad|serious|deep|big|a big deal)|not (that|too) bad|nothing serious|(it'?s|its|it is|it was|was) nothing( really| much)?|nothing really|no big deal|(it'?s|its|it is) (fine|ok|okay)(?! (to|if|for))|(it'?s|its|it is|it was|was) (minor|small|tiny|superficial|shallow)|(burned|burnt|cut|scraped|nicked|bumped|tweaked|twisted|pulled|hurt) (my|his|her) \w+ (a )?(lil|little|tiny|lil bit|little bit|bit)\b|(already )?(cleaned|washed|cleaned up) (it )?(and|&|n) (bandaged|wrapped|taped)( it| up)?|(just|only) (a )?(scratch|nick|scrape|bruise|small cut|little cut|small burn|little burn)|(small|little|tiny|minor) (cut|burn|scrape|scratch|nick)|scraped (my|his|her|their) (knee|knees|elbow|elbows|hand|hands|arm|shin)|no (es|fue) (grave|nada grave|profund[oa]|nada)|nada grave|no (le|me|les|nos) paso nada|(s?he'?s|hes|shes|they'?re|theyre) (fine|ok|okay|alright)( now)?|ya esta (bien|trabajando)|(nomas|solo|nada mas) (un|una) (rasguno|raspon|cortadita|quemadita|cortada chiquita)|cortadita|quemadita|bleeding (a )?(little|lil|bit|tiny)|(raspon|rasguno|cortadita|golpecito)(cito)? (nomas|nada mas|solamente)|bloody nose|nose ?bleed|(it'?s|its|bleeding) (has )?stopped|(little|lil|tiny|a bit of|little bit of) (blood|bleeding)|me (queme|corte|raspe|pegue|lastime) (tantito|poquito|un poco)|(band-?aid|bandaid|curita|bandita) on|poquito|(ya )?me (puse|eche) (pomada|crema|hielo|sabila)|put (some )?(burn cream|ointment|aloe|ice) on( it)?|sangre de la nariz|(ya )?(le )?(paro|dejo de sangrar)|got (right )?(back )?up( on (his|her|their) own)?|said (s?he|they) (was|were|is|are) (fine|ok|okay)|se levanto (sol[oa]|luego luego|rapido|bien)|no se (lastimo|hizo nada)|se raspo|(le|lo|la) revis(o|aron)|le pusimos (una )?(venda|curita|bandita|hielo)|taped (it |him |her )?up|wrapped (it )?up|(its|it'?s|just) (a little )?red|(just )?a red (mark|spot)|band-?aid(ed)? it|bandaged it|ran it under (cold |cool )?water)\b/

// A day gone: an injury from then, told today with nobody said to be badly hurt, is for the manager, not 911
// ('ayer me cai de la escalera, hoy amaneci con la rodilla hinchada').
const EARLIER_DAY =
  /\b(yesterday|last night|ayer|anoche|antier|on (mon|tues|wednes|thurs|fri|satur|sun)day|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b/

/** An injury told from an earlier day, with nothing said to be urgent or anyone badly hurt now. */
export function fromAnEarlierDay(folded: string): boolean {
  return EARLIER_DAY.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

// Said outright that the danger is over or was none: checked and cleared, a false alarm, steam or burnt
// food ("smoke in the kitchen was just the gyoza burning, all good now", "era el vapor del caldo ya se
// apago"). Not "nobody hurt yet": a gas smell with nobody hurt yet keeps its page.
const ALL_CLEAR =
  /\b(no fire|(almost|nearly|casi) (set|caught|started|had|burnt|burned|se (prende|prendio|quema|quemo)|(lo|la) (prende|quema))\b.{0,30}\b(fire|fuego|incendio)\b|(smell|odor)\b.{0,25}\bwas (just |only )?(the |a |an |some |from the )?(?!(gas|smoke|fire|propane|chemicals?|bleach)\b)\w+\b[^.?!]{0,40}\b(lol|we'?re good|were good|all good|(it'?s|its) (fine|normal)|nothing|reads normal)\b|(smell|odor|stink)\b.{0,25}\bwas (just |only )?(a |an |some |the )?(bag|box|case|pile|tray|bin|bucket|pan|sack) of\b|no smoke(?! (yet|but))|no hay humo|\bthought\b.{0,40}\bbut (it was|turns out|turned out)|bad sensor|faulty sensor|(checked|looked) (her|him|them) (out|over)\b.{0,30}\b(s?he'?s|shes|hes|they'?re|theyre) (fine|ok|okay|good)|(but )?not (us|here|ours|at our (store|place|building|site))\b|ya esta bien y (se fue|regreso|volvio|esta descansando)|back from (the )?(urgent care|er|hospital|clinic|doctor) with (stitches|a cast|a brace|a note)|said (it'?s|its|it was) (just )?(the|a|an|bad|old) (sensor|detector|battery|panel)|(went|goes|going|keeps going) off (again )?(\w+ ){0,3}for (nothing|no reason)|not a (real )?fire|false alarm|every ?(one|body)('?s| is)? (fine|ok|okay|good|safe)|ya paso\b|(se (me |nos |le |les )?)?quem(o|aron) (el |la |los |las |un |una |unas |unos )?(arroz|comida|pan|panes|frijoles|tortillas|carne|cafe|palomitas|pizza|tostadas?)|\b(paramedics?|emts?|ems|medics?|the nurse|nurse|the doctor|doctors?|drs?)\b (said|say|says|think|thinks) (s?he|hes|shes|they|theyre|s?he'?s|they'?re|s?he is|they are|s?he will|s?he'?ll|they will|they'?ll)( (is|are))? ((gonna|going to|will) be |be )?(fine|ok|okay|alright|all right|stable)\b|\b(los )?(paramedicos|doctores|enfermer[oa]s?|doctor(a)?)\b (dijeron|dicen|dijo|dice) (que |q )?(va a estar|van a estar|esta|estan|queda|quedo) (bien|estable)\b|\b(he|she|they|the guy|the lady|the customer|the man|the woman)( already)? (left|took off|ran off|drove off|(is|are|was|were) gone)\b.{0,60}\b(not hurt|nobody (got |was )?hurt|no one (got |was )?hurt|(s?he'?s|shes|hes|everyone'?s|everyones) (ok|okay|fine|not hurt))\b|\b(se fue|se fueron|ya se fue|se pelo)\b.{0,60}\b(no (le paso nada|salio lastimad[oa]|se lastimo)|nadie (salio )?lastimado|(esta|estan) bien)\b|falsa alarma|(fue|era) (una )?(falsa|prueba)|no (smoke|fire|flames?|smell|sparks?) (now|anymore)|(smoke|smell) (is )?gone|ya no (hay|sale|salio) humo|all clear|cleared (it|the building)|(fd|fire ?dept|fire department|firemen|fire fighters|bomberos)\b.{0,20}\b(cleared|said (its |it was |were |we r )?(ok|okay|fine|good|clear))|(every(one|body) (is )?|(we'?re|were|we are) (all )?)back (inside|in|to work)|(ambulance|paramedics?|emts?|medics)\b.{0,20}\btook (her|him|them)\b.{0,40}\b(s?he|they) (was|were) (ok|okay|fine)|(we'?re|were|we are) back open|(it|that|which) was (just |only )?(the )?(steam|dust|sawdust|vapor|toast|popcorn|food|cooking|a drill|a test|burnt \w+|\w+ (burning|burnt|burned))|was (just|only) (the )?(steam|dust|sawdust|vapor|\w+ (burning|burnt|burned))|(era|fue) (nomas |solo )?(el|la|un|una)? ?(vapor|polvo|cera|comida|pan|simulacro|prueba)|(era|fue) (nomas |solo )?(el|la) \w+ (quemad[oa])|(era|fue) (nomas |solo )?(el|la|los|las|un|una) \w+ (que )?se (quemo|quemaron)|all good( now)?|(it'?s|its|it is|were|we'?re|we are|feels?|feeling) (all )?(fine|ok|okay|good|safe) now|every ?thing('?s| is)? (fine|ok|okay|good)|todo (bien|ok|normal|tranquilo|en orden)|ya (esta|se) (tranquil[oa]|calmad[oa]|calmo)|(s?he'?s|hes|shes|is|are|theyre|they'?re) (calm|calmed down|settled) now|ya se (apago|quito|fue el humo)|(s?he'?s|hes|shes|is|are|theyre|they'?re) (stable|stabilized)( now)?|found (him|her|them)\b.{0,30}\b(ok|okay|fine|safe|calm|in like|with (his|her|their) (mom|dad|parents?|family))|(moms?|dads?|parents?)'?s? (is |are )?(calm|calmed down|relieved)|(smell|smoke|noise|alarm)\b.{0,40}\bwas (just|only) (a|the|some)\b|(it|that|which|smell|smoke) was (just |only )?(the |a |somebody'?s |someones )?(\w+ )?(toaster|microwave|popcorn|toast|bagel|candle|incense|grill|smoker)\b|(it|that|which) was (just |only )?(somebody'?s|someone'?s|somebodys|someones|my|his|her|their|a coworker'?s) (popcorn|toast|food|lunch|burrito|pizza|bagel)|(smell\w*|smoke|smoky|alarm)\b.{0,40}\b(turned out|turns out)\b(.{0,60}\b(ok|okay|fine|good|cleaned|checked|nothing|just|only|(is|was|its|it'?s) out)|(?![^.?!]{0,80}\b(on fire|flames?|spreading|fuego|llamas)\b)[^.?!]{0,60}\b(toaster|oven|grill|fryer|bread|toast|popcorn|food|pan|burnt|burning|torching|scorching))|(washed|rinsed|flushed) (it )?(off|out)\b.{0,40}\b(no burn|(s?he'?s|hes|shes|im|i'?m|they'?re) (fine|ok|okay|good))|(woke|came) (up|to|around) and (is |s?he'?s |hes |shes )?(talking|fine|ok|okay|alert|sitting)|(paramedics?|emts?|medics?|doctors?|nurses?)\b.{0,20}\bsaid (s?he|they|it) (was|were|is|are|s) (just|only|fine|ok|okay)\b|(s?he'?s|hes|shes|they'?re|theyre|s?he is|they are) (back )?home (now )?(and )?(resting|fine|ok|okay|safe)\b|\b(family|familia|(her|his|their|su) (husband|wife|daughter|son|mom|dad|kids|family|esposo|esposa|hija|hijo|familia)) (is|are|esta|estan) (with|con) (her|him|them|ella|el)( now)?\b|ya (desperto|volvio en si|reacciono)|(is|are|got|s?he'?s|hes|shes|they'?re|theyre) out and (fine|ok|okay|good)|(s?he'?s|hes|shes|they'?re|theyre) back (playing|to work|working|at it|on the line))\b/
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

/** A threat told for a later day or as a joke, with nothing said to be happening now or anyone badly hurt. */
export function threatForLater(folded: string): boolean {
  return THREAT_FOR_LATER.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

/** An injury told as someone's habit, with nothing said to be happening now or anyone badly hurt. */
export function habitual(folded: string): boolean {
  return HABITUAL.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

/** The danger is said to be over or none: checked and cleared, a false alarm, steam or burnt food. */
function allClear(folded: string): boolean {
  return ALL_CLEAR.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

/** Something fell or came at someone and hit nobody ("no le pego a nadie"): an injury with nobody hurt. */
export function nearMiss(folded: string): boolean {
  return NEAR_MISS.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

// Said outright that nobody is in it or hurt ('elevator stuck between floors, nobody inside').
const NOBODY_AT_RISK =
  /\b(nobody|no one|noone|no-one|nadie) (is |was |got |has |esta |salio |resulto |quedo |se ha )?(inside|in it|in there|on it|under it|under there|below|near it|hurt|injured|hit|fell|fallen|slipped|trapped|stuck|adentro|dentro|herido|lastimado|golpeado|caido|atrapad[oa])\b|\b(no one|nobody)'?s (inside|in it|hurt)\b|\bno (habia|hay) nadie\b/

/** Nobody is in it or hurt, with nothing said to be urgent or anyone badly hurt: no fall, collapse or shut-in to page. */
export function nobodyInIt(folded: string): boolean {
  return NOBODY_AT_RISK.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

/** The sender says nobody is in it or hurt, or that it is over: the model alone reads no emergency into it. */
export function nobodyAtRisk(folded: string): boolean {
  return NOBODY_AT_RISK.test(folded) || allClear(folded)
}

/** A small injury, told as small, with nobody badly hurt and nothing said to be urgent. */
export function minorHurt(folded: string): boolean {
  return MINOR_HURT.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

// Whom or how to report it, asked by someone able to text the question ("cut my hand on the paper cutter, who
// do i report it to"): the manager's, with the answer beside, unless someone is badly hurt.
const ASKS_WHOM_TO_REPORT =
  /\b((who|where|how) (do|should|can|would|shall) (i|we) (report|tell|notify|turn in|write up) (it|this|that|them)?|(do|should|must) (i|we) (really |even |still )?(have to|gotta|got to|hafta|need to)? ?(report|write up|tell (anyone|anybody|someone|my (sup|supervisor|manager|boss|lead))) (it|this|that)\b|(a quien|con quien|donde|como) (se |lo |le |les )?(reporto|reporta|reportamos|aviso|avisamos))\b/

export function asksWhomToReport(folded: string): boolean {
  return ASKS_WHOM_TO_REPORT.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}

// The sender is already at a hospital with their own (or with the one hurt) and tells the manager they are
// not coming in ("mi hijo se fracturo el brazo estoy en urgencias, no llego a mi turno"): help is there.
const IN_CARE_ELSEWHERE =
  /\b((im|i'?m|i am|we'?re|were|we are|estoy|estamos|esta|is|s?he'?s) (still |here |todavia |aun )?(at|in|en) (the |el |la )?(er|e\.r\.|emergency room|hospital|urgent care|urgencias|clinica)|(esta|is) (hospitalizad[oa]|in the hospital|internad[oa]))\b/
const CALLS_OUT =
  /\b(no (voy|llego|puedo ir|voy a poder ir|voy a ir)|hoy no (voy|llego)|(cant|can'?t|cannot) (come|make it|work)|(cant|can'?t|cannot|wont|won'?t|not gonna|not going to) make (it|my shift|the shift|work|today|tonight)|(wont|won'?t) (make it|be (in|there))|not (coming|gonna make it|going to make it)|call(ing)? out|calling off|out today)\b/

// Someone of the sender's family, taken ill or hurt away from work, and the sender asks to leave or to miss a
// shift for it ("can i leave at 3 my dad had a heart attack", "my son had a seizure last night, need to miss
// my shift tmrw"): a call-out, for the manager; help is with them, not at work.
const FAMILY =
  /\b(my|mi|mis) (dad|father|mom|mother|mama|papa|son|daughter|kid|kids|baby|wife|husband|grandma|grandpa|grandmother|grandfather|brother|sister|uncle|aunt|abuel[oa]|hij[oa]s?|espos[oa]|bebe|nin[oa]|herman[oa]|ti[oa]|mujer|señora|senora)\b/
const ASKS_LEAVE =
  /\b(flying out|(gone|out|off) (thru|through|till|until) |(gotta|have to|need to|got to) (pick (him|her|them) up|go (get|see|be with))|leaving (at|early)|(tengo|necesito) (que |q )?(ir|recoger)|(need|have|gotta|got|must) to (miss|leave|go|take)|can i (leave|go|take|miss|get)|leave early|miss (my|the|tmrw|tomorrow|tonight|today)|(tengo|necesito) (que )?(faltar|salir|irme)|me (puedo|podria) (ir|salir)|salir (temprano|antes))\b/

/** A relative taken ill away from work on an earlier day, or already in hospital: help is with them. */
export function relativeInCare(folded: string): boolean {
  return FAMILY.test(folded) && (IN_CARE_ELSEWHERE.test(folded) || fromAnEarlierDay(folded))
}

// 'All good here except ...': what follows the exception is what is told.
const ALL_GOOD_EXCEPT =
  /\b(all good|everything('?s| is)? (fine|ok|okay|good)|todo bien|todo tranquilo)\b[^.?!]{0,20}?\b(except|but|besides|aside from|other than|excepto|menos|nomas que|pero)\b(.*)$/

/** The danger is not happening now: asked about, past and mending, or made safe with nobody badly hurt. */
export function notHappeningNow(folded: string): boolean {
  const exception = ALL_GOOD_EXCEPT.exec(folded)
  if (exception) return notHappeningNow(exception[5]!)
  if (allClear(folded)) return true
  if ((IN_CARE_ELSEWHERE.test(folded) || FAMILY.test(folded)) && (CALLS_OUT.test(folded) || ASKS_LEAVE.test(folded)))
    return true
  if (MADE_SAFE.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)) return true
  // A small hurt the sender has seen to and says is fine ("put a bandaid on it im fine, just reporting it").
  if (SEEN_TO_FINE.test(folded) && MENDING_OR_PAPERWORK.test(folded) && !badlyHurt(folded)) return true
  return asksAboutPolicy(folded)
}

// Where the rescue gear is, asked with no "if" ("hes grey and sweaty, where is the AED??", "turning blue, do we
// have narcan"): the emergency is now, whatever else the question reads like ("spin class", "do we have").
const RESCUE_GEAR_NOW =
  /\b(where|wheres|where'?s|do we have|do we keep|we have|is there|donde (esta|estan|hay|tienen)|tenemos|hay)\b.{0,20}\b(aed|defib\w*|narcan|naloxone|epi-?pens?|epinephrine|inhaler|fire extinguisher|extinguisher|eye ?wash|first aid kit|botiquin|extintor|desfibrilador)\b/
// ...when someone's state now is told beside it ("do we keep an epipen at the desk or just call 911" tells none).
const SOMEONE_NOW =
  /\b(just|hes|shes|he'?s|she'?s|he is|she is|someone|somebody|guy|lady|kid|customer|member|resident|alguien|esta|se)\b[^?]{0,60}\b(collapsed|od'?d|overdos\w*|turning|grey|gray|blue|pale|not breathing|seizing|choking|passed out|fell|bleeding|swelling|swollen|desmay\w*|convulsion\w*|morad[oa]|no respira|sobredosis)\b/
const CONDITIONAL = /\b(if|in case|what if|when someone|en caso|y si|si (alguien|hay|se|un|una|me|le|a))\b/

/** Something past told as mending or for its paperwork ("cut my thumb yesterday, its fine, do i fill something out"). */
export function toldForTheRecord(folded: string): boolean {
  return (PAST.test(folded) || PAST_WITH_QUESTION.test(folded)) && MENDING_OR_PAPERWORK.test(folded)
}

/** The text asks about a rule, a bill or what to do if it happens; it does not report it happening. */
export function asksAboutPolicy(folded: string): boolean {
  if (ASKED_OF_A_HAZARD_NOW.test(folded)) return false
  if (ASKED_OF_A_PERSON_NOW.test(folded) && badlyHurt(folded)) return false
  if (toldForTheRecord(folded)) return true
  const past = PAST.test(folded)
  if (HAPPENING_NOW.test(folded) || JUST_NOW.test(folded.replace(SUPPOSED_CLAUSE, ' '))) return false
  if (past || ONLY_ASKING.test(folded) || IF_REPORTED.test(folded) || TOLD_NOT_TO_REPORT.test(folded)) return true
  // Told to the supervisor already, and asking about its paperwork: the manager's, unless someone is badly hurt.
  if (TOLD_ALREADY.test(folded) && MENDING_OR_PAPERWORK.test(folded) && !badlyHurt(folded)) return true
  if ((HOW_TO_HANDLE.test(folded) || ASKS_THE_HANDBOOK.test(folded)) && !badlyHurt(folded)) return true
  if (
    OPENS_WITH_IF.test(folded) &&
    (asksAnywhere(folded) ||
      asksInClause(folded) ||
      /\b(wheres|whats|whos|hows|a quien|que hago|que hacemos|a donde|adonde|donde (nos|me|tenemos|vamos|hay))\b/.test(
        folded
      )) &&
    !badlyHurt(folded)
  )
    return true
  if (PAST_WITH_QUESTION.test(folded) && (asksAnywhere(folded) || asksInClause(folded)) && !badlyHurt(folded))
    return true
  if (RESCUE_GEAR_NOW.test(folded) && SOMEONE_NOW.test(folded) && !CONDITIONAL.test(folded)) return false
  return isQuestionForm(folded) && HYPOTHETICAL_OR_POLICY.test(folded) && !badlyHurtToldNow(folded)
}

// Minutes ago, told outside any "if" ("what do you do if someone's bleeding a lot? marco caught it on the saw
// like 2 min ago"): the question is asked in the emergency.
const JUST_NOW =
  /\b(\d+|a|one|two|few|couple( of)?) (min|mins|minute|minutes|sec|secs|seconds) ago\b|\bhace (\d+|un|unos|dos|tres) (min|mins|minuto|minutos|segundos)\b/

// A clause opened by "if" or "when", to its end: what it says is only supposed.
const SUPPOSED_CLAUSE = /\b(what if|if|when|whenever|in case|en caso de (que|q)|y si|si|cuando)\b[^,.;!?]*/g

/**
 * Someone badly hurt, told outside any "if" or "when" clause and on no earlier day ("hes not breathing, when
 * i call 911 what do i tell them"): the question is asked in the emergency, not about one.
 */
/** The text with what it only supposes ("if it catches", "cuando suena") taken out. */
export function withoutSupposedClauses(folded: string): string {
  return folded.replace(SUPPOSED_CLAUSE, ' ')
}

function badlyHurtToldNow(folded: string): boolean {
  if (PAST.test(folded) || PAST_WITH_QUESTION.test(folded)) return false
  return badlyHurt(folded.replace(SUPPOSED_CLAUSE, ' '))
}

function badlyHurt(folded: string): boolean {
  return BADLY_HURT.test(folded) || BADLY_HURT_SIGNS.test(folded)
}
