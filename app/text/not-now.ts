// Readings that take a dangerous-sounding text out of the emergencies: it asks about a rule, a bill or
// what to do "if"; it tells of something past and mending, or told for its paperwork; or the sender has
// already made the hazard safe and nobody is hurt. Paging 911 for these trains managers to ignore the
// next page; anything said to be happening now, or a person badly hurt, keeps the page.
import { badlyHurt, calmly, HAPPENING_NOW } from './hurt-now.ts'
import { asksAnywhere, asksInClause, isQuestionForm } from './question-form.ts'
import { allClear, EARLIER_DAY, fromAnEarlierDay, hurtAwayFromWork } from './told-calmly.ts'

// Asking about a rule, a bill, a training or what to do "if": the danger is not happening now.
const HYPOTHETICAL_OR_POLICY =
  /\b(rule|rules|policy|policies|procedure|supposed to|allowed|training|class|drill|who pays|pay for|pays for|the bill|bills|covered|cover it|workers comp|comp claim|in trouble|disciplined|discipline|written up|write me up|fired for|report(ing)? (an? |my |the )?(injury|injuries|accident|incident)|(if|when) (i|we|you|someone|somebody|a|an|the|there|theres|there's|it|my|one|anyone|chemicals?)|in case|in (a|an) (fire|emergency|evacuation)|(cant|can'?t|not allowed to|allowed to|have to|supposed to) call 911|call 911 (ourselves|myself|first)|is (911|9-1-1) the (first|right|only|main) (call|number|one)|(911|9-1-1) or (is there )?(the |a |an |our )?(site |safety |security |company |main |emergency )*(number|line|supervisor|manager|office)|do (we|you) (keep|have|carry|stock) (an? )?|(code|codes|procedure|plan) (\w+ ){0,6}for (a|an) (fire|emergency|tornado|evacuation|missing (kid|child)|lost (kid|child)|lockdown|active shooter|intruder)|during (a|an)|what (do|should) (i|we) do (if|when)|next time|(can|may|could) (i|we|employees|you|u|people) (bring|leave|keep|carry|have|store|put) (my|a|an|our|your|their)|en caso|regla|reglas|politica|quien paga|si (reporto|reporte|aviso|digo|me quejo)|me pueden (castigar|correr|sancionar)|como (reporto|se reporta)|capacitacion|entrenamiento|si (me|te|se|alguien|hay|un|una|el|la|le)|(pa|para) cuando|code word|codeword|protocol|protocolo|(que|q) (pasa|hago|hacemos|debo hacer|debemos hacer|tengo que hacer|hay que hacer)( \w+){0,2} si|^y si|(que|q) hay (que|q) hacer|(se )?(puede|pueden|puedo|podemos) (traer|llevar|tener|cargar|guardar)|(no )?se permiten?|(esta|estan) permitid[oa]s?|(on|for|with) (a|an) (grease|kitchen|electrical|oil|paper|wood|car) fire|(a )?quien (le )?(hablo|llamo|aviso|marco|reporto|hablamos|llamamos) si|(tengo|tenemos|hay|debo|debemos) (que |q )?reportar|se (tiene|debe) (que )?reportar)\b/
// How to handle a danger in general ("how do you put out a grease fire", "como se apaga un fuego de
// grasa"): one clause, a handling verb and "a"/"un" before a short noun phrase, nothing told after it
// ("how do i put out a fire its spreading" pages).
const HOW_TO_HANDLE =
  /^(\w+ ){0,3}?(how|como) (do|does|should|would|can|could|to|se|debo|debemos|hay que)?\s?(you|u|i|we|one|people|someone)?\s?(put out|extinguish|treat|handle|clean up|use|stop|prevent|avoid|recognize|spot|report|respond to|deal with|apaga|apagar|apago|apagamos|trata|tratar|cura|curar|limpia|limpiar|usa|usar|previene|prevenir|evita|evitar|reporta|reportar|atiende|atender) (a|an|un|una)( (?!(it|its|is|are|was|hes|shes|he|she|they|theyre|in|on|at|here|there|now|esta|estan|aqui|ahi|se|ya)\b)[\w-]+){1,4}\s*\??\s*$|^(\w+ ){0,3}?what (do|should|would) (we|i|you|u) do (with|about|for) (a|an|un|una) (\w+ ){0,2}\w+\s*\??$/
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
const IF_ANYONE =
  /^(if|what if|in case|y si|si|en caso de que) (someone|somebody|anyone|anybody|a person|a customer|a guest|a coworker|alguien|una persona|un cliente|un companero|una companera)\b/
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
  /\b(hypothetically|(i )?(had a dream|dreamt|dreamed)|(sone|sonaba) (que|q)|tuve un sueno|just curious|just wondering|just asking|nothing happened|((tengo una |una )?pregunta|question|q|quick que) (pa|para|for|del|from|sobre|about) (el |la |the |my |mi |our |nuestro )?([\w-]+ ){0,2}(curso|entrenamiento|capacitacion|clase|examen|training|class|quiz|test|orientation|orientacion)\b|nada paso|solo pregunto|nomas pregunto|(nomas|solo|nada mas) (pa|para) saber|por curiosidad|pregunto por si acaso|por si acaso|(es|sera) (verdad|cierto) (q|que) (hubo|paso|hay)|is it true (that )?(there was|we had|someone)|did (you|u|yall) hear (about|that))\b/
const PAST =
  /\b((since|after|desde|despues de) (q |que )?(i |yo )?(reported|told|filed|reporte|avise|dije)|(since|after|desde|despues de) (q |que )?(i |yo )?(called|complained to|went to|llame a|me queje con|fui con) (osha|the state|the labor board|the health (dept|department|inspector)|corporate|hr|the hotline|the ethics (line|hotline)|recursos humanos|la oficina)|last (week|month|year|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)|the other day|el otro dia|a few days ago|earlier this week|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|hace unos dias|weeks? ago|months? ago|la semana pasada|el mes pasado|hace (una|un|unas|unos|dos|tres|cuatro|\d+) (dias|semana|semanas|mes|meses))\b/
// A time that is gone ("saturday", "in march", "since i slipped", "got stitches"): with a question,
// the text asks about something past ("do i still need to fill out a report"). Not one that runs until now
// ("desde hace rato", "since this morning").
const PAST_WITH_QUESTION =
  /\b(yesterday|last night|(?<!\b(since|desde) )(earlier today|earlier|this morning|hace rato|en la manana)|on (mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tues|wednes|thurs|fri|satur|sun)day|(in|since|back in|during) (january|february|march|april|may|june|july|august|september|october|november|december)|since (i|he|she|we|they) (got|was|were|fell|slipped|cut|hurt|burned|burnt)|got (\w+ )?(stitches|a cast|staples|checked out)|(around|about|at) \d{1,2}(:\d\d)? ?(am|pm)?(?= *,| and| its| it'?s)|(finished|worked) (out )?(the rest of )?(her|his|their|my) shift|(went|took (him|her|them|\w+)) to (the )?(er|urgent care|hospital|doctor|clinic)|(has|have|been) (been )?(hurting|sore|bothering)|still (hurts|sore|hurting|bothers)|ayer|anoche|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|(en|desde) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|me (dieron|pusieron) puntos|fui (al|a la) (doctor|clinica|hospital|urgencias)|todavia me duele|me sigue doliendo)\b/
// An injury said to be mending, or told for its paperwork ("its fine now but nobody did a report").
const MENDING_OR_PAPERWORK =
  /\b((want to|wanna|going to|gonna|need to) (file|make|put in) a (formal )?complaint|(it'?s|its|is|im|i'?m|i am|feels?|feeling) (fine|ok|okay|better|good|healing|healed)( now)?|(im|i'?m|i am) back( at work| on the (floor|line|clock))?\b|healing|healed|(fill|filled|filling|do|did|file|make|write) (out |up )?(the |a |an )?(form|report|incident report|accident report|paperwork)|paperwork|incident report|ya (se me )?(curo|sano)|(ya )?(esta|se esta|se me esta) (sanando|curando)|ya me (l[oa] )?cure|(pa|para) (q|que) (sepa|sepan|sepas)|(llenar|hacer|llene|hice) (el|la|un|una) (reporte|formulario|forma)|(estoy|esta|me siento) (bien|mejor)|papeleo|papeles|for the (log|record|records)|(i|we) (logged|charted|documented|wrote) it|(que|q) quede (anotado|registrado)|curita|bandita|(for|pa|para|por) (the|el|los|la) (report|reporte|papeles|records?|paperwork)|letting (you|u) know|just (reporting|letting you know|so you know)|(nomas|solo|nada mas) (le |te |les )?(aviso|avisando|para que sepa)|(solo |nomas )?(queria|quiero|quise) avisar|(fill|file|write) (something|anything|it|one) (out|up)|(incident|accident|injury) (form|report|sheet)|bandaged|band-?aid|(and|y) (fine|ok|okay|bien)|(ya )?me (curaron|vendaron|atendieron)|reportarlo|reportarla|got (\w+ )?stitches|(me )?pusieron puntos|(saw|went to|been to|seen at) (the )?(urgent care|doctor|er|clinic)|(voy|fui) al doctor|light duty|(doctors?|dr'?s?) note|(i )?have the note|(fire dept|fire department|bomberos|paramedics) (handled|put (it )?out|came)|(handled|took care of) it|lo apagaron|ya lo apagamos)\b/
// The sender made it safe ("le puse cinta y un aviso", "unplugged it, dont use it"); asking whether to ("should i
// shut the pumps off") is not having done it.
const MADE_SAFE =
  /\b(?<!\bhow (do|can|should|would|to) (i|we|you|u) )(?<!\b(should|shall|do|can|could|must|gotta|need to|have to) (i|we|you|u) )(?<!\bhow to )(?<!\b(cant|can'?t|cannot|couldnt|couldn'?t|could not|didnt|didn'?t|did not|wont|won'?t|not|trying to|try to|tried to|unable to|no puedo|no podemos) )(unplugged|(slid|put|threw|placed|dropped) (a|the) (lid|cover|fire blanket|blanket) (on|over)( it)?|out in seconds|smothered( it)?|(it'?s|its|fire is|fires|fire'?s) (all )?out\b(?! of)|(came|checked|looked)( it| at it)?( out)? (and|&) (confirmed|cleared)|shut (the |it |that )?(\w+ )?off|(?<!\balarms? (was |is |got |been |were )?)turned off|(?<!\balarms? (was |is |got |been |were )?)switched off|(turned|switched|shut) (it|that|them|the \w+) off|(its|it'?s|it has|has) cooled (down|off)|taped (it|off)|tagged (it )?out|took it out of service|put it away|(wont|won'?t|not gonna|not going to) use it|(ya )?(la|lo) (deje|guarde) (en|guardad)|no (la|lo) (voy|vamos) a usar|put (tape|a cone|cones|a bucket)|put (a|an|the) ([\w-]+ ){0,3}(sign|tag|note|cone) on|(ya )?(la|lo) (guarde|desconecte|apague|apagamos|desconectamos|guardamos)\b|flipped the breaker|put it out|(ya )?(lo|la) (desconecte|apague)|le puse (cinta|un aviso|un letrero|un cono)|baje el breaker|(ya )?(quitamos|quite|cortamos|corte|bajamos|baje) (la luz|la corriente|la electricidad|el breaker|el switch))\b/
const SEEN_TO_FINE =
  /\b(i'?m|im|i am) (fine|ok|okay|good)\b|\b(nurse|medic|doctor|emt|paramedics?|first aider) (checked|looked at|saw|cleared) (her|him|them)\b.{0,40}\b(s?he'?s|hes|shes|they'?re|theyre) (resting|fine|ok|okay|stable)\b|\b(todo bien|(ya )?me pusieron (una )?(curita|bandita|venda)|every(body|one) (is )?(fine|ok|okay))\b|\b(all good|(it'?s|its) (all )?good|bandaged (it|up)|(we |i )?cleaned it( up)?|(mom|dad|s?he) is (fine|ok|okay))\b|\b(ya )?estoy bien\b|\bya me (l[oa] )?(cure|limpie|vende|tape)\b|\b(put|got) (a )?(band-?aid|bandage|bandaid)|\bme puse (una )?curita\b|\b(took care of|handled|patched up|fixed up) (it|that|me|him|her)\b|\b(urgent care|the clinic|clinic|the er|the doctor|the doc|first aid|the nurse|nurse|medic)\b.{0,10}\b(glued|stitched|stapled|bandaged|wrapped|cleaned|patched|taped|splinted|fixed|sewed)\b/
// The sender is already at a hospital with their own (or with the one hurt), or on the way there, and tells the manager
// they are not coming in ("mi hijo se fracturo el brazo estoy en urgencias, no llego a mi turno", "my sister is in
// labor, im heading to the hospital"): help is there.
const IN_CARE_ELSEWHERE =
  /\b((im|i'?m|i am|we'?re|were|we are|estoy|estamos|esta|is|s?he'?s) (still |here |todavia |aun )?(at|in|en) (the |el |la )?(er|e\.r\.|emergency room|hospital|urgent care|urgencias|clinica)|(esta|is) (hospitalizad[oa]|in the hospital|internad[oa])|(heading|going|driving|rushing|on my way|on the way|omw|vamos|voy|llevando(l[oa])?|taking (him|her|them)) (to|a|al|para) (the |el |la )?(er|e\.r\.|emergency room|hospital|urgent care|urgencias|clinica))\b/
const CALLS_OUT =
  /\b(no (voy|llego|puedo ir|voy a poder ir|voy a ir)|hoy no (voy|llego)|(cant|can'?t|cannot) (come|make it|work)|(cant|can'?t|cannot|wont|won'?t|not gonna|not going to) make (it|my shift|the shift|work|today|tonight)|(wont|won'?t) (make it|be (in|there))|not (coming|gonna make it|going to make it)|call(ing)? out|calling off|out today)\b/

// Someone of the sender's family, taken ill or hurt away from work, and the sender asks to leave or to miss a
// shift for it ("can i leave at 3 my dad had a heart attack", "my son had a seizure last night, need to miss
// my shift tmrw"): a call-out, for the manager; help is with them, not at work.
const FAMILY =
  /\b(my|mi|mis) (dad|father|mom|mother|mama|papa|son|daughter|kid|kids|baby|wife|husband|grandma|grandpa|grandmother|grandfather|brother|sister|uncle|aunt|abuel[oa]|hij[oa]s?|espos[oa]|bebe|nin[oa]|herman[oa]|ti[oa]|mujer|señora|senora)\b/
const ASKS_LEAVE =
  /\b(flying out|(gone|out|off) (thru|through|till|until) |(gotta|have to|need to|got to) (pick (him|her|them) up|go (get|see|be with))|leaving (at|early)|(tengo|necesito) (que |q )?(ir|recoger)|(need|have|gotta|got|must) to (miss|leave|go|take)|can i (leave|go|take|miss|get)|leave early|miss (my|the|tmrw|tomorrow|tonight|today)|(tengo|necesito) (que )?(faltar|salir|irme)|me (puedo|podria) (ir|salir)|salir (temprano|antes))\b/

// Days off asked for ("i need a few days off", "necesito unos dias").
const DAYS_OFF =
  /\b(need|needs|take|taking|asking for|request(ing)?) (a |an )?(few |couple( of)? |\d+ |some |the )?(days?|time|week) off\b|\bnecesit\w* (unos|un par de|\d+|algunos|el|los) dias\b/
const WEEKEND = /\b((over|during) the weekend|el fin de semana|el finde)\b/

/**
 * A danger on an earlier day, told with a call-out or days off asked ("there was a fire at my apartment building last
 * night ... cant come in", "a mi primo lo apuñalaron el sabado ... necesito unos dias"): it is over, and the manager
 * has a call-out; nothing said to be happening now, nobody said to be badly hurt ("im still bleeding").
 */
export function overAndCalledOut(folded: string): boolean {
  return (
    (EARLIER_DAY.test(folded) || WEEKEND.test(folded)) &&
    (CALLS_OUT.test(folded) || ASKS_LEAVE.test(folded) || DAYS_OFF.test(folded)) &&
    !HAPPENING_NOW.test(folded) &&
    !badlyHurt(folded)
  )
}

// Where the sender lives, and late or not coming for what happens there ("hay un incendio forestal cerca de mi casa y nos
// estan evacuando, no voy a poder ir", "llego tarde, hay balacera en mi colonia y no dejan salir a nadie").
const AT_HOME =
  /\b(near|by|at|in|around|outside) (my|our) (house|home|apartment|apt|building|neighborhood|hood|street|block|complex)\b|\b(cerca de|en|por|afuera de) (mi|nuestra) (casa|colonia|barrio|calle|cuadra|edificio|departamento|depa|apartamento)\b|\b(my|mi) ((apartment|apt) )?(apartment|apt|building|edificio|casa|house) (is|esta|se esta)\b/
const RUNS_LATE =
  /\b(running late|gonna be late|going to be late|will be late|be late|llego tarde|voy a llegar tarde|voy tarde)\b/

/** A danger where the sender lives, told to say they will be late or not come: a call-out, help is with them. */
export function atHomeAndCalledOut(folded: string): boolean {
  return AT_HOME.test(folded) && (CALLS_OUT.test(folded) || RUNS_LATE.test(folded)) && !badlyHurt(folded)
}

/** A relative taken ill or hurt away from work, on an earlier day, or already in hospital: help is with them. */
export function relativeInCare(folded: string): boolean {
  return FAMILY.test(folded) && (IN_CARE_ELSEWHERE.test(folded) || fromAnEarlierDay(folded) || hurtAwayFromWork(folded))
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
  if (calmly(MADE_SAFE, folded)) return true
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
  // What to do if anyone at all is hurt ("si alguien esta sangrando mucho que hacemos, llamamos al 911 o al gerente?"):
  // nobody in particular, however badly, unless it is said to be now or begged for.
  if (IF_ANYONE.test(folded) && !HAPPENING_NOW.test(folded) && (asksAnywhere(folded) || asksInClause(folded)))
    return true
  if (ASKED_OF_A_PERSON_NOW.test(folded) && badlyHurt(folded)) return false
  if (toldForTheRecord(folded)) return true
  const past = PAST.test(folded)
  if (HAPPENING_NOW.test(folded) || JUST_NOW.test(withoutSupposedClauses(folded))) return false
  if (
    (past && !badlyHurtInAClauseNow(folded)) ||
    ONLY_ASKING.test(folded) ||
    IF_REPORTED.test(folded) ||
    TOLD_NOT_TO_REPORT.test(folded)
  )
    return true
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

// A clause opened by "if" or "when", to its end: what it says is only supposed. Not a "when" told in the past
// ("the charger was sparking when i plugged it in"): that happened.
const SUPPOSED_CLAUSE =
  /\b(what if|if|when(?! (i|we|he|she|they|it|you|u|someone|somebody) ((?!(need|feed|bleed|speed|proceed|exceed|succeed)\b)\w+ed|was|were|did|got|came|went|saw|put|hit|fell|took|tried)\b)|whenever|in case|en caso de (que|q)|y si|si|cuando)\b[^,.;!?]*/g

/** The text with what it only supposes ("if it catches", "cuando suena") taken out. */
export function withoutSupposedClauses(folded: string): string {
  return folded.replace(SUPPOSED_CLAUSE, ' ')
}

/**
 * Someone badly hurt, told outside any "if" or "when" clause and on no earlier day ("hes not breathing, when
 * i call 911 what do i tell them"): the question is asked in the emergency, not about one.
 */
function badlyHurtToldNow(folded: string): boolean {
  if (PAST.test(folded) || PAST_WITH_QUESTION.test(folded)) return false
  return badlyHurt(withoutSupposedClauses(folded))
}

// A clause of its own telling someone badly hurt, with no past in it ("he burned his arm bad on the fryer and its
// bleeding, last week the same thing happened"): the earlier day told beside it does not make the hurt past.
const PAST_TENSE = /\b(was|were|had|wasnt|werent|estaba|estaban|fue|tuvo)\b/
function badlyHurtInAClauseNow(folded: string): boolean {
  return folded
    .split(/[,;.!?]+|\b(?:but|pero)\b/)
    .some(
      (clause) =>
        !PAST.test(clause) && !PAST_WITH_QUESTION.test(clause) && !PAST_TENSE.test(clause) && badlyHurt(clause)
    )
}
