// Whom a message names, so that a complaint never reaches (nor is seen by) the person it is about.
// Names are compared as people text them: case and accents folded by Unicode normalisation
// ("José"/"jose", "Núñez"/"Nunez"), words split by Unicode's word boundaries (UAX #29, Intl.Segmenter),
// possessives and apostrophes dropped ("Marcus's", "O'Brien"). Every part of a name counts on its own, so a first name, a surname,
// each part of a compound one ("García López"), a full name and a title with the surname ("Ms Nuñez",
// "Sra. García", "Dr Lee") all name the person. Over-matching only keeps one more person away.
import { inArray } from 'drizzle-orm'
import { people } from '../../drizzle/schema.ts'
import type { Db } from '../db/database.ts'

const words = new Intl.Segmenter('und', { granularity: 'word' })

// Parts of names that name nobody on their own (particles of compound surnames, generational suffixes).
const NOT_NAMES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der'])
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** Lower-case words without accents: "Núñez's" -> ["nunez"]. */
export function foldedWords(text: string): string[] {
  const folded = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')
  return [...words.segment(folded)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment.replace(/['’]s?$/, '').replace(/['’]/g, ''))
    .filter(Boolean)
}

/** The parts of a name that name its person ("María de la Cruz" -> maria, cruz). */
function nameParts(name: string): string[] {
  return foldedWords(name).filter((w) => w.length >= 2 && !NOT_NAMES.has(w) && !SUFFIXES.has(w))
}

/** Whether `text` names the person called `name`, by any part of the name. */
export function mentions(text: string, name: string): boolean {
  const said = new Set(foldedWords(text))
  return nameParts(name).some((part) => said.has(part))
}

/** Of `candidates`, those `text` names. */
export function namedIn<T extends { name: string }>(text: string, candidates: readonly T[]): T[] {
  const said = new Set(foldedWords(text))
  return candidates.filter((c) => nameParts(c.name).some((part) => said.has(part)))
}

// "my manager", "my boss", "my sup", "mi jefe": the message is about the sender's own manager. So is
// "the boss keeps...", "el mayordomo no nos deja...": crews name their own boss with an article too,
// unless the boss is whom the news is for ("let the manager know", "dile a la encargada").
const ROLE =
  '(direct\\s+|shift\\s+|store\\s+|line\\s+|team\\s+)?(manager|mgr|boss|sup|supe|super|supervisor|supervisora|foreman|forewoman|lead|jefe|jefa|gerente|encargado|encargada|mayordomo|capataz)s?\\b'
const OWN_MANAGER = new RegExp(
  `\\b(my|our|mi|mis|nuestro|nuestra)\\s+${ROLE}|(?<!\\b(to|tell|let|get|call|ask|with|for|a|con|para|dile|avisale|avisen|llamen|hablar con|hable con)\\s+)\\b(the|el|la|los|las)\\s+${ROLE}`,
  'i'
)

/** Whether the text speaks of the sender's own manager. */
export function aboutOwnManager(text: string): boolean {
  return OWN_MANAGER.test(text)
}

/** Managers and HR people the text names: the people who could otherwise be handed a complaint about them. */
export async function namedHandlers(db: Db, text: string): Promise<number[]> {
  const handlers = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(inArray(people.role, ['manager', 'hr']))
  return namedIn(text, handlers).map((p) => p.id)
}
