// A message that asks for a person's time or a pair of hands ("jefe tiene un minuto?", "could i grab you
// for a sec, kinda private", "rush is killing me, can somebody come help"): someone must answer it, and
// a question about whom to ask ("who can i talk to about my 401k") is not one. The bag-of-words models
// read such short asks as chatter or a question (test/asks-for-someone.test.ts holds its rows).
import { fold } from './fold.ts'

const ASKS =
  /\b((can|could|may) (i|we) (talk|speak|chat) (to|with) (you|u|ya|the|my|someone|somebody|a manager|a supervisor)|(any ?way|a way) (i|we) (can|could) (talk|speak|chat) (to|with) (you|u|the|my|someone|somebody|a manager|a supervisor)|(grab|see|borrow) (you|u|ya) (for )?(a )?(sec|second|minute|min|moment)|(do|d) (you|u) (have|got) (a )?(sec|second|minute|min|moment)|(can|could) i (come|stop|swing) by (your|ur|the) office|(can|could) (somebody|someone|anyone|u|you) (come|send|help|bring|fix (it|this|that|my)|look (at|into) (it|this|that|my)|check (it|on it|my)|sort (it|this|that) out|take care of (it|this|that))|(anyone|anybody|someone|somebody) (free|around|available) to (come )?(help|cover|unload|lift)|(have|can|could) (the|my) (manager|supervisor|sup|boss|gm) call me|(can|could) (u|you) (call|text|email) (them|him|her|the client|the customer)|send (someone|somebody|help|another|more)|(wants|asking for|asks for|demanding|demands) (a|the|your|ur|to (talk|speak) (to|with) (a|the|your|ur)) (manager|supervisor|sup|owner|someone in charge|boss)|quiere hablar con (el|la|un|una) (gerente|encargad[oa]|supervisor[a]?|jef[ea]|duen[oa])|need to (talk|speak) (to|with) (you|u|my|the|someone)|(puedo|podria|le puedo|te puedo|podemos) hablar (con|contigo)|(tiene|tienes|tendra) (un )?(minuto|momento|segundo|chance)|me regala (un )?(momento|minuto)|necesito hablar con|(mandame|mandeme|manden|mande|mandenme|(me )?(puedes|puede|pueden|podrias|podria) mandar) a alguien|alguien (me |le )?puede (venir|ayudar|regresar|devolver|llamar|arreglar)|me (lo |la )?(agregan|arreglan|corrigen|pueden (agregar|arreglar|corregir))|me (puede|pueden) (llamar|marcar|hablar) (el|la) (gerente|encargad[oa]|supervisor[a]?|jef[ea])|ocupo (a alguien|ayuda|otra persona|mas gente))\b/
const WHOM = /^(who|whom|a quien|con quien|quien)\b/

/** The text asks a person for their time or for help now, not whom to ask. */
export function asksForSomeone(text: string): boolean {
  const folded = fold(text).trim()
  return ASKS.test(folded) && !WHOM.test(folded)
}
