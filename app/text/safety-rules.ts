// The few rules that guarantee an emergency is never missed, in English and Spanish, by danger. They
// run beside every classifier. Each category has a table of texts it must and must not match
// (test/safety-rules.test.ts). A text that asks about a rule, a bill or a past injury is not an
// emergency, however dangerous its words (not-now.ts): paging 911 for it trains managers
// to ignore the next page.
import { DANGER_RULES, type DangerCategory } from './danger/index.ts'
import { fold } from './fold.ts'
import { FORBIDS_CALLING_911 } from './forbids-calling-911.ts'
import { strikeLookAlikes } from './not-danger.ts'
import {
  asksAboutPolicy,
  atHomeAndCalledOut,
  notHappeningNow,
  overAndCalledOut,
  relativeInCare,
  toldForTheRecord,
  withoutSupposedClauses
} from './not-now.ts'
import {
  asksWhomToReport,
  fromAnEarlierDay,
  habitual,
  hurtAwayFromWork,
  minorHurt,
  nearMiss,
  nobodyInIt,
  threatForLater,
  threatLaughedOff
} from './told-calmly.ts'
import { correctSpelling } from './spelling.ts'
import { readSpanishTexting } from './texting.ts'

export type { DangerCategory }

function dangerWords(folded: string): DangerCategory | null {
  const cleaned = strikeLookAlikes(folded)
  return DANGER_RULES.find((r) => r.patterns.some((p) => p.test(cleaned)))?.category ?? null
}

// The text as written (Spanish texting forms read as their words: "dice q me va a matar"), and as spelled
// right ("smels like gas"): a danger either shows counts. A look-alike is struck before the spelling is
// corrected too: "nerf gun" corrected is "nerd gun".
function readings(text: string): [string, string] {
  const folded = readSpanishTexting(fold(text).replace(/^¿|¿/g, ''))
  return [folded, correctSpelling(strikeLookAlikes(folded))]
}

// A fall told, and one only supposed ("what if someone fell").
const FELL = /\b(fell|had a fall|took a fall|slipped and fell|tripped and fell|se cayo|se resbalo y se cayo)\b/
const SUPPOSED_FALL = /\b(what if|if|in case|si|en caso)\b[^.?!]{0,30}\b(fell|fall|falls|cae|cayo)\b/

// A bare cry for help and where ("HELP 2nd floor stairwell", "ayuda en el muelle 3 rapido"): whoever sends only
// that cannot say more. Shouted, or with haste, and naming a place; nothing else told.
const PLEA = /^\s*(HELP|AYUDA|AUXILIO|SOCORRO|SOS)\b/
const PLACE =
  /\b(floor|stairwell|stairs|dock|aisle|room|bathroom|restroom|kitchen|cooler|freezer|walk ?in|lot|parking|basement|roof|warehouse|office|lobby|line|bay|yard|muelle|pasillo|bano|cocina|cuarto|piso|escalera|estacionamiento|bodega|almacen|camara|oficina|linea|patio)\b/
const HASTE = /\b(now|asap|hurry|quick|rapido|ya|urgente|pronto)\b|!/

function cryForHelp(text: string, folded: string): boolean {
  const [first, ...rest] = folded.split(/\s+/).filter(Boolean)
  if (!first || !/^(help|ayuda|auxilio|socorro|sos)\W*$/.test(first) || rest.length === 0 || rest.length > 6)
    return false
  // Not a help desk, a help-wanted sign or help asked with something ("help w the truck").
  if (
    /[?]|\b(with|w|me|us|con|for|para|on register|en la caja)\b|^\W*help\W+(desk|wanted|needed|line|center|centre)\b/.test(
      folded
    )
  )
    return false
  return PLACE.test(folded) && (PLEA.test(text) || HASTE.test(folded))
}

// A later clause that opens with "if" and asks ("we went over it but i forgot, if u smell gas whats the
// protocol"), after words that tell no danger of their own.
const LATER_IF_CLAUSE = /^(.*?(?:[,;.!?] *|\b(?:but|pero) ))((?:if|what if|in case|y si|si) .*)$/

function askedInALaterClause(folded: string): boolean {
  const clause = LATER_IF_CLAUSE.exec(folded)
  return clause !== null && dangerWords(clause[1]!) === null && asksAboutPolicy(clause[2]!)
}

// What is left beside an "if" that is a question of its own ("..., llamamos al 911 o al gerente?").
const ASKS_OF_ITS_OWN = /\b\w+[^\w,.;!?]*\?\s*$/

// A danger told outside what the text only supposes ("smells like gas in the back, if i turn on the oven will it
// blow up?"): it is happening, whatever the "if" asks. Not what is left when that is a question too ("si alguien esta
// sangrando mucho que hacemos, llamamos al 911 o al gerente?").
function toldBesideSupposition(folded: string): boolean {
  const told = withoutSupposedClauses(folded)
  return (
    told.trim() !== folded.trim() && !ASKS_OF_ITS_OWN.test(told) && dangerWords(told) !== null && !notHappeningNow(told)
  )
}

/** The danger a text reports, or null. */
export function matchDanger(text: string): DangerCategory | null {
  if (cryForHelp(text, fold(text))) return 'emergency'
  const [folded, spelled] = readings(text)
  const category = dangerWords(folded) ?? dangerWords(spelled)
  if (!category || askedInALaterClause(folded)) return null
  if ((notHappeningNow(folded) || notHappeningNow(spelled)) && !toldBesideSupposition(folded)) return null
  // 911 or an ambulance from an earlier day, with nothing said to be happening now: over. So is someone taken ill on an
  // earlier day whom the help came for ("ayer un cliente se desmayo pero ya vino la ambulancia"); not a night's
  // self-harm told the next day.
  const helpCame = category === 'medical' && HELP_CAME.test(folded)
  if ((category === 'emergency' || helpCame) && fromAnEarlierDay(folded) && !PLEA.test(text)) return null
  // A rule against calling 911 ("we're not supposed to call 911, we drive them ourselves", "que no hablemos a la
  // ambulancia si alguien se desmaya") calls for nobody: HR's. What it tells outside that rule and its "if" still counts.
  if (
    FORBIDS_CALLING_911.test(folded) &&
    dangerWords(withoutSupposedClauses(folded.replace(new RegExp(FORBIDS_CALLING_911.source, 'g'), ' '))) === null
  )
    return null
  if (
    category === 'injury' &&
    (minorHurt(folded) ||
      minorHurt(spelled) ||
      asksWhomToReport(folded) ||
      fromAnEarlierDay(folded) ||
      hurtAwayFromWork(folded) ||
      nearMiss(folded) ||
      habitual(folded))
  )
    return null
  if ((category === 'weapon' || category === 'injury') && threatForLater(folded)) return null
  if (category === 'weapon' && threatLaughedOff(folded)) return null
  // A danger on an earlier day told with a call-out ("hubo una balacera anoche en mi colonia, no voy a poder ir"): a call-out.
  if (overAndCalledOut(folded)) return null
  // A fire or shooting where the sender lives, told with a call-out ("nos estan evacuando, no voy a poder ir"): a call-out.
  if (atHomeAndCalledOut(folded)) return null
  // Someone not of the store, whom the help has already taken ("vino la ambulancia por un señor en la plaza, no es de
  // la tienda, ya se lo llevaron"): nothing left to call for.
  if (HELP_CAME.test(folded) && TAKEN_AWAY.test(folded) && NOT_OURS.test(folded)) return null
  // A relative's illness or injury away from work ("my dad had a stroke last night, im at the hospital", "im at the ER
  // with my son, he broke his arm at soccer"): a call-out.
  if ((category === 'medical' || category === 'injury') && relativeInCare(folded)) return null
  // A fall, collapse or shut-in with nobody in it ("shelf collapsed overnight, nobody was in there").
  if ((category === 'injury' || category === 'entrapment' || category === 'medical') && nobodyInIt(folded)) return null
  // Kept in by someone who stands in the door, told as what they do every shift ("stands in the door so i cant get out.
  // every shift now"): a complaint about a person, not a shut-in now.
  if (
    category === 'entrapment' &&
    BLOCKED_BY_SOMEONE.test(folded) &&
    EVERY_TIME.test(folded) &&
    !RIGHT_NOW.test(folded)
  )
    return null
  // A shut-in that is over, the one shut in fine ("got stuck in there this morning till jimmy heard him. hes fine").
  if (category === 'entrapment' && WAS_LET_OUT.test(folded) && minorHurt(folded)) return null
  return category
}

// The help a person taken ill got: an ambulance, paramedics, a hospital.
const HELP_CAME = /\b(ambulance|ambulancia|paramedics?|paramedicos|emts?|hospital|er|urgent care)\b/
const TAKEN_AWAY =
  /\b((already|just) (took|taken|picked up|left with) (him|her|them)|took (him|her|them) (away|already)|(ya )?se (lo|la|los|las) llevaron|ya (lo|la) (levantaron|recogieron))\b/
const NOT_OURS =
  /\b(not (from|one of|with) (the store|our store|us|ours|here|our crew|our staff)|(hes|shes|he'?s|she'?s|he is|she is|they'?re|theyre) not (ours|an employee|one of ours|from here|staff)|no (es|era|son|eran) (de la tienda|de aqui|de los nuestros|emplead[oa]s?|trabajador(a|es)?|de nosotros))\b/

const EVERY_TIME = /\b(every (shift|day|night|time)|always|all the time|siempre|cada (turno|dia|vez))\b/
const RIGHT_NOW = /\b(right now|rn|ahorita|ahora mismo|help|ayuda|auxilio)\b/
const BLOCKED_BY_SOMEONE =
  /\b(stands?|standing|stood|blocks?|blocking|blocked|se para|se pone|se queda) (in|at|en) (the |la )?(door|doorway|puerta|salida)\b|\b(blocks?|blocking|blocked|tapa|bloquea) (the|my|la|mi) (door|doorway|way|puerta|salida|paso)\b/

const WAS_LET_OUT =
  /\b(got|was|were|had been) (stuck|locked|trapped|shut) (in|inside)\b.{0,60}\b(till|until|before)\b|\b(let|got|pulled) (him|her|them|me) out\b|\b(lo|la|los) (sacamos|sacaron|sacaste|abrimos)\b/

// A strain or sprain told, with no danger word ("hurt my back lifting a tire last week").
const HURT_TOLD =
  /\b(hurt|tweaked|pulled|strained|twisted|sprained|injured|threw out) (my|his|her) (back|lower back|shoulder|knee|ankle|wrist|neck|hip|elbow|hand|arm|leg|foot)\b|\b(me|se) (lastime|lastimo|torci|torcio|doble|doblo) (la|el) (espalda|rodilla|tobillo|muneca|hombro|cuello|mano|brazo|pie)\b/

/**
 * An injury or danger that is over, told as mending or for its paperwork: no emergency, but the manager
 * must hear of a work injury (its report has deadlines), whatever else the text asks.
 */
export function pastInjuryToReport(text: string): boolean {
  const [folded, spelled] = readings(text)
  const category = dangerWords(folded) ?? dangerWords(spelled)
  // A relative hurt away from work ("mi niño se quemo la mano el finde") is no work injury.
  if (relativeInCare(folded)) return false
  if (category === 'injury' && fromAnEarlierDay(folded)) return true
  // A fall on an earlier day, the one who fell seen to ("mrs p fell last night ... her daughter took her to
  // the hospital"): an incident the manager must hear of, whatever else the text asks.
  if (FELL.test(spelled) && fromAnEarlierDay(folded) && !SUPPOSED_FALL.test(folded)) return true
  // A strain or sprain is a work injury all the same.
  if (HURT_TOLD.test(folded) && !asksAboutPolicy(folded)) return true
  return category !== null && (toldForTheRecord(folded) || toldForTheRecord(spelled))
}

/**
 * An injury told as small, now ("scraped my arm on a pallet, its not bad"), or by the one hurt asking whom to
 * report it to: no emergency, but the manager hears of it, whatever it also asks. Asked about as a rule
 * ("if i get a small cut...") it is not one.
 */
export function smallInjuryTold(text: string): boolean {
  const [folded, spelled] = readings(text)
  if (relativeInCare(folded)) return false
  const small = (t: string) =>
    dangerWords(t) === 'injury' && (minorHurt(t) || asksWhomToReport(t)) && !asksAboutPolicy(t)
  return small(folded) || small(spelled)
}
