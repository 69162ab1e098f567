// Whole-message keywords (any case, surrounding space and a trailing "." or "!" ignored), as carriers
// and Twilio's opt-out handling match them: "STOP" opts out, "stop texting me about pto" does not.

export type Keyword =
  | 'opt_out'
  | 'opt_in'
  | 'yes'
  | 'help'
  | 'more'
  | 'negative_feedback'
  | 'positive_feedback'
  | 'private_hr'

const KEYWORDS: Readonly<Record<string, Keyword>> = {
  stop: 'opt_out',
  stopall: 'opt_out',
  unsubscribe: 'opt_out',
  cancel: 'opt_out',
  end: 'opt_out',
  quit: 'opt_out',
  revoke: 'opt_out',
  optout: 'opt_out',
  start: 'opt_in',
  unstop: 'opt_in',
  yes: 'yes',
  si: 'yes',
  sí: 'yes',
  help: 'help',
  info: 'help',
  more: 'more',
  mas: 'more',
  más: 'more',
  hr: 'private_hr',
  'hr please': 'private_hr',
  wrong: 'negative_feedback',
  'not helpful': 'negative_feedback',
  '👎': 'negative_feedback',
  thanks: 'positive_feedback',
  helpful: 'positive_feedback',
  '👍': 'positive_feedback'
}

export function detectKeyword(body: string): Keyword | null {
  return KEYWORDS[normalised(body)] ?? null
}

function normalised(body: string): string {
  return body
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .replace(/\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/gu, '')
    .toLowerCase()
}

// Yes as people answer an offer ("yes please", "yeah", "si porfa", "claro que si"). Not a keyword: carriers opt a number
// back in on YES alone, and a plain "ok" or "thanks" only acknowledges.
const YES_SAID_OTHERWISE =
  /^(yes|yess+|yeah|yea|yep|yup|sure|si|sí|claro( que s[ií])?|dale|[aá]ndale|s[ií] claro)(,? (please|pls|plz|porfa|por favor|thanks|thank you|thx|ty|gracias|do it|go ahead|hazlo|s[ií]))?$/

/** Whether the message says yes to an offer, as YES does, in other words. */
export function saysYes(body: string): boolean {
  return detectKeyword(body) === 'yes' || YES_SAID_OTHERWISE.test(normalised(body))
}

/** Twilio's Advanced Opt-Out adds `OptOutType` (STOP, START or HELP) when it handled a keyword itself. */
export function keywordFromOptOutType(optOutType: string | undefined): Keyword | null {
  switch (optOutType?.toUpperCase()) {
    case 'STOP':
      return 'opt_out'
    case 'START':
      return 'opt_in'
    case 'HELP':
      return 'help'
    default:
      return null
  }
}
