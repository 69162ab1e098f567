import t from 'tap'
import { countSegments, fitToSegments, referenceSegments, smartEncode, splitText } from '../app/sms/segments.ts'
import { composeAnswer } from '../app/conversation/answering.ts'

t.test('segments are counted the way carriers count them', async (t) => {
  t.same(countSegments('a'.repeat(160)), { segments: 1, encoding: 'GSM-7' })
  t.same(countSegments('a'.repeat(161)), { segments: 2, encoding: 'GSM-7' })
  t.same(countSegments('a'.repeat(306)), { segments: 2, encoding: 'GSM-7' }, '153 per part of a long message')
  t.same(countSegments('a'.repeat(307)), { segments: 3, encoding: 'GSM-7' })
  t.same(countSegments('{'.repeat(80)), { segments: 1, encoding: 'GSM-7' }, 'extension characters count twice')
  t.same(countSegments('{'.repeat(81)), { segments: 2, encoding: 'GSM-7' })
  t.same(countSegments('€'.repeat(81)), { segments: 2, encoding: 'GSM-7' })
  t.same(
    countSegments('a'.repeat(69) + '👋'),
    { segments: 2, encoding: 'UCS-2' },
    'one emoji makes the whole message UCS-2 and takes two units'
  )
  t.same(countSegments('é'.repeat(160)), { segments: 1, encoding: 'GSM-7' }, 'é is in the GSM alphabet')
  t.same(countSegments('ç'.repeat(70)), { segments: 1, encoding: 'UCS-2' }, 'ç is not')
})

t.test('smart encoding keeps replies GSM-7', async (t) => {
  const text = smartEncode('It’s “fine” — really… ')
  t.equal(text, `It's "fine" - really... `)
  t.equal(countSegments(text).encoding, 'GSM-7')
  // A fraction after a whole number stays apart from it: 1½ months is not 11/2.
  t.equal(smartEncode('Severance: 1½ months, ½ month under a year'), 'Severance: 1 1/2 months, 1/2 month under a year')
})

const LONG =
  'Full-time employees earn four hours of paid time off for every forty hours worked. ' +
  'Part-time employees earn one hour for every thirty hours worked. ' +
  'After three years of service, full-time employees earn six hours for every forty hours worked. ' +
  'Requests go in the scheduling app two weeks ahead. Managers answer within three days. ' +
  'Up to forty unused hours carry over into the next year; the rest is paid out in January. ' +
  'Paid holidays are New Year, Memorial Day, Independence Day, Labor Day, Thanksgiving and Christmas.'

for (const max of [1, 2, 3]) {
  t.test(`fitting a long text into ${max} segment(s) cuts at a sentence or word, never inside a word`, async (t) => {
    const { part, rest } = fitToSegments(LONG, max, { continuation: ' Reply MORE for more.' })
    t.ok(countSegments(part).segments <= max)
    t.ok(part.endsWith(' Reply MORE for more.'))
    const body = part.replace(' Reply MORE for more.', '')
    t.equal(
      `${body} ${rest}`.replace(/\s+/g, ' '),
      LONG.replace(/\s+/g, ' '),
      'nothing lost between the part and the rest'
    )
    const words = new Set(LONG.split(/\s+/))
    t.ok(words.has(body.split(/\s+/).at(-1)!), 'the last word is whole')
  })
}

t.test('emoji and extension characters in the answer are counted when fitting', async (t) => {
  const text = `Bring your badge 👍 ${'and your {uniform} '.repeat(20)}`
  const { part } = fitToSegments(text, 2, { continuation: ' MORE' })
  t.equal(countSegments(part).encoding, 'UCS-2')
  t.ok(countSegments(part).segments <= 2)
  const gsm = fitToSegments('{x} '.repeat(200), 1)
  t.ok(countSegments(gsm.part).segments <= 1)
  t.ok(gsm.part.length < 160, 'extension characters took their double room')
})

t.test('a text that fits is left alone; a single giant word is cut as a last resort', async (t) => {
  t.same(fitToSegments('short answer', 1), { part: 'short answer', rest: '' })
  const giant = fitToSegments('x'.repeat(500), 1)
  t.equal(countSegments(giant.part).segments, 1)
  t.match(giant.part, /^x+\.\.\.$/, 'marked as cut')
  t.equal(giant.part.length - 3 + giant.rest.length, 500, 'nothing lost')
})

t.test('never inside a sentence: whole sentences, or one too long ends at a clause with "..."', async (t) => {
  const sentences = 'The first sentence is short. The second one is a little longer than the first. The third ends it.'
  const whole = fitToSegments(sentences, 1, { continuation: ' Reply MORE for more.' })
  t.match(whole.part, /\.( Reply MORE for more\.)?$/)
  t.ok(!/\w Reply MORE/.test(whole.part), 'not cut after a word')
  const long = `You may carry over your unused paid time off, up to forty hours, into the next calendar year, ${'and '.repeat(30)}the rest is lost.`
  const clause = fitToSegments(long, 1, { continuation: ' Reply MORE for more.' })
  t.match(clause.part, /(year|hours|off)\.\.\. Reply MORE for more\.$/, 'ends at a clause')
  t.equal(countSegments(clause.part).segments, 1)
  t.notMatch(clause.rest, /^,/, 'the rest starts cleanly')
})

t.test('composeAnswer adds the source and the MORE hint inside the budget', async (t) => {
  const short = composeAnswer('Payday is every other Friday.', 'Pay and paychecks', 'en', 1)
  t.same(short, { text: 'Payday is every other Friday. (Source: Pay and paychecks)', rest: '' })
  const long = composeAnswer(LONG, 'Paid time off (PTO)', 'en', 2)
  t.ok(countSegments(long.text).segments <= 2)
  t.match(long.text, /Reply MORE for more\. \(Source: Paid time off \(PTO\)\)$/)
  t.ok(long.rest.length > 0)
  const spanish = composeAnswer(LONG, 'Vacaciones', 'es', 1)
  t.match(spanish.text, /Responda MAS para seguir\. \(Fuente: Vacaciones\)$/)
})

t.test('the fast count equals sms-segments-calculator on thousands of mixed texts', async (t) => {
  const pieces = [
    'a',
    'b',
    ' ',
    'Hello ',
    '.',
    'é',
    'ñ',
    '{',
    '}',
    '[',
    '€',
    '~',
    '\\',
    '^',
    '|',
    '👍',
    '👍🏽',
    '👨‍👩‍👧',
    '🇺🇸',
    'ç',
    '\r\n',
    '\n',
    '“',
    '—',
    'ü',
    'Ω',
    'あ',
    '漢',
    'e\u0301'
  ]
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  let compared = 0
  for (let i = 0; i < 2000; i++) {
    const gsmOnly = random() < 0.5
    let text = ''
    for (let j = 1 + Math.floor(random() * 450); j > 0; j--)
      text += pieces[Math.floor(random() * (gsmOnly ? 15 : pieces.length))]
    const fast = countSegments(text)
    const reference = referenceSegments(text)
    if (fast.segments !== reference.segments || fast.encoding !== reference.encoding) {
      t.fail(`differs for ${JSON.stringify(text)}: ${JSON.stringify(fast)} vs ${JSON.stringify(reference)}`)
      return
    }
    compared++
  }
  t.equal(compared, 2000)
})

t.test('splitText: pieces within the limit, after a sentence or a word, every character kept', async (t) => {
  const text = 'One two three. Four five six seven. Eight nine ten eleven twelve.'
  const parts = splitText(text, 25)
  t.ok(parts.every((p) => p.length <= 25))
  t.same(parts, ['One two three.', 'Four five six seven.', 'Eight nine ten eleven', 'twelve.'])
  t.equal(parts.join(' '), text)
  t.same(splitText(text, 30)[0], 'One two three. Four five six', 'a sentence end in the first half is passed over')
  t.same(splitText('short', 30), ['short'])
  t.same(splitText('a'.repeat(25), 10), ['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)], 'a word longer than the room')
  t.same(splitText(`${'a'.repeat(9)}😀b`, 10), [`${'a'.repeat(9)}`, '😀b'], 'never half an emoji')
})

t.test('a long sentence is cut at a clause only when the clause keeps half of what words would', async (t) => {
  // µ makes the text UCS-2 (70 characters a segment): the clause after the label "Alcohol Testing:" alone fits.
  const body =
    'Alcohol Testing: If the screening test results are 250 µg/L or greater for over 20-year olds or 100 µg/L or greater for under 20-year olds a second test must be done and the employee stood down until the results are known to the manager'
  const { part } = fitToSegments(body, 2, { continuation: ' Reply MORE.' })
  t.ok(part.length > 60, part)
  t.match(part, /^Alcohol Testing: If the screening test results are 250 µg\/L/)
})
