// Whom a message names by role or as whom it is about ("my sup", "the DM", "it was marcus", "someone other than Gary"),
// so that a complaint never reaches (nor is seen by) the person it is about. Names themselves are matched in
// name-match.ts.
import { inArray } from 'drizzle-orm'
import { people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'
import { foldedWords, mentions, namedIn, nameParts, partsOf, spokenAs, wordsOf } from './name-match.ts'
import { titleWords } from './titles.ts'

export { foldedWords, mentions, namedIn }

// "my manager", "my boss", "my sup", "our lead", "mi jefe", "mi patrón", "el encargado": the sender's own manager, with
// any title before it ("my kitchen manager", "my assistant manager", "my warehouse supervisor").
// In Spanish (and in English for foreman and boss) the title with "the" is how crews speak of their own; so is
// the English word in Spanish ("el manager").
const MANAGER_TITLE =
  '(direct |shift |store |line |team |crew |floor |night |day |site )?(manager|manger|mgr|mngr|gm|agm|sm|asm|tl|boss|bossman|boss man|bos|sup|supe|super|supervisor|supervisora|superior|superiora|higher up|higher-up|foreman|forewoman|lead|leader|chief|lider|coordinator|coordinador|coordinadora|jefe|jefa|gerente|encargado|encargada|mayordomo|capataz|patron|patrona|patrón)s?'
// Whoever is in charge, said without a title ("the guy in charge", "whoever runs downtown", "la que manda").
// Not asked for ("a guest wants whoever is in charge", "can i talk to the person in charge").
const NOT_ASKED_FOR =
  '(?<!\\b(to|tell|let|get|call|ask|with|ask for|asking for|asked for|wants?|needs?|see|a|con|para|quiere|quieren|pide|piden|busca|buscan)\\s+)'
const IN_CHARGE = `${NOT_ASKED_FOR}((the|el|la) ((guy|man|lady|woman|one|person|dude|tipo|senor|senora|muchacho|muchacha) )?(in charge|a cargo|que manda|que esta a cargo)|whoever (runs|manages|is running|is over|is in charge of) \\w+|(el|la) que (manda|nos manda|esta a cargo))`
// Whoever the sender reports to, said so ("the person i report to", "the one who signs off on my timecard", "la persona
// a la que le reporto"), not asked for ("can i talk to the person i report to").
const REPORTS_TO = `${NOT_ASKED_FOR}(the (person|one|guy|lady|woman|man) (who |that )?i (report|answer) to|whoever i (report|answer) to|the (person|one|guy|lady|woman|man) (who|that) (signs off on|approves|okays|oks|checks) (my|our) (time ?cards?|time ?sheets?|hours|schedule)|(la persona|el|la) (a (la|el) )?que (le )?reporto)`
// A title with "the" before it, and any word between but one that puts it above or in HR ("the plant mgr").
const THE_TITLE = `(?<!\\b(to|tell|let|get|call|ask|with|for|a|con|para|dile|avisale|avisen|llamen)\\s+)(el|la|the)\\s+((?!(hr|human|district|regional|area|zone|corporate|division|other|another|otr[oa]|payroll)\\s)[a-z]+\\s+)?(encargad[oa]|mayordomo|capataz|jef[ea]|supervisora?|gerente|patr[oó]na?|foreman|boss|bos|sup|gm|lead|manager|mgr|mngr)|(el|la)\\s+m[aá]nager|(los|las)\\s+(jefes|jefas|encargad[oa]s|supervisor[ae]s|gerentes|mayordomos|capataces|patrones)`
// Whoever does a supervisor's part for the sender, said so ("the guy who runs our store", "the person who makes the
// schedule", "the one above me", "la que nos supervisa", "la persona que aprueba mis horas", "la que esta arriba de
// mi"): a manager's duties are a short list, whatever the words around them.
const WHO = `(the (person|one|guy|lady|woman|man|dude|girl)|whoever|(la|el) (persona|senora|senor|muchacha|muchacho|tipo|senorita) que|(la|el) que)`
const DUTY = `((who|that) )?((runs|manages|oversees|supervises|is over) ((our|my|the|this) )?[a-z]+|(makes|does|writes|posts|approves|signs( off on)?|okays|oks|checks) ((our|my|the|this) )?([a-z]+ )?(schedules?|time ?cards?|time ?sheets?|hours|punches|payroll))|((who|that) )?(is )?(above|over) (me|us)|(who|that) hired (me|us)`
const DEBER = `(nos |me )?(supervisa|manda|dirige|maneja|aprueba|firma|autoriza|revisa|hace|checa) ((mis|nuestr[oa]s|las|los|el|la) )?(horas|horario|horarios|tarjetas|checadas|nomina)|(maneja|dirige|administra|manda en) (la |el |nuestr[oa] )?(tienda|sucursal|cocina|turno|planta|bodega|restaurante|local)|(nos |me )(supervisa|manda|dirige|checa|contrato)|(esta|anda) (arriba|encima) de (mi|nosotros)`
const BY_DUTY = `${NOT_ASKED_FOR}(${WHO} (${DUTY})|((la|el) (persona )?que|(la|el) (senora|senor|tipo) que) (${DEBER}))`
const OWN_MANAGER_PHRASE = `(${IN_CHARGE}|${REPORTS_TO}|${BY_DUTY}|boss ?man|^(crew|shift|line|floor|site) (chief|lead|leader|boss|supervisor|sup)|(my|mi|mis|our|nuestr[oa]s?)\\s+([a-z]+\\s+){0,2}${MANAGER_TITLE}|${THE_TITLE})`
const OWN_MANAGER = new RegExp(`\\b${OWN_MANAGER_PHRASE}\\b`, 'i')
// Spoken of as the one a message is about, not the one it asks for: "someone other than my sup",
// "talk to someone about my foreman", "alguien que no sea mi jefe" (but not "can my manager call me").
const ABOUT =
  '(about|other than|not|besides|except|instead of|without|behind|against|regarding|sobre|acerca de|contra|que no sea|aparte de|menos|sin que sepa|sin que se entere)'
const ABOUT_OWN_MANAGER = new RegExp(`\\b${ABOUT}\\s+${OWN_MANAGER_PHRASE}\\b`, 'i')

// Another manager asked for than one's own, then one's own spoken of ("can i get moved to a different
// coordinator? mine keeps giving my patients to the new girl").
const MINE = new RegExp(
  `\\b(different|another|other|new|otr[oa]|nuev[oa]) ${MANAGER_TITLE}\\b.{0,40}\\b(mine|el mio|la mia)\\b`,
  'i'
)

// Above someone by place ("la señora que esta arriba de priya", "the one over marcus").
const ABOVE =
  '(que esta|que anda|who is|whos|thats|that is|the (one|lady|guy|person|woman|man)) (arriba de|encima de|above|over)'

// A word before a title that is no one's own ("marcus boss", "sams supervisor"), or a title "of" someone ("la jefa de
// priya"): read before the directory is, since most texts speak of no one's boss but their own.
const SOMEONES_BOSS = new RegExp(
  `\\b((?!(my|mi|mis|our|your|ur|his|her|their|the|a|an|el|la|su|tu|nuestr[oa])\\b)\\w+ ${MANAGER_TITLE}|${MANAGER_TITLE} (of|de|del) \\w+|${ABOVE} \\w+|\\w+ reports to)\\b`
)

/** Whether the text may speak of someone's boss by that someone (bossOfNamed says whose, if anyone's). */
export function speaksOfSomeonesBoss(text: string): boolean {
  return SOMEONES_BOSS.test(titleWords(text))
}

/**
 * Of `candidates`, those the text names as the one whose boss it speaks of ("marcus's boss keeps messaging me", "la
 * jefa de Priya"): a complaint so put is about that person's manager.
 */
export function bossOfNamed<T extends { name: string }>(text: string, candidates: readonly T[]): T[] {
  if (!speaksOfSomeonesBoss(text)) return []
  const said = titleWords(text)
  return namedIn(text, candidates).filter((c) =>
    nameParts(c.name).some((part) =>
      new RegExp(
        `\\b(${part} ${MANAGER_TITLE}|${MANAGER_TITLE} (of|de|del) ${part}|${ABOVE} ${part}|${part} reports to)\\b`
      ).test(said)
    )
  )
}

/** Whether the text speaks of the sender's own manager. */
export function aboutOwnManager(text: string): boolean {
  // Read without accents and apostrophes, as every other reading here is ("mi líder").
  const said = titleWords(text)
  return OWN_MANAGER.test(said) || MINE.test(said) || THE_ABBREVIATED.test(text)
}

// A store's manager by the capitals of a title ("the SM", "the ASM"); lower case, "the sm fries" are small.
const THE_ABBREVIATED = /\b(the|our|my) (SM|ASM|AGM|TL|SL)\b/

// The own manager's own manager: "my boss's boss", "my sup's manager", "the boss of my boss", "el jefe de mi jefe"; a
// manager over stores by title ("the district manager", "la gerente de zona"): the directory has no titles, and
// keeping one more away is the safe side.
const MANAGERS_MANAGER = new RegExp(
  `\\b((my|mi|our) ${MANAGER_TITLE}(es)? ${MANAGER_TITLE}|${MANAGER_TITLE} (of|de|del) ((my|mi|our|nuestr[oa]|the|la|el) )?${MANAGER_TITLE}|(district|area|regional|region|zone|market|multi ?unit) (manager|mgr|supervisor|director|boss|lead|leader|coach)|(the|el|la|our|nuestr[oa]) regional|(${MANAGER_TITLE}|one|person|guy|lady|woman|man|que esta|que estan) (over|above|arriba de|encima de) (my|mi|our|nuestr[oa]) ${MANAGER_TITLE}|(gerente|supervisora?|directora?|jef[ea]) (regional|de (zona|distrito|area|region))|(the|our|my|el|la|mi|nuestr[oa]) (dm|rm|dsm|rvp|rom))\\b`,
  'i'
)

// Whoever is over everyone, by title only ("the owner", "el dueño", "our DON", "the administrator"): the directory has
// no titles, so every manager above the direct one is kept away.
const TOP_OF_CHAIN =
  /\b((the|our|my|this) ((franchise|store|restaurant|business|shop) )?(owners?|franchisee|co ?owners?|big boss|ceo|president|administrator|don|director( of nursing)?|executive director)|(el|la|los|las|mi|nuestr[oa]s?) (duen[oa]s?|propietari[oa]s?|administrador[a]?|director[a]?|jefe grande|mero mero))\b/

/** Whether the text speaks of someone at the top of the sender's managers by title. */
export function aboutTopOfChain(text: string): boolean {
  return TOP_OF_CHAIN.test(titleWords(text))
}

// The employee's manager as someone else writes of them ("Alex reports her manager keeps asking her out").
const THEIR_MANAGER = new RegExp(
  `\\b((her|his|their|su|sus) ([a-z]+ ){0,2}${MANAGER_TITLE}|${IN_CHARGE}|${THE_TITLE}|the (person|one|guy|lady|woman|man) (who |that )?(she|he|they) (reports?|answers?) to|(la persona|el|la) (a (la|el) )?que (le )?reporta|the (one|guy|lady|woman|man|person) (who|that) hired (her|him|them))\\b`,
  'i'
)

/** Whether a text written about an employee (by ops or HR) speaks of that employee's manager. */
export function aboutTheirManager(text: string, location?: string | null): boolean {
  return THEIR_MANAGER.test(titleWords(text)) || THE_ABBREVIATED.test(text) || locationsManager(text, location)
}

/** Whether the text speaks of the manager of `location` ("Downtown's manager", "the manager at downtown"). */
function locationsManager(text: string, location?: string | null): boolean {
  const place = location && foldedWords(location).join(' ')
  if (!place) return false
  const title = `(store |shop |location |site )?${MANAGER_TITLE}`
  return new RegExp(
    `\\b(${place}( s)? ${title}|${MANAGER_TITLE} (at|of|in|for|de|en) (the |el |la )?${place})\\b`
  ).test(titleWords(text))
}

/** Whether the text speaks of the sender's manager's manager. */
export function aboutManagersManager(text: string): boolean {
  return MANAGERS_MANAGER.test(titleWords(text))
}

// The own manager doing something to the sender ("mi supervisor me toca", "my sup keeps grabbing me"):
// whatever the matter is read as, he is what it is about.
const ACTS_ON_SENDER = new RegExp(`\\b${OWN_MANAGER_PHRASE}\\s+(\\w+\\s+){0,3}(me|us|nos)\\b`, 'i')

/** Whether the text tells of the sender's own manager doing something to the sender. */
export function ownManagerActsOnSender(text: string): boolean {
  return ACTS_ON_SENDER.test(titleWords(text))
}

// Spoken of as the one to be told ("wat time do i gotta tell my sup by", "a que hora le aviso a mi jefe").
const TO_BE_TOLD = new RegExp(
  `\\b(tell|text|call|let|notify|inform|ask|contact|reach|message|msg|avisar\\w*|aviso|avisa\\w*|dile|decirle|digo|llamar\\w*|llamo|marcar\\w*|marco)\\s+((to|a|al|le|a la)\\s+)?${OWN_MANAGER_PHRASE}`,
  'gi'
)

const EVERY_OWN_MANAGER = new RegExp(OWN_MANAGER.source, 'gi')

/** Whether every time the text speaks of the sender's own manager, it is as the one to be told. */
export function ownManagerOnlyToBeTold(text: string): boolean {
  const said = titleWords(text)
  const spoken = said.match(EVERY_OWN_MANAGER)?.length ?? 0
  return spoken > 0 && (said.match(TO_BE_TOLD)?.length ?? 0) >= spoken
}

/** Whether the text speaks of the sender's own manager as whom it is about, not as whom it asks for. */
export function pastOwnManager(text: string): boolean {
  const said = titleWords(text)
  return ABOUT_OWN_MANAGER.test(said) || MAY_HE.test(said)
}

// Asked whether the own manager may do a thing ("¿mi encargado puede leer mis mensajes personales?", "is my manager
// allowed to see my file"): he is what it is about; not asked to reach the sender ("can my manager call me"), nor to
// do his part for the sender ("a question only my manager can answer").
const REACH =
  '(call|text|contact|reach|come|talk|speak|meet|help|see me|answer|respond|reply|explain|approve|sign|contestar\\w*|responder\\w*|explicar\\w*|aprobar\\w*|firmar\\w*|llamar\\w*|llame|marcar\\w*|marque|hablar\\w*|hable|venir|venga|ayudar\\w*|ayude|contactar\\w*|verme|me)'
const MAY_HE = new RegExp(
  `\\b(${OWN_MANAGER_PHRASE}\\s+(puede|pueden|can|may|could|tiene derecho a|has the right to|is allowed to|is supposed to)|(can|may|could|is|puede|pueden) ${OWN_MANAGER_PHRASE}\\s+(allowed to |supposed to )?)\\s*(?!${REACH}\\b)[a-z]+`,
  'i'
)

// Someone the sender fears or will not be near ("calling out, i dont feel safe closing alone with marcus", "no quiero
// estar cerca de Priya"): whatever the message asks, it is about them.
const AVOIDS_SOMEONE =
  '((dont|do not|never|not) feel (safe|comfortable|ok|okay)|(scared|afraid|terrified) (of|to be (\\w+ )?(with|around|near))|(dont|do not|cant|cannot) (be|work|close|stay) (\\w+ ){0,2}(with|around|near)|(dont|do not) want to (be|work|close|stay) (\\w+ ){0,2}(with|around|near)|no (quiero|puedo) (estar|trabajar|cerrar|quedarme)( \\w+){0,2} (con|cerca de)|(miedo|me da miedo) (de|a)|no me siento segur[oa])'
const AVOIDS = `${AVOIDS_SOMEONE}(\\s+\\w+){0,4}`
const FEARS_HIM = new RegExp(`\\b${AVOIDS_SOMEONE}\\s+(him|her|them|el|ella)\\b`)

/** Of `candidates`, those `text` names as whom it is about ("someone other than Gary", "sobre Brenda"). */
export function namedAsSubject<T extends { name: string }>(text: string, candidates: readonly T[]): T[] {
  const words = wordsOf(text)
  const taken = partsOf(candidates)
  const said = ` ${words.order.join(' ')} `
  // Feared as "him" or "her" in a text that names one of them ("what happened at close with mr lee, i dont want to
  // work alone with him again"): that one.
  const named = FEARS_HIM.test(said) ? namedIn(text, candidates) : []
  return candidates.filter(
    (c) =>
      (named.length === 1 && c === named[0]) ||
      nameParts(c.name).some((part) => {
        // The name as written, misheard or clipped ("it was marc").
        const name = `(${[part, ...spokenAs(words, part, taken)].join('|')})`
        return (
          new RegExp(`\\b(${ABOUT}\\s+(\\w+\\s+){0,2}|${AVOIDS}\\s+|${CULPRIT}\\s+)${name}\\b`).test(said) ||
          new RegExp(NOT_HER_ES(name)).test(said)
        )
      })
  )
}

// Who did it, said outright ("it was marcus", "fue priya", "era la pri").
const CULPRIT = '(it was|it s|its|it is|was it|fue|era|fue el|fue la|era el|era la)'

// Spanish "not her" ("no con Priya", "pero no Priya", "Priya no, ella es el problema"): "no" before the name, or after
// it with nothing more, or with "ella es" next; not "Priya no contesta", which tells what she does.
const NOT_HER_ES = (part: string) =>
  `\\b(no|ni)\\s+(con\\s+|a\\s+)?${part}\\b|\\b${part}\\s+no\\s+((ella|el)( es)?|es (ella|el)|porque|pq)\\b|\\b${part}\\s+no\\s*$`

/**
 * Managers and HR people the text names: the people who could otherwise be handed a complaint about
 * them. With `asSubject`, only those it names as whom it is about ("someone other than Gary"); with `anyRole`,
 * employees too (a coworker a complaint names may be made a manager or moved to HR while it is open).
 */
/** The managers of the people the text names as the one whose boss it speaks of (bossOfNamed). */
export async function bossesOfNamed(db: Db, text: string): Promise<number[]> {
  if (!speaksOfSomeonesBoss(text)) return []
  const everyone = await db.select({ name: people.name, managerPhone: people.managerPhone }).from(people)
  const phones = bossOfNamed(text, everyone).flatMap((p) => (p.managerPhone ? [p.managerPhone] : []))
  if (phones.length === 0) return []
  return (await db.select({ id: people.id }).from(people).where(inArray(people.phone, phones))).map((p) => p.id)
}

export async function namedHandlers(
  db: Db,
  text: string,
  { asSubject = false, anyRole = false } = {}
): Promise<number[]> {
  const handlers = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(anyRole ? undefined : inArray(people.role, ['manager', 'hr']))
  return (asSubject ? namedAsSubject(text, handlers) : namedIn(text, handlers)).map((p) => p.id)
}
