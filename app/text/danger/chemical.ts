// Chemicals, gas and fumes: in eyes or on skin, swallowed, leaking, sickening people.
// Folded text (lowercase, no accents), English and Spanish; test/safety-rules.test.ts holds what they
// must and must not match.

export const CHEMICAL: RegExp[] = [
  // A gas appliance or line leaking gas ("the water heater in the back is leaking gas", "la estufa esta tirando gas").
  /\b(heater|stove|oven|fryer|grill|range|furnace|dryer|boiler|line|pipe|tank|kitchen|cylinder)\b.{0,25}\b(leaking|leaks|leaked|is leaking) (natural )?(gas|propane)\b|\b(tirando|sacando|saliendo|se sale el) (gas|propano)\b/,
  // A gas alarm going off where someone went in and is still in.
  /\b(co2|carbon monoxide|co|gas|ammonia|oxygen|o2) (alarm|detector|monitor|sensor)\b.{0,25}\b(going off|went off|beeping|alarming|sonando)\b.{0,80}\b(hasnt come out|hasn'?t come out|still in there|is still in|went in (there )?(and|like|about|\d))\b/,
  // The same in Spanish, and people still inside ("sono la alarma de amoniaco ... todavia hay gente adentro").
  /(\b(alarma|detector|sensor) de (amoniaco|gas|monoxido|co2|co|cloro)\b.{0,25}\b(sono|suena|sonando|se activo|pitando)\b|\b(sono|suena|esta sonando|se activo) (la|el) (alarma|detector|sensor) de (amoniaco|gas|monoxido|co2|co|cloro)\b).{0,80}\b((gente|alguien|companeros|trabajadores|personas) (adentro|dentro|atrapad[oa]s?)|no (ha|han) salido)\b|\b(ammonia|gas|co|co2|carbon monoxide) (alarm|detector|sensor)\b.{0,25}\b(going off|went off|beeping|alarming)\b.{0,80}\b(still|are) (people|guys|workers|folks|some of us) (in there|inside)\b/,
  // A gas line or tank by its name, with people sickened by it.
  /\b(nitrous|propane|co2|carbon monoxide|freon|refrigerant|natural gas|gas line|hissing)\b.{0,80}\b(dizzy|light ?headed|passing out|passed out|headache|throwing up|vomiting|mareados?|mareadas?)\b/,
  /\b(chemical|chemicals|bleach|caustic|acid|degreaser|cleaner|sanitizer|ammonia|chlorine|lye)\b.{0,40}\b(eye|eyes|face|skin|mouth|swallowed|drank|splash\w*|burn\w*|fumes|coughing)\b/,
  /\b(eye|eyes|face|skin)\b.{0,30}\b(chemical|bleach|caustic|acid|degreaser|cleaner|sanitizer|ammonia|chlorine)\b/,
  /\b(eyes? (are |is |r )?(burning|stinging)|blinded)\b|\b(cant|can't|cannot) see( anything)?\s*([.!,]|$)|\b(cant|can'?t|cannot|couldnt) open (his|her|their|my) eyes?\b|\bno (puede|puedo) abrir (los|sus) ojos\b/,
  /\b(chemical spill|(cant|can't) stop coughing|no (podemos|puedo|puede) dejar de toser)\b/,
  /\b(hit|broke|cut|struck|ruptured|nicked|busted) (a|the) (gas|propane) (line|main|pipe)\b|\b(gas|propane|ammonia)\b.{0,40}\bhissing\b|\b(propane|ammonia|natural gas) (smell|odor|stink)|\bsmell (of|like) (propane|ammonia)\b|\b(propane|natural gas|gas (line|tank|heater|pipe))\b.{0,40}\b(leak|leaking|leaks)\b|\bhissing\b.{0,40}\b(gas|propane)\b/,
  /\b(gas (leak|smell)|smells? (like |of )?gas|smell (of )?gas|carbon monoxide|co alarm|ammonia leak|toxic fumes|(chemical|bleach|ammonia|chlorine) fumes|fumes)\b/,
  /\bhuele\b.{0,15}\ba gas\b|\b(huele a gas|olor a gas|fuga de (gas|amoniaco|quimico)|vapores|monoxido|en los ojos|(cloro|quimicos?|acido|sosa|cal viva|desengrasante|limpiador|amoniaco|blanqueador|detergente)\b.{0,25}\b(a|en) (los|sus|mis) ojos|arden los ojos|ojos? ardiendo|no veo( bien| nada)?\s*([.!,]|$)|no (puede|puedo) ver\s*([.!,]|$)|me arde\w*|le arde\w*|quimico en (la cara|los ojos|la piel))\b/,
  // Poisoning by fumes shows in the body; mixing bleach and ammonia makes them; rotten eggs is gas.
  /\b(chemicals?|bleach|caustic|acid|ammonia|chlorine|cleaners?|fumes|spill|powder|substance|residue|thinner|solvent|gasoline|fuel|paint|spraying|sprayed|pesticides?|insecticides?)\b.{0,100}\b(throwing up|vomit\w*|dizzy|light ?headed|passing out|nause\w*|drool\w*|pupils|(cant|can'?t) see)\b|\b(cloro|amoniaco|quimicos?|sosa|acido|vapores|gas|fumig\w*|plaguicidas?|insecticidas?|veneno)\b.{0,80}\b(vomit\w*|maread\w*|tosiendo|desmay\w*|borros\w*|nos arde\w*)\b/,
  /\b(se tomo|se trago|tomo|trago|bebio|drank|swallowed|drinking|ate)\b.{0,45}\b(quat|bleach|cloro|quimicos?|chemicals?|sanitizer|sanitizante|degreaser|desengrasante|sosa|acid|acido|cleaner|limpiador|antifreeze|anticongelante)\b/,
  /\b(mixed|mezclaron|mezcle|mezclo|revolvieron)\b.{0,30}\b(bleach|cloro|ammonia|amoniaco|chemicals|quimicos|cleaners)\b|\b(rotten eggs?|huevo podrido)\b/,
  /\bhuele (\w+ ){0,2}a (gas|gaz|amoniaco|cloro|quimico)|\b(mucho|fuerte) olor a (gas|gaz|amoniaco|cloro|quimico)|\bsmell(s|ing)? (\w+ ){0,3}(like |of )(gas|gaz)\b/,
  // A chemical or gas line that burst, or a coloured cloud of it ('chlorine line popped, theres a yellowish cloud').
  /\b(chlorine|ammonia|gas|propane|acid|chemical|co2|nitrogen)\b (line|pipe|tank|valve|hose|cylinder)s? (just )?(popped|burst|busted|ruptured|blew|exploded|broke)\b|\b(yellow|yellowish|green|greenish|orange)(ish)? (cloud|fog|gas|haze|mist)\b/,
  // Something leaking that smells of a chemical ("pump room is leaking something, the hallway stinks like
  // bleach"): chlorine or ammonia in the air. A smell of bleach alone is cleaning.
  /\b(leak\w*|spill\w*|gotea\w*|fuga|derram\w*|tirando)\b.{0,60}\b(stinks?|smells?|reeks?|huele|apesta)\b.{0,12}\b(like|of|a)\b.{0,6}\b(bleach|chlorine|ammonia|chemicals?|cloro|amoniaco|quimicos?)\b|\b(stinks?|smells?|reeks?|huele|apesta)\b.{0,12}\b(like|of|a)\b.{0,6}\b(bleach|chlorine|ammonia|chemicals?|cloro|amoniaco|quimicos?)\b.{0,60}\b(leak\w*|spill\w*|gotea\w*|fuga|derram\w*)\b/,
  /\b(fumes|vapou?rs?|gas|smoke|ammonia|chlorine|chemicals?|vapores|humo|amoniaco|cloro|quimicos?)\b.{0,80}\b(coughing|throwing up|puking|vomiting|dizzy|light ?headed|passing out|cant breathe|can'?t breathe|tosiendo|vomitando|mareados?|mareadas?|desmayando)\b/,
  // A smell, then eyes watering and people coughing hard ("sharp smell like cleaning stuff ... my eyes are
  // watering, couple guys in there coughing pretty bad"): two signs in the body, not a bad smell alone.
  /\b(smell|smells|odor|stench|olor|huele)\b.{0,100}\b(eyes? (are |is |r )?(watering|tearing up)|ojos (llorosos|lagrimeando))\b.{0,80}\b(coughing|tosiendo|(cant|can'?t) breathe|dizzy|mareados?)\b|\b(smell|smells|odor|stench|olor|huele)\b.{0,100}\b(coughing|tosiendo)\b.{0,80}\b(eyes? (are |is |r )?(watering|tearing up)|ojos (llorosos|lagrimeando))\b/,
  // A caustic thrown at someone ("threw acid on the cashier", "le aventó ácido a la cajera").
  /\b(threw|thrown|throwing|splashed|poured|tossed|dumped|avento|aventaron|echo|echaron|tiro|tiraron|lanzo|lanzaron|arrojo|arrojaron)\b.{0,15}\b(acid|bleach|lye|chemicals?|acido|cloro|sosa|quimicos?)\b.{0,12}\b(on|at|in|a|en|sobre|al)\b ?(him|her|me|us|them|someone|somebody|(the|a|my|our|his|her|la|el|una|un|mi) (cashier|customer|guest|guy|lady|man|woman|worker|employee|cook|clerk|coworker|face|eyes|kid|cajer[oa]|cliente|senor|senora|muchach[oa]|compa\w*|cara|ojos|trabajador[a]?|emplead[oa]))\b/
]
