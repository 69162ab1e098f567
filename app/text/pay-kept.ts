// Pay kept back is a complaint for HR, no longer a payroll slip for the manager, once the text says it happens
// again or that asking about it was waved away ("its not on my check. 2nd time this happened", "cuando pregunte
// me dijeron q no anduviera molestando"). The topic model says whether a text is about pay going wrong
// (local-classifier.ts); these say only that it goes on or was brushed off, a small closed class of phrasings.

// Something missing or short: pay that did not come, not a question of when it comes ("when do we get paid again").
const SHORTFALL =
  /\b(not|no (me|nos|les?)|never|didnt|didn'?t|doesnt|doesn'?t|isnt|isn'?t|wasnt|wasn'?t|arent|aren'?t|werent|weren'?t|missing|short|shorted|without|left off|nunca|falt\w*|menos)\b/

// It happens again and again.
const AGAIN =
  /\b(again|(second|third|fourth|fifth|2nd|3rd|4th|5th) time|keeps? happening|every (single )?(time|check|paycheck|pay ?period)|in a row|otra vez|de nuevo|(segunda|tercera|cuarta|quinta) vez|ya van|cada (cheque|quincena|semana|vez))\b/

// Whoever was asked brushed it off.
const WAVED_AWAY =
  /\b(told|tells|said|says) (me|us) (to )?(stop|quit|not to|dont|don'?t) (bother\w*|ask\w*|complain\w*|whin\w*|worry\w*)\b|\b(deal with it|too bad|tough luck|not (my|his|her|their) problem)\b|\bno (anduviera|ande|anduvieramos|estuviera|este|fuera) (molestando|chingando|fregando|de quejon\w*|de quejos\w*)\b|\bque no (molest\w*|freg\w*|ching\w*)\b|\bque (me aguante|nos aguantemos|ni modo|asi es)\b/

/** Whether a text about pay going wrong tells it goes on, or was waved away when asked (`folded`: fold()'s). */
export function payKeptTold(folded: string): boolean {
  return SHORTFALL.test(folded) && (AGAIN.test(folded) || WAVED_AWAY.test(folded))
}
