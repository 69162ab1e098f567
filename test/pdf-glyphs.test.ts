import t from 'tap'
import { withPlainGlyphs } from '../app/knowledge/parsers/glyphs.ts'

t.test("Word's soft hyphens and many-glyph hyphens read as one hyphen", async (t) => {
  t.equal(withPlainGlyphs('Call-\u00ad\u2010offs are "at-\u00ad\u2010will"'), 'Call-offs are "at-will"')
  t.equal(withPlainGlyphs('on-\u00ad\u2010the-\u00ad\u2010job'), 'on-the-job')
  t.equal(withPlainGlyphs('pay\u00adroll'), 'payroll')
  t.equal(withPlainGlyphs('9 -- 5 and A--B'), '9 -- 5 and A-B')
})

t.test('symbol-font bullets read as bullets', async (t) => {
  t.equal(withPlainGlyphs('\uf0b7'), '•')
  t.equal(withPlainGlyphs('\uf0d8 Texting is not a call-off'), '• Texting is not a call-off')
  t.equal(withPlainGlyphs('Ø You must call'), '• You must call')
  t.equal(withPlainGlyphs('Ø\uf0d8 You must call'), '• You must call')
  t.equal(withPlainGlyphs('Østergaard'), 'Østergaard', 'a name is no bullet')
})

t.test('ligatures a font maps to another character read as the word they spell', async (t) => {
  t.equal(withPlainGlyphs('AEendance and Punctuality'), 'Attendance and Punctuality')
  t.equal(
    withPlainGlyphs('a wriIen agreement, commiEed to it, with a>ribution'),
    'a written agreement, committed to it, with attribution'
  )
  t.equal(
    withPlainGlyphs('McDonald, iPhone, eBay, PTO and the FAQ'),
    'McDonald, iPhone, eBay, PTO and the FAQ',
    'names and capitals stay'
  )
})
