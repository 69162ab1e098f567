// Someone in HR as whom a complaint is about, though no name says which HR person: spoken of by role ("the hr lady"),
// named as in HR ("Dayna in HR"), or HR itself doing something to the sender ("hr has been cutting my hours"). Such a
// complaint keeps every HR person away (escalation/subjects.ts) and out of HR's insights.
import { foldedWords } from './named.ts'

// HR by its names: "RRHH", "the people team", "people and culture" as well as "hr".
const HR =
  '(hr|rh|rrhh|human resources|recursos humanos|people team|people ops|people operations|people and culture|personnel)'
// HR spoken of by role as a person ("the hr lady", "that guy from hr", "la señora de recursos humanos"): whom a
// complaint that speaks so is about, since no name says which HR person it is.
const HR_PERSON = new RegExp(
  [
    `\\b(the|that|this|our|la|el|esa|ese) (${HR}|payroll) (lady|guy|woman|man|person|rep|representative|manager|director|girl|dude|chick|gal|senora|senor|muchacha|muchacho|chava|chavo|mujer|hombre|persona|encargada|encargado|gerente)\\b`,
    // Not asked for ("can i talk to someone from hr", "i need someone in hr to call me").
    `(?<!\\b(to|with|need|needs|want|wants|get|have|call|ask|for|no|any|every|con|a|para)( the| a)? )\\b(lady|guy|woman|man|person|girl|dude|chick|one|someone|somebody) (in|from|at|on) (the )?${HR}\\b`,
    `\\b(la|el|esa|ese) ((senora|senor|muchacha|muchacho|chava|chavo|mujer|hombre|persona|encargada|encargado|licenciada|licenciado|gerente|jefa|jefe) (\\w+ )?)?de (recursos humanos|rh|rrhh|personal|nominas?)\\b`,
    // Told by what they did ("la que me hizo la entrevista en recursos humanos").
    `(?<!\\b(con|a|para)\\s)\\b(la|el) que (\\w+ ){1,5}(en|de) (recursos humanos|rh|rrhh)\\b`,
    `^${HR} (lady|guy|woman|man|person|rep|girl|dude)\\b`
  ].join('|')
)

// Someone named as being in HR ("Dayna in HR keeps making comments"): a name as written, capitalised.
const NAMED_IN_HR =
  /\b(?!(I|The|My|Our|Your|Someone|Somebody|Anyone|Everyone)\b)[A-Z][a-z]+ (in|from|at) (HR|Hr|hr|human resources|Human Resources)\b/

/** Whether the text speaks of someone in HR by role, as a person, not of HR as a place to go. */
export function hrPersonByRole(text: string): boolean {
  return HR_PERSON.test(foldedWords(text).join(' ')) || NAMED_IN_HR.test(text)
}

// That HR person doing something to the sender ("la de recursos humanos me sigue gritando"), not asked to ("can the hr
// lady call me"): a complaint however it was read, though naming HR made it a request for HR.
const HR_PERSON_ACTS = new RegExp(
  `(?<!\\b(can|could|would|will|have|get|pls|please|que|puede|pueda|pueden|podria)\\s+)(${HR_PERSON.source})\\s+(?!(call|text|contact|reach|email|llame|marque|hable|escriba)\\b)(\\w+\\s+){0,2}(me|us|nos)\\b`
)

// HR itself doing something to the sender ("ever since i reported marcus, hr has been cutting my hours", "recursos
// humanos me esta quitando horas"), not asked to reach them ("hr is gonna call me").
const HR_ACTS = new RegExp(
  `\\b${HR} (has been|have been|keeps|kept|is|are|been|just|always|(me|nos) (esta|estan|sigue|siguen|ha|han)) (?!(gonna |going to |going |about to )?(call|text|contact|reach|email|get back|llamar|hablar)\\b)(\\w+ ){0,2}(me|us|my|our|mis|nos|horas)\\b`
)

/** Whether the text tells of someone in HR, by role, or HR itself, doing something to the sender. */
export function hrPersonActsOnSender(text: string): boolean {
  const said = foldedWords(text).join(' ')
  return HR_PERSON_ACTS.test(said) || HR_ACTS.test(said)
}
