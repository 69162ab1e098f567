// A short message that carries on the matter before it ("it happened again", "y otra vez me grito"):
// it joins the escalation already open rather than starting a new one.
import { fold } from './fold.ts'

const OPENER = /^(and|also|plus|btw|update|ps|oh and|one more thing|again|y|tambien|otra cosa|ademas|otra vez)\b/
const ONGOING =
  /\b(again|still|happened|keeps|kept|did it|does it|didnt stop|won'?t stop|hasn'?t stopped|nothing (has )?changed|otra vez|de nuevo|sigue|siguen|todavia|volvio|nada (ha )?cambiado|no ha cambiado)\b/
// Someone already spoken of: a pronoun, or in Spanish (which drops it) a verb of theirs done to the sender ("me puso a
// cerrar ... para quedarse sola conmigo"); not a turn ("me toca cerrar").
const SOMEONE_ALREADY_NAMED =
  /\b(he|she|him|her|they|them|ella|ellos|ellas|conmigo|me (puso|pone|dijo|dice|grito|grita|agarro|agarra|toco|jalo|empujo|insulto|amenazo|mando|manda|quito|quita|cambio|cambia|sigue|siguio))\b/

// Who or what the matter before it was about, told after it ("it was marcus", "its about what happened at close", "fue
// la pri").
const SAYS_WHAT_IT_WAS =
  /^(it was|it wuz|twas|fue|era)\b|^(its|it'?s|it is|es|esto es|is) (about|sobre|acerca de|de lo)\b/

export function continuesMatter(text: string): boolean {
  const t = fold(text)
  return carriesOn(text) || SOMEONE_ALREADY_NAMED.test(t) || SAYS_WHAT_IT_WAS.test(t)
}

/** Says outright that it goes on ("it happened again", "nothing changed"), not only by a "he" or "she". */
export function carriesOn(text: string): boolean {
  const t = fold(text)
  return OPENER.test(t) || ONGOING.test(t)
}
