// A message that is only greetings, thanks or acknowledgements, or what people send a number they do not
// know ("test", "wrong number", "who is this"), in English or Spanish.
import { fold } from './fold.ts'
import { normaliseTexting, readSpanishTexting } from './texting.ts'

const PLEASANTRY =
  "(?:hi there|hey there|hello there|hi|hey|hello|hola|yo|sup|hiya|howdy|gm|good (?:morning|afternoon|evening|night)|(?:good ?)?(?:night|nite|gnight)(?: (?:yall|y'?all|all|everyone|guys|team|fam))?|thanks?(?: you)?(?: so much)?|thank u|thx|ty|tysm|gracias|muchas gracias|mil gracias|merci|buenos dias|buenas tardes|buenas noches|buenas|que tal|q tal|va|sale|orale|de acuerdo|entendido|perfecto|listo|vale|claro|dale|adios|nos vemos|hola q tal|ok gracias|ok(?:ay)?|k|kk|cool|got it|sounds good|perfect|great|awesome|nice|sure|yes|yep|yeah|no worries|np|lol|haha|bye|see (?:ya|you|u)(?: (?:tomorrow|tmrw|tmrrw|tmr|2morrow|later|l8r|soon|then|tonight|next week|\\w+day))?|hasta (?:manana|luego|pronto)|nos vemos (?:manana|al rato|luego)|noted|understood|will do|appreciate it|alright|you'?re the best|have a (?:good|great|nice) (?:one|day|night)|test(?:ing)?(?: 1 ?2 ?3| 123)?|prueba|(?:(?:just|nomas|solo|nada mas) )?(?:testing|probando|checking|viendo|a ver)(?: (?:if|si) (?:(?:this|este|the|el) (?:number|numero|#) (?:works|funciona|sirve|jala)|(?:funciona|sirve|jala) (?:este|el) (?:numero|#)))?|(?:sorry |perdon |disculpe )?(?:wrong number|wrong #|numero equivocado|me equivoque(?: de numero)?|wrong person|texted the wrong (?:number|person))|happy (?:friday|monday|weekend|holidays|thanksgiving|new year|easter|4th|fourth|birthday|\\w+day)(?: from (?:the |all of us at the )?[a-z ]{1,25})?|feliz (?:viernes|fin de semana|fin|navidad|ano nuevo|dia|cumpleanos)(?: de parte de [a-z ]{1,25})?|who is this|who dis|who(?: are|r) (?:you|u)|who am i (?:texting|talking to)|what is this(?: number)?|quien eres(?: tu)?|quien es usted|con quien hablo|(?:is this|am i (?:talking|texting) (?:to|with)|are (?:you|u)|r u) (?:a )?(?:real )?(?:person|human|bot|robot|ai|machine|computer)(?: or (?:a )?(?:real )?(?:bot|robot|person|human|ai|machine|computer))?|(?:eres|es) (?:un )?(?:robot|bot|persona(?: real)?|humano|maquina)(?: o (?:un |una )?(?:robot|bot|persona(?: real)?|humano|maquina))?|que es esto|(?:de )?(?:who|quien) (?:is|es) (?:this|este|ese) (?:number|numero|#)|whose (?:number|#) is this|(?:good )?morning(?: from (?:the )?[a-z ]{1,25})?|me llego un (?:mensaje|msj|msg) de este numero|(?:oh )?(?:so )?(?:is this|this is) the (?:[a-z]+ ){0,3}(?:number|#)|(?:(?:y|entonces) )?(?:este es|es este|ese es|es ese) el (?:[a-z]+ ){0,2}(?:numero|#)(?: (?:nuevo|correcto|bueno|de la empresa|del trabajo))?|(?:just )?saving (?:it|this|the number)|quien habla|que onda|q onda|quiubo|que hubo|(?:i )?(?:got|get|received|just got) (?:a |an )?(?:text|txt|message|msg|sms) from (?:this|ur|your|the) (?:number|#)|no (?:tengo|tenia) (?:este|tu|su|el) (?:numero|#)(?: guardado| registrado)?|(?:just )?saved (?:this|the|your|ur) (?:number|#)(?:,? (?:it'?s|its|this is) [a-z]+(?: from (?:the )?[a-z ]{1,25})?)?|new phone(?: who dis)?|quien es|sorry|perdon|(?:oh )?(?:wait )?(?:never ?mind|nvm|disregard(?: that| this)?|ignore (?:that|this|my last(?: text| msg| message)?)|(?:i )?found it(?: in the (?:app|handbook|book|binder|portal|schedule))?|figured it out|ya (?:lo|la) (?:encontre|vi)|olvidalo|no importa))"
const ONLY_PLEASANTRIES = new RegExp(`^${PLEASANTRY}(?:[\\s,.!?]+${PLEASANTRY})*[\\s,.!?]*$`)

/**
 * True when the whole message is pleasantries and emoji ("ok thx 👍"), which a model trained on a few
 * hundred messages handles poorly because such messages have almost no features.
 */
export function isPleasantry(text: string): boolean {
  const words = fold(text)
    .replace(/[¡¿]/g, '')
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/gu, ' ')
    .trim()
  if (!words) return /\p{Extended_Pictographic}/u.test(text)
  // Texted as texters spell it ("grax", "thnx"), it is the pleasantry it stands for.
  return (
    ONLY_PLEASANTRIES.test(words) ||
    SEASONS_WISH.test(words) ||
    ONLY_PLEASANTRIES.test(readSpanishTexting(words)) ||
    ONLY_PLEASANTRIES.test(normaliseTexting(words).toLowerCase())
  )
}

// A holiday's wishes to whoever is on the crew ("feliz navidad a todos los del turno de noche", "happy thanksgiving
// to everyone on nights"), with nothing after them.
const SEASONS_WISH =
  /^(happy|merry|feliz|felices|prospero) (christmas|xmas|holidays|new year|thanksgiving|easter|halloween|4th( of july)?|fourth( of july)?|mothers'? day|fathers'? day|navidad|ano nuevo|fiestas|pascua|dia de (las madres|la madre|los padres|del padre|gracias|accion de gracias|muertos|la independencia)|(dia )?del trabajo)( (a|to|para) [^,.!?]{1,45}| (everyone|everybody|all|y'?all|yall|team|crew|guys|fam|todos|todas|equipo|familia))?[\s!.]*$/

// Chatter is short ("lol", "can i say hi", "ok see u tmrw"): longer, it may ask leave or carry news.
const CHATTER_WORDS = 6

/** Whether a text is longer than chatter usually is. */
export function longerThanChatter(text: string): boolean {
  return text.trim().split(/\s+/).length > CHATTER_WORDS
}

// Asked who or what is at this number: the assistant says what it is.
const ASKS_WHO =
  /\b(who is this|who dis|who(?: are|r) (you|u)|who am i (texting|talking to)|what is this|quien (eres|es usted|habla|es)|con quien hablo|(is this|am i (talking|texting) (to|with)|are (you|u)|r u) (a )?(real )?(person|human|bot|robot|ai|machine|computer)|(eres|es) (un )?(robot|bot|persona real|humano|maquina)|que es esto|whose (number|#) is this)\b/

/** What kind of pleasantry a message is, to answer in kind. */
export function pleasantryKind(text: string): 'thanks' | 'greeting' | 'who' | 'other' {
  const folded = readSpanishTexting(normaliseTexting(fold(text)).toLowerCase())
  if (ASKS_WHO.test(folded)) return 'who'
  if (/\b(thank|thanks|thx|ty|gracias|appreciate)\b|👍|🙏/u.test(folded)) return 'thanks'
  if (/\b(hi|hello|hey|hola|morning|afternoon|evening|yo|buenos|buenas)\b|👋/u.test(folded)) return 'greeting'
  return 'other'
}

// A sigh carries no topic either ("oh great the dish machine died again", "ugh", "genial, se descompuso la lavaloza").
const GREETING =
  /^\s*(?:(?:hi|hey|hello|hola|yo|gm|hiya|good (?:morning|afternoon|evening)|morning|buenos dias|buen dia|buenas tardes|buenas noches|buenas|que tal|q tal|(?:oh )?(?:great|perfect|awesome|wonderful|fantastic|lovely)|ugh+|welp|smh|genial|que bonito|lo que faltaba)(?: (?:there|all|everyone|guys|team|boss|jefe|jefa|senor|senora|a todos|a todas|muchachos|chicos))?[\s,.!]+)+/

/**
 * The message without the greeting it opens with ("buenos dias no voy a poder ir hoy" is a call-out): a
 * greeting carries no topic, and before news it drew the topic model to chatter. Unchanged when the
 * greeting is all there is.
 */
export function afterGreeting(text: string): string {
  const folded = fold(text)
  const greeting = GREETING.exec(folded)
  if (!greeting) return text
  const rest = folded.slice(greeting[0].length).trim()
  return rest.split(/\s+/).length >= 3 && !isPleasantry(rest) ? rest : text
}

// Where chatter may end and news begin: a sentence end, a laugh or "jk", "btw", "also", "but", "pero".
const CLAUSE_BREAK =
  /[.!?;,]+\s+|\s+(?:lol+|lmao+|haha+|hahaha\w*|jaja+|jajaja\w*|jk|btw|also|anyways?|but|pero|oye|ademas)\b[\s,.!]*|\s*\p{Extended_Pictographic}+\s*/gu

// The word that turns from chatter to the matter ("lol. anyway what time is lunch").
const TURN = /^(anyways?|btw|so|oh|ok|okay|pero bueno|bueno|oye|en fin)\b[\s,.!]*/i

/**
 * What follows each place chatter may end ("im dying out here lol the new uniforms are so hot, can we
 * order the lighter ones"): the rest of the text from there on, longest first, each of three words or more.
 * The model reads them when the whole reads as chatter: a joke or a boast opening news does not make it chatter.
 */
export function clausesAfterChatter(text: string): string[] {
  const rests: string[] = []
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const rest = text
      .slice(found.index + found[0].length)
      .replace(TURN, '')
      .trim()
    if (rest.split(/\s+/).length >= 3 && !isPleasantry(rest)) rests.push(rest)
  }
  return rests
}

/**
 * What comes before each place chatter may begin ("oh great the dish machine died again, love that for us"): the
 * text up to there, shortest first, each of three words or more. News told with a sigh is news all the same.
 */
export function clausesBeforeChatter(text: string): string[] {
  const heads: string[] = []
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const head = text.slice(0, found.index).trim()
    if (head.split(/\s+/).length >= 3 && !isPleasantry(head)) heads.push(head)
  }
  return heads
}
