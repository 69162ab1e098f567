// Turning an employee's SMS into search terms: words, spelling fixes against the knowledge base's own
// vocabulary, and a small thesaurus for the words people text versus the words handbooks use.

// Words that carry no topic in a question; the database's English configuration drops the rest.
const FILLER = new Set([
  'how', 'what', 'whats', 'when', 'where', 'who', 'why', 'which', 'can', 'could', 'would', 'should', 'do', 'does',
  'did', 'get', 'got', 'need', 'want', 'know', 'tell', 'please', 'pls', 'plz', 'thanks', 'hey', 'hi', 'hello',
  'yo', 'ok', 'okay', 'im', 'ive', 'dont', 'cant', 'wont', 'isnt', 'u', 'ur', 'r', 'ya', 'gonna', 'wanna',
  'someone', 'anyone', 'thing', 'stuff', 'really', 'just', 'also', 'still', 'even', 'much', 'many', 'any', 'some',
  'lot', 'way', 'make', 'going', 'go', 'use', 'find', 'help', 'work', 'job', 'company', 'question', 'quick', 'q',
  // Common English words (PostgreSQL's English configuration drops these too).
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about',
  'as', 'into', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'i', 'me', 'my', 'mine', 'we', 'our', 'you', 'your',
  'it', 'its', 'this', 'that', 'these', 'those', 'there', 'theres', 'here', 'they', 'them', 'their', 'he', 'she',
  'his', 'her', 'him', 'so', 'than', 'then', 'too', 'very', 'not', 'no', 'yes', 'have', 'has', 'had', 'will',
  'would', 'shall', 'may', 'might', 'must', 'up', 'out', 'all', 'also', 'what', 'whats', 'which', 'who'
])

/** Frontline words and abbreviations, and handbook words they should also find. */
const THESAURUS: Readonly<Record<string, string[]>> = {
  pto: ['leave', 'annual', 'vacation'],
  vacation: ['pto', 'annual', 'leave'],
  vacay: ['vacation', 'pto', 'annual', 'leave'],
  holiday: ['holidays', 'leave'],
  sick: ['sick', 'leave'],
  'time off': ['leave'],
  'day off': ['leave'],
  'days off': ['leave'],
  paycheck: ['pay', 'salary', 'payroll'],
  paystub: ['pay', 'earnings', 'statement'],
  wage: ['pay', 'salary'],
  wages: ['pay', 'salary'],
  raise: ['promotion', 'salary', 'increase'],
  quit: ['leaving', 'offboarding', 'resign'],
  quitting: ['leaving', 'offboarding', 'resign'],
  resign: ['leaving', 'offboarding'],
  fired: ['termination', 'separation'],
  badge: ['piv', 'card', 'badge'],
  'access card': ['piv', 'badge'],
  'id card': ['piv', 'badge'],
  laptop: ['laptop', 'equipment', 'computer'],
  computer: ['laptop', 'equipment'],
  phone: ['phone', 'equipment', 'mobile'],
  password: ['password', 'login', 'log'],
  login: ['log', 'password', 'sign'],
  timesheet: ['timecard', 'hours', 'time'],
  timecard: ['timesheet', 'hours'],
  hours: ['time', 'schedule'],
  shift: ['schedule', 'shift'],
  schedule: ['schedule', 'hours'],
  overtime: ['overtime', 'comp', 'compensatory'],
  ot: ['overtime'],
  remote: ['telework', 'remote', 'distributed'],
  'work from home': ['telework', 'remote'],
  wfh: ['telework', 'remote'],
  baby: ['parental', 'birth'],
  pregnant: ['parental', 'birth', 'pregnancy'],
  maternity: ['parental'],
  paternity: ['parental'],
  funeral: ['bereavement', 'funeral'],
  died: ['bereavement', 'death'],
  doctor: ['medical', 'sick'],
  surgery: ['medical', 'sick'],
  insurance: ['benefits', 'health', 'insurance'],
  '401k': ['retirement', 'tsp'],
  retirement: ['retirement', 'tsp'],
  disability: ['accommodation', 'disability'],
  accommodation: ['accommodation', 'reasonable'],
  reimburse: ['reimbursement', 'reimbursed', 'expense'],
  reimbursed: ['reimbursement', 'expense'],
  expenses: ['reimbursement', 'expense'],
  trip: ['travel'],
  flight: ['travel', 'flight'],
  hotel: ['travel', 'lodging'],
  bus: ['transit', 'commute'],
  metro: ['transit', 'commute'],
  commute: ['transit', 'commute'],
  married: ['name', 'marriage'],
  address: ['address', 'moving'],
  moving: ['moving', 'relocation', 'address'],
  hack: ['security', 'incident'],
  hacked: ['security', 'incident'],
  phishing: ['phishing', 'security', 'incident'],
  scam: ['phishing', 'security'],
  virus: ['security', 'incident'],
  deaf: ['deaf', 'hearing', 'interpreter'],
  interpreter: ['interpreter', 'deaf'],
  harassment: ['harassment', 'conduct'],
  benefits: ['benefits'],
  training: ['training', 'learning', 'development'],
  class: ['training', 'course'],
  review: ['performance', 'review'],
  evaluation: ['performance', 'appraisal'],
  proof: ['verification', 'verify'],
  'proof of employment': ['employment', 'verification'],
  '4 10s': ['compressed', 'schedule'],
  '4x10': ['compressed', 'schedule'],
  ssn: ['sensitive', 'pii', 'social', 'security'],
  ssns: ['sensitive', 'pii', 'social', 'security'],
  'social security': ['sensitive', 'pii'],
  privacy: ['privacy', 'pii', 'sensitive'],
  hurricane: ['weather', 'safety'],
  storm: ['weather', 'safety'],
  snow: ['weather', 'safety'],
  blizzard: ['weather', 'safety'],
  tornado: ['weather', 'safety'],
  flood: ['weather', 'safety'],
  admin: ['administrative']
}

/** Lower-case words of a query, without filler words and duplicates. */
export function queryWords (text: string): string[] {
  const words = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '')
    .match(/[a-z0-9]+/g) ?? []
  return [...new Set(words.filter((w) => !FILLER.has(w) && (w.length > 1 || /\d/.test(w))))]
}

/** The query's words plus thesaurus entries for its words and two-word phrases. */
export function expandWithThesaurus (text: string, words: string[]): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `
  const extra = Object.entries(THESAURUS)
    .filter(([key]) => key.includes(' ') ? lower.includes(` ${key} `) : words.includes(key))
    .flatMap(([, synonyms]) => synonyms)
  return [...new Set([...words, ...extra])]
}
