// Tables in a PDF read as rows under their header, however the header is laid out: over two lines
// ("Location | Role" above the years of service), a first column that spans rows, cells centred.
import t from 'tap'
import { parseDocument } from '../app/knowledge/parsers/index.ts'
import { makePdfPages, type PdfText } from './fixtures/pdf.ts'

const YEARS = [310, 360, 410, 460, 510, 560]

function row(y: number, cells: Array<[number, string]>, bold = false): PdfText[] {
  return cells.map(([x, text]) => ({ text, x, y, size: 10, ...(bold ? { bold } : {}) }))
}

t.test('a header over two lines, then rows whose first column spans some of them', async (t) => {
  const page: PdfText[] = [
    { text: 'Time is granted at your anniversary date, by role and years of service:', x: 72, y: 720, size: 12 },
    ...row(690, [
      [90, 'Location'],
      [210, 'Role']
    ]),
    ...row(
      679,
      YEARS.map((x, i): [number, string] => [x, i === 5 ? '6+' : String(i + 1)])
    ),
    ...row(662, [[160, 'Club Manager'], ...YEARS.map((x): [number, string] => [x, '20'])]),
    ...row(648, [
      [98, 'Club'],
      [160, 'Assistant Club Manager'],
      ...YEARS.map((x, i): [number, string] => [x, String(9 + 2 * i)])
    ]),
    ...row(634, [[160, 'Hourly Teammate'], ...YEARS.map((x, i): [number, string] => [x, String(6 + 2 * i)])]),
    { text: 'PTO must be requested in advance.', x: 72, y: 600, size: 12 }
  ]
  const doc = await parseDocument('pto.pdf', makePdfPages([page]))
  const text = doc.sections.map((s) => s.text).join('\n')
  t.match(text, /Role: Club Manager \| 1: 20 \| 2: 20 \| 3: 20 \| 4: 20 \| 5: 20 \| 6\+: 20\./)
  t.match(text, /Location: Club \| Role: Assistant Club Manager \| 1: 9 \| 2: 11 .* 6\+: 19\./)
  t.match(text, /Role: Hourly Teammate \| 1: 6 \| 2: 8 .* 6\+: 16\./)
  t.match(text, /PTO must be requested in advance\./)
})

t.test('a one-line header over rows still reads as before', async (t) => {
  const page: PdfText[] = [
    ...row(700, [
      [72, 'Years of Service'],
      [250, 'Rate of Accrual']
    ]),
    ...row(686, [
      [72, '1 - 5'],
      [250, '80 hours per year']
    ]),
    ...row(672, [
      [72, '6 or more'],
      [250, '120 hours per year']
    ])
  ]
  const doc = await parseDocument('accrual.pdf', makePdfPages([page]))
  const text = doc.sections.map((s) => s.text).join('\n')
  t.match(text, /Years of Service: 1 - 5 \| Rate of Accrual: 80 hours per year\./)
  t.match(text, /Years of Service: 6 or more \| Rate of Accrual: 120 hours per year\./)
})

t.test(
  'clause numbers set apart from their text are a numbered list, and its bold headings head sections',
  async (t) => {
    // As lawyers lay out a handbook: each number in a margin of its own, its text hanging beside it, a heading
    // wrapped under its own text.
    const bold = (y: number, cells: Array<[number, string]>) => row(y, cells, true)
    const page: PdfText[] = [
      ...bold(720, [
        [61, '3.'],
        [90, 'HOURS OF WORK AND WORKING']
      ]),
      ...bold(704, [[90, 'TIME']]),
      ...row(684, [
        [61, '3.1.'],
        [90, 'Your normal working week is a minimum of 37.5 hours']
      ]),
      ...row(670, [[90, 'with standard office hours being 9.00 a.m. to 5.30 p.m.']]),
      ...row(652, [
        [61, '3.2.'],
        [90, 'You may be required to work additional hours without']
      ]),
      ...row(638, [[90, 'further pay when the needs of the business require it.']]),
      ...bold(610, [
        [61, '4.'],
        [90, 'OUTSIDE INTERESTS']
      ]),
      ...row(590, [
        [61, '4.1.'],
        [90, 'You shall not take up other work without written consent.']
      ])
    ]
    const doc = await parseDocument('terms.pdf', makePdfPages([page, [{ text: 'End.', y: 700 }]]))
    const hours = doc.sections.find((s) => s.heading === '3. HOURS OF WORK AND WORKING TIME')
    t.ok(hours, `a heading over two lines is one heading (${doc.sections.map((s) => s.heading).join(' / ')})`)
    t.match(
      hours?.text,
      /3\.1\. Your normal working week is a minimum of 37\.5 hours with standard office hours being 9\.00 a\.m\. to 5\.30 p\.m\./
    )
    t.notMatch(hours?.text, /3\.1\.:|\|/, 'no clause read as a table row')
    t.match(
      doc.sections.find((s) => s.heading === '4. OUTSIDE INTERESTS')?.text,
      /^4\.1\. You shall not take up other work/
    )
  }
)
