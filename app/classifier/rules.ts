// Rules that run beside every classifier (local or SageMaker). Missing a safety or hr_sensitive
// message is the worst error this product can make, so these patterns lean towards recall: a false
// alarm costs a manager a text, a miss can cost much more.

interface Rule {
  name: string
  pattern: RegExp
}

const BODY =
  '(hand|finger|fingers|thumb|arm|leg|foot|feet|head|face|eye|back|wrist|ankle|knee|neck|shoulder|hip|rib|ribs|toe|chest|myself|himself|herself|themselves)'

const SAFETY_RULES: Rule[] = [
  { name: 'emergency', pattern: /\b(911|emergency|ambulance|paramedics?|er\b|urgent care)\b/ },
  {
    name: 'injury',
    pattern: new RegExp(
      `\\b(cut|sliced|burn(ed|t)?|broke|broken|hurt|injur(ed|y|ies)|crushed|smashed|twisted|sprained|scalded|pinched|caught)\\b.{0,25}\\b${BODY}\\b`
    )
  },
  {
    name: 'injury-word',
    pattern:
      /\b(bleed(ing)?|blood|bloody|injur(ed|y)|wound(ed)?|concussion|fracture[ds]?|sprain(ed)?|stitches|burns?\b.{0,20}\b(bad|bad(ly)?|blister)|box cutter)\b/
  },
  {
    name: 'fall',
    pattern:
      /\b(fell|fallen|falling|slipped|slip and fell|tripped)\b|\bfell (off|down|from)\b|\bon the (ground|floor) not moving\b/
  },
  {
    name: 'medical',
    pattern:
      /\b(collapsed?|passed out|pass(ing)? out|faint(ed|ing)?|unconscious|not breathing|can'?t breathe|hard to breathe|trouble breathing|chest pains?|my chest hurts|heart attack|stroke|seizure|allergic reaction|anaphyla\w*|choking|overdos\w*|dizzy|heat ?stroke|diabetic)\b/
  },
  {
    name: 'fire',
    pattern:
      /\b(on fire|caught fire|fire (in|at|near|on)|a fire\b|small fire|big fire|flames?|smoke|smoking\b.{0,20}(machine|outlet|oven|fryer|panel|box)|sparks?|sparking|burning smell|smells? (like )?burning|fire alarm|smoke alarm|explosion|exploded)\b/
  },
  {
    name: 'gas-chemical',
    pattern:
      /\b(gas (leak|smell)|smells? (like )?gas|smell (of )?gas|gas smell|carbon monoxide|co alarm|fumes|ammonia|chemical|bleach|acid)\b/
  },
  {
    name: 'spill',
    pattern: /\b(spill(ed|t)?|leak(ing)? (onto|on) (the )?(electrical|panel|outlet|wires?)|hot oil|grease fire)\b/
  },
  {
    name: 'electrical',
    pattern: /\b(shocked|electrocut\w*|live wires?|exposed wires?|electrical (fire|panel)|breaker box)\b/
  },
  {
    name: 'violence',
    pattern:
      /\b(gun|guns|gunman|shoot(ing|er)?|shots? fired|shot (at|someone|him|her)|knife|knives|stab(bed|bing)?|weapon|punch(ed|ing)?|assault(ed)?|attack(ed|ing)?|fight(ing)?|fought|beat(ing)? (up|him|her|me)|hit me|hitting (me|people|staff|customers)|threaten(ed|ing|s)?( to)? (kill|hurt|shoot|come back)|bomb|hostage|kidnap\w*)\b/
  },
  {
    name: 'threat',
    pattern: /\b(threatening (us|me|staff|customers|everyone|people)|acting erratic|violent|throwing things)\b/
  },
  {
    name: 'crime',
    pattern:
      /\b(robbed|robbery|being robbed|hold ?up|held up|break[- ]?in|broke in|broken into|burglar\w*|intruder|trespass\w*|stolen car|suspicious (package|person|man|guy))\b/
  },
  {
    name: 'trapped',
    pattern:
      /\b(stuck in (the )?(elevator|freezer|walk[- ]?in|cooler)|trapped|locked in)\b|\bsomeone(?:'?s| is)? inside\b/
  },
  {
    name: 'weather-disaster',
    pattern: /\b(tornado|earthquake|flood(ing)?|hurricane warning|evacuat\w*|active shooter|lockdown)\b/
  },
  { name: 'missing-child', pattern: /\b(missing (child|kid)|(child|kid) is missing|lost child)\b/ },
  {
    name: 'hazard',
    pattern:
      /\b(needle|syringe|broken glass|collapsed|ceiling (fell|caving)|shelf (fell|collapsed)|crashed (into|their car))\b/
  },
  { name: 'bite', pattern: /\b(bit me|got bit|bitten)\b/ },
  {
    name: 'spanish',
    pattern:
      /\b(incendio|fuego|humo|sangr\w*|herid[oa]s?|me corte|se corto|me cai|se cayo|pistola|arma|cuchillo|ambulancia|emergencia|huele a gas|fuga de gas|desmay\w*|me queme|accidente)\b/
  }
]

// "fire me", "cut my hours", "shot of espresso", "killing it" and the like are not emergencies.
const SAFETY_EXCEPTIONS: RegExp[] = [
  /\b(fire|fired|firing) (me|him|her|us|them|someone|people|you)\b/,
  /\b(cut|cutting) (my|our|the)? ?(hours|shifts?|pay|schedule)\b/,
  /\bflu shot|booster shot|vaccine shot|covid shot\b/,
  /\b(fight|fighting) (for|about) (my|our|a) (pay|raise|schedule|hours)\b/,
  /\b(family|personal|childcare|child care|vet|dental|car) emergency\b|\bemergency (with|at) (my|home)\b|\bemergency contact\b/,
  // Being told not to report an injury is a complaint about a person, not an injury now.
  /\b(not to|don'?t|never|shouldn'?t|stop) (report|reporting|write up|log) (my |an |the |any |our )?(injur\w*|accidents?|incidents?)\b/,
  // Asking about a smoke break, or a money emergency at home, is not an emergency at work.
  /\b(smoke|smoking|vape|vaping) (break|breaks|area|spot|section|policy|room)\b|\b(can|may|could|where can|where do) (i|we|people|employees) (smoke|vape)\b/,
  /\bif (i|we|you|someone) (have|has|had|get|gets) an? (family |personal |money |financial )?emergency\b|\bemergency (fund|loan|advance|pay)\b/
]

const HR_RULES: Rule[] = [
  {
    name: 'harassment',
    pattern:
      /\b(harass\w*|acos\w*|hostigamiento|sexual\w*|explicit|inappropriate(ly)?|creep(y|ing)?|grop\w*|unwanted|asked me out|hitting on me|is hitting on|wont take no|won'?t take no|touch(ed|es|ing)? me|touching (me|my)|rubbing my|comments about my (body|looks|appearance|accent)|took pictures? of me|pics of me)\b/
  },
  {
    name: 'discrimination',
    pattern:
      /\b(discriminat\w*|racis[tm]|racial|slurs?|sexis[tm]|homophob\w*|transphob\w*|because (i'?m|im|i am) (gay|black|muslim|pregnant|old|a woman|trans|disabled|latin[oa]|asian)|because of my (race|religion|age|gender|disability|accent|pregnancy|skin)|older people shouldn'?t|immigration status)\b/
  },
  {
    name: 'retaliation',
    pattern:
      /\b(retaliat\w*|after i (complained|reported|filed)|since i (complained|reported|filed)|if i report|because i reported|written up after)\b/
  },
  {
    name: 'bullying',
    pattern:
      /\b(bull(y|ied|ies|ying)|hostile work|intimidat\w*|yell(s|ed|ing)? at me|scream(s|ed|ing)? at me|swear(s|ing)? at me|calling me names|calls me names|humiliat\w*|spreading rumors)\b/
  },
  {
    name: 'misconduct',
    pattern:
      /\b(drunk|high) (at|on|to) (work|the job|shift)|\b(using|doing) drugs\b|\b(off the clock|skip our breaks|skip breaks|no breaks|lie on (an|the) (incident )?report|stealing from)\b|\b(told|tells|telling|asked|asks|made|makes|pressured) (me|us|people|staff|them) (not to|to not|never) (report|say|tell|clock|log)\b/
  },
  {
    name: 'report',
    pattern:
      /\b(report (my|a|the) (manager|supervisor|boss|coworker|lead)|(anonymous|confidential)(ly)? report|report\w* .{0,20}(anonymously|confidentially)|file a complaint|ethics (line|hotline)|complain(t|ts|ing|ed)? about (my|the|our|a) (boss|manager|supervisor|lead|gm|coworker|co-worker))\b/
  }
]

/** The safety rule a message trips, or null. */
export function matchSafety(text: string): string | null {
  return match(text, SAFETY_RULES, SAFETY_EXCEPTIONS)
}

/** The hr_sensitive rule a message trips, or null. */
export function matchHrSensitive(text: string): string | null {
  return match(text, HR_RULES, [])
}

function match(text: string, rules: Rule[], exceptions: RegExp[]): string | null {
  const normalised = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
  const cleaned = exceptions.reduce((t, e) => t.replace(new RegExp(e.source, 'g'), ' '), normalised)
  return rules.find((r) => r.pattern.test(cleaned))?.name ?? null
}

const PLEASANTRY =
  "(?:hi there|hey there|hello there|hi|hey|hello|hola|yo|sup|hiya|howdy|gm|good (?:morning|afternoon|evening|night)|thanks?(?: you)?(?: so much)?|thank u|thx|ty|tysm|gracias|muchas gracias|merci|ok(?:ay)?|k|kk|cool|got it|sounds good|perfect|great|awesome|nice|sure|yes|yep|yeah|no worries|np|lol|haha|bye|see (?:ya|you)|noted|understood|will do|appreciate it|alright|you'?re the best|have a (?:good|great|nice) (?:one|day|night))"
const ONLY_PLEASANTRIES = new RegExp(`^${PLEASANTRY}(?:[\\s,.!]+${PLEASANTRY})*[\\s,.!]*$`)

/**
 * True when the whole message is pleasantries and emoji ("ok thx 👍"), which a model trained on a few
 * hundred messages handles poorly because such messages have almost no features.
 */
export function isPleasantry(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/gu, ' ')
    .trim()
  if (!words) return /\p{Extended_Pictographic}/u.test(text)
  return ONLY_PLEASANTRIES.test(words)
}
