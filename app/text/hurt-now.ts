// Whether a danger is told as happening now, or a person as badly hurt: what keeps a page standing however
// calmly the rest of the text reads (not-now.ts, told-calmly.ts).

// "Now" that only asks when to report ("should i report it now") is no sign of an emergency.
export const HAPPENING_NOW =
  /\b((is|are|hes|shes|he'?s|she'?s|theyre|they'?re) (in|at|outside|inside|out front of|by) the ([\w-]+ )?(lobby|parking lot|lot|store|building|front|front door|door|office|warehouse|counter|register|desk|gate|entrance)|(?<!\b(report|file|tell|fill|write|do) (it|this|that|one|something|out|up) )(?<!\b(good|fine|ok|okay|clear|safe|better|off|over|smoke|fire|flames|smell|sparks|stopped|stable|calm|mark|red|done|gone|resting|sleeping|sitting|home) )(?<!\b(family|familia) (is|are) with (her|him|them) )now|right now|rn|(?<!\b(to|the|for|your|ur|all) )help|hurry|asap|please come|come quick|ayuda|auxilio|(?<!\b(muy|bien|demasiado|tan|mas|va|iba|van|maneja|manejaba|manejando) )rapido|ahorita|urgente|ya mismo|(esta|estan) (saliendo|quemando|prendiendo|incendiando)|spreading|still (smoking|burning|on fire|hissing|sparking|flaming)|(and|but) the (back |front |side |rear )?(door|doors|gate|window) (is|are) (still |wide )?(open|unlocked|broken)|sigue abierta|spreading|still (smoking|burning|on fire|hissing|sparking|flaming)|flames? (are |is )?(still )?(coming|shooting|spreading|growing|getting bigger))\b|!!/

// A person badly hurt (lips gone blue among the signs): whatever else is said, the page stands.
const BADLY_HURT =
  /\b((not|isnt|isn't|wont|won't|cant|can't) (breathing|responding|moving|wake|getting up|talking(?! (to|with|about)\b))|no se (levanta|puede levantar)|(cant|can'?t|cannot) (move|feel|get up|stand( up)?|walk)|no (puede|puedo) mover|unconscious|passed out(?!.{0,30}\b(woke up|came to|came around)|.{0,60}\b(s?he|they) (was|were) (ok|okay|fine)\b)|(?<!(?<!\b(wont|won'?t|doesnt|doesn'?t|didnt|didn'?t|not|cant|can'?t|never|hasnt|hasn'?t) )\b(stopped|quit|stop|no more|no longer) )(?<!\b(was|were) )bleeding(?! ((a )?(little|lil|bit|tiny|some)|(has |had |is |finally )?(stopped|quit|slowed)))|(arm|hand|leg|finger|foot|wrist)s? (is |are |looks )?(all )?(twisted|mangled|crushed|broken|bent back)|blood (everywhere|all over|pouring|gushing|coming out)|(and|so much|lots of|a lot of) blood|mucha sangre|(doesnt|doesn'?t|does not|didnt|didn'?t) (respond|answer|wake up|move|breathe)|fingers? (are |is )?(off|gone)|(cant|can'?t|cannot|couldnt) (get|pull) (his|her|their|my) (arm|hand|leg|foot|fingers?|sleeve|hair) (out|free|loose)|no (le )?(podemos|puedo) sacar (la|el|su) (mano|brazo|pie|pierna|dedo)|no (respira|responde|se mueve|despierta)|(lips|labios) (\w+ ){0,3}(blue|purple|morad[oa]s?|azul(es)?)|turning (blue|purple|gray|grey)|inconsciente|desmay\w*(?!.{0,30}\bya (desperto|volvio en si|reacciono))|wrists? (cut|slit)|cut (his|her|their) wrists|(?<!\b(dejo de|paro la|paro de|se paro la|ya no|ya no le) )sangr\w*(?! de la nariz))\b/
// ...or a limb bent the wrong way, a bone showing, a face gone pale: a "he says he's ok" before it is no all-clear.
// Confusion after a fall or a blow ("says hes ok but hes kinda out of it and keeps asking what day it is") is a
// head injury's sign.
const BADLY_HURT_SIGNS =
  /\b((s?he'?s|hes|shes|he is|she is|they'?re|theyre|they are|seems?|looks?|acting|is|are) (kinda |kind of |really |real |very |all |super |so |a (little|lil|bit) )?(confused|disoriented|out of it|dazed|loopy|incoherent)|(keeps?|kept) asking (what day|where (s?he|they) (is|are|was)|the same (thing|question))|(doesnt|doesn'?t|does not) (know|remember) (where (s?he|they) (is|are)|what (day|happened)|(his|her|their) (own )?name)|slurring|(esta|anda|se ve) (medio |muy |bien )?(confundid[oa]|desorientad[oa]|ido|ida)|(no sabe|no se acuerda de?) (donde esta|que dia|que paso|su nombre)|(pregunta|sigue preguntando) (que dia|donde esta)|(bent|twisted|pointing) (the )?wrong way|(is |looks |all )(bent|twisted) (weird|funny|sideways|backwards)|(skin'?s?|piel) (is |are |esta )?(kinda |all |really |already |ya )?(peeling|coming off|bubbling|blistering|se (esta )?pelando)|(arm|leg|ankle|wrist|hand|finger|knee|elbow|shoulder|foot) (looks|is) (really |all |super )?(wrong|messed up|deformed)|bone (is )?(sticking|poking) out|(gone|going|turned|turning|went) (really |real |very |so |all )?(pale|ashen|gr[ae]y)|(se puso|esta|se ve) (bien |muy )?(palid[oa]|blanc[oa]))\b/

export function badlyHurt(folded: string): boolean {
  return BADLY_HURT.test(folded) || BADLY_HURT_SIGNS.test(folded)
}

/** What `pattern` finds, with nothing said to be happening now and nobody badly hurt. */
export function calmly(pattern: RegExp, folded: string): boolean {
  return pattern.test(folded) && !HAPPENING_NOW.test(folded) && !badlyHurt(folded)
}
