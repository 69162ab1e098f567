// Turns an SMS into the features the local models count: words, word pairs and character n-grams
// (the n-grams keep typos such as "vacaton" or "paycheque" close to the words they mean). English
// and Spanish texting shorthand is spelled out first, so "q onda" and "que onda" are one feature.
import { fold } from './fold.ts'
import { readQuestion } from './question-form.ts'
import { spelledRight } from './spelling.ts'
import { normaliseTexting } from './texting.ts'

const SLANG: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  rn: 'now',
  b: 'be',
  im: 'i am',
  omw: 'on my way',
  hrs: 'hours',
  hr: 'hr',
  mgr: 'manager',
  sup: 'supervisor',
  appt: 'appointment',
  dr: 'doctor',
  sry: 'sorry',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  cuz: 'because',
  bc: 'because',
  wat: 'what',
  hw: 'how',
  wont: 'will not',
  cant: 'cannot',
  dont: 'do not',
  didnt: 'did not',
  q: 'que',
  k: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  porfa: 'por favor',
  porfavor: 'por favor',
  pf: 'por favor',
  tb: 'tambien',
  tmb: 'tambien',
  tmbn: 'tambien',
  mnn: 'manana',
  mna: 'manana',
  sta: 'esta',
  toy: 'estoy',
  pa: 'para',
  d: 'de',
  x: 'por',
  compa: 'companero',
  rh: 'recursos humanos',
  rrhh: 'recursos humanos'
}

/**
 * Lower-case words with accents, apostrophes and punctuation removed; emoji kept as words. A word the
 * model does not know (`known`) is read as its likeliest spelling ("stuk" as "stuck").
 */
export function words(text: string, known?: (word: string) => boolean): string[] {
  const normalised = fold(text).replace(/'/g, '')
  const tokens = normalised.match(/[a-z0-9]+|\p{Extended_Pictographic}/gu) ?? []
  return tokens.flatMap((token) => {
    const standard = SLANG[token] ?? (known ? (textedWords(token, known) ?? spelledRight(token, known)) : token)
    return standard.split(' ')
  })
}

/** A texting form the model does not know read as the words it stands for ("wats": "whats"), when it knows them. */
function textedWords(token: string, known: (word: string) => boolean): string | undefined {
  if (known(token)) return undefined
  const read = fold(normaliseTexting(token)).replace(/'/g, '')
  return read !== token && read.split(' ').every(known) ? read : undefined
}

export function features(text: string, known?: (word: string) => boolean): string[] {
  const ws = words(text, known)
  const out = new Set<string>()
  // How a text opens, and a question mark, say much of whether it asks ("should i...", "¿puedo...").
  if (ws[0]) out.add(`f:${ws[0]}`)
  if (ws[1]) out.add(`f2:${ws[0]}_${ws[1]}`)
  if (/[?¿]/.test(text)) out.add('p:?')
  // An interrogative clause read by grammar, with no mark to show it ("sick today do i need a note"),
  // leave asked for one instance ("can i leave at 2"), and news told beside the question.
  const put = readQuestion(text)
  if (put.inClause) out.add('p:clause')
  if (put.permission) out.add('p:leave')
  if (!put.oneSentence) out.add('p:sentences')
  for (const w of ws) out.add(`w:${w}`)
  for (let i = 1; i < ws.length; i++) out.add(`b:${ws[i - 1]}_${ws[i]}`)
  for (const w of ws) {
    const padded = `^${w}$`
    for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`)
  }
  return [...out]
}
