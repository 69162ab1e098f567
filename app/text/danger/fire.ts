// Fire, smoke, explosions and electricity: flames, sparks, fires spreading or not put out, shocks, power
// lines.
// Folded text (lowercase, no accents), English and Spanish; test/safety-rules.test.ts holds what they
// must and must not match.

export const FIRE: RegExp[] = [
  // Spanglish: "hay fire en el dumpster".
  /\bhay (fire|smoke) (en|in|por|saliendo)\b/,
  /\b(panel|outlet|breaker|box|wires?|cord|plug)\b.{0,40}\b(smoking|sparking|arcing)\b|\b(needle|gauge|pressure)\b.{0,30}\b(past|over|in) the red\b|\brelief valve (is )?(screaming|blowing|popping|going off)\b|\babout to (blow|explode|burst)\b|\b(orange|red) glow\b|\bglowing (red|orange)\b|\b(embers|smoldering|smouldering)\b|\bsmoking (a lot|alot|bad|really bad|like crazy|heavy|heavily)\b|\b(wall|ceiling|hood|vent|duct)\b.{0,30}\b(scorched|charred|blackened|black now|turning black|getting hot|hot to the touch)\b/,
  /\b(on fire|caught fire|catching fire|flames?|grease fire|kitchen fire|a fire|the fire|fire (in|at|near|on|by)|fire!+|smoke (is |was |keeps )?(coming|pouring|everywhere|in|from|filling|billowing)|(machine|outlet|oven|fryer|panel|box|motor|compressor|wires?|charger|battery) (is )?smoking|smoky|sparking|sparks|explosion|exploded|burning smell|smells? (like )?(burning|smoke)|fire alarm (is )?(going off|went off)|(there'?s|theres|there is) (smoke|a fire|fire))\b/,
  /\barcing\b|\b(water|leak\w*)\b.{0,40}\b(electrical room|panels?|breakers?)\b.{0,30}\b(buzzing|arcing|sparking|smoking)\b|\b(cord|cable|drop ?light|extension)\b.{0,40}\b(standing|is|are|laying|lying) in (the |a )?(water|puddle)\b|\b(shocked|electrocut\w*|live wires?|exposed wires?|arc flash)\b|\b(water|leak\w*)\b.{0,25}\b(electrical|panel|outlet|breaker|wires?)\b/,
  /\b(se electrocuto|toque electrico|descarga electrica|cables? pelados?|agua\b.{0,25}\b(panel|enchufe|cables?))\b/,
  /\b(spilled|spill|spilt|tipped|dumped)\b.{0,20}\b(hot oil|fryer oil|hot grease|boiling)\b|\b(se (tiro|derramo|volteo)) (el )?aceite caliente\b/,
  /\b(incendio|fuego|lumbre|humo|llamas|se prendio|se esta quemando|se incendio|exploto|explotaron|explosion|chispas|huele a quemado|olor a quemado|(huele|olor) a \w+ quemad[oa])\b/,
  /\b(filling|filled|full) (up )?(with|of) smoke\b|\blleno de humo\b|\b(barn|building|roof|van|truck|engine|hood|dryer|oven|dumpster|trailer|shed|attic)\b.{0,10}\b(smoking|burning)\b/,
  /\b(got|get|getting|was|been) (zapped|shocked|electrocuted)\b|\belectric(al)? shock\b|\b(live|hot|energized) (panel|box|wire)\b|\b(live|energized) line\b|\b(molotov|lit bottle|firebomb\w*)\b|\b(it'?s|its) burning\b|\bcayo\b.{0,10}\bcable de (luz|alta)\b|\b(power|electric|live) (line|wire|cable)s?\b.{0,25}\b(down|fell|came down|on (him|her|the|top))\b|\b(le|me|les) (dio|dieron|esta dando) (toque|un toque|la corriente|corriente|una descarga|descarga)\b|\bcable de (luz|alta)\b.{0,25}\b(cayo|encima)\b/,
  // Something smouldering that grows ("that sawdust pile behind the grinder is smoking and it's getting darker").
  /\b(smoking|smouldering|smoldering)\b.{0,40}\b(getting (darker|worse|bigger|thicker|heavier)|more and more|spreading)\b|\b(smouldering|smoldering)\b/,
  // A fire that spreads or is not out; a machine into a power line.
  /\b(fire|flames?|fuego|llamas)\b.{0,60}\b(climbing|spreading|going up|spread(ing)? to|reaching|got into|catching|subiendo|se esta pasando|ya llego) (up )?(the |a |la |el |al |a la )?(siding|wall|walls|roof|hood|ceiling|building|attic|vents?|ducts?|trees?|house|pared|techo|campana|edificio)\b|\b(didnt|didn'?t|did not|wont|won'?t|cant|can'?t|couldnt) (put it out|go out)\b|\b(fire|flames?)\b.{0,60}\b(up in|into|in) the (hood|ceiling|vents?|ducts?|attic|roof|walls?)\b|^(fire|incendio|fuego)\b(?! (department|dept|station|extinguishers?|exits?|lane|code|drills?|alarm|safety|training|marshal|inspection|door|doors|watch|pit|me|him|her|them|us))|\b(hit|touch\w*|into|contacted|snagged|caught|tocando|pego (a|con) (el|los)) (a |the )?(power|electric|overhead|high ?voltage|live) ?lines?\b|\b(cables? de (luz|alta))\b.{0,30}\b(tocando|pego|toco)\b/,
  // Something catching fire now, in Spanish ("se esta prendiendo el pasto junto a los tanques"); not "se esta
  // quemando el motor", a motor that smells.
  /\bse (esta|estan) (prendiendo|incendiando) (el|la|los|las) \w+/,
  // Haze or a smell of melting plastic from where batteries charge or power runs ("haze coming off the charging
  // station, smells like burnt plastic").
  /\b(haze|hazy|smoke|smoking|smell\w* (like |of )?(burnt|burning|melting|melted) (plastic|wires?|insulation|rubber))\b.{0,60}\b(charg\w*|batter(y|ies)|panel|outlet|breaker|wires?|wiring|cables?|electrical)\b|\b(charg\w*|batter(y|ies)|panel|outlet|breaker|wiring|electrical)\b.{0,60}\b(haze|hazy|smell\w* (like |of )?(burnt|burning|melting|melted) (plastic|wires?|insulation|rubber))\b/
]
