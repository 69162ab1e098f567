// A whole handbook in one PDF without bookmarks: heading levels from its own look and lettering, its
// table of contents and cover dropped even where an entry has no page number, letter-spaced headings rejoined.
import t from 'tap'
import { numberingDepth } from '../app/knowledge/parsers/headings.ts'
import { parseDocument } from '../app/knowledge/parsers/index.ts'
import { withLetterSpacingJoined } from '../app/knowledge/parsers/pdf-letter-spacing.ts'
import type { PdfLine } from '../app/knowledge/parsers/pdf-lines.ts'
import type { ParsedDocument } from '../app/knowledge/parsers/types.ts'
import { makePdfPages, type PdfText } from './fixtures/pdf.ts'

const headings = (doc: ParsedDocument) => doc.sections.map((s) => s.heading)
const all = (doc: ParsedDocument) => doc.sections.map((s) => `${s.heading}\n${s.text}`).join('\n\n')

// Helvetica-Bold capitals are about 0.6 of their size wide: a heading is centred on the page.
const centred = (text: string, y: number, size = 12): PdfText => ({
  text,
  x: 306 - (text.length * size * 0.59) / 2,
  y,
  size,
  bold: true
})
// Body lines fill the text width (72 to about 530 points), as justified text does.
const body = (lines: string[], y: number): PdfText[] =>
  lines.map((text, i) => ({ text, x: 72, y: y - 14 * i, size: 12 }))
const LEAVE_TEXT = [
  'Requests for personal leave go to your supervisor a month ahead of the date you expect to',
  'leave. Personal leave is unpaid and may last up to thirty days once approved in writing.'
]

function handbook(): PdfText[][] {
  const entry = (title: string, page: number, x = 72): PdfText => ({
    text: `${title} ${'.'.repeat(Math.max(8, 70 - title.length))} ${page}`,
    x,
    y: 0,
    size: 12.5
  })
  const contents = [
    entry('INTRODUCTION', 3),
    entry('PROBATION PERIOD', 3),
    entry('SICK DAYS', 4),
    entry('JURY DUTY', 4),
    entry('UNPAID LEAVES OF ABSENCE', 5),
    entry('A. MILITARY LEAVE', 5, 84),
    entry('C. PERSONAL LEAVE', 5, 84),
    // An entry wrapped onto two lines: its first line has no page number.
    { text: 'HEALTH INSURANCE CONTRIBUTION BY EMPLOYEES', x: 72, y: 0, size: 12.5 },
    entry('ON AN APPROVED LEAVE OF ABSENCE', 5)
  ].map((line, i) => ({ ...line, y: 680 - 18 * i }))
  return [
    [centred('ACME CARE SERVICES', 560, 22), centred('EMPLOYEE HANDBOOK', 520, 22)],
    [centred('TABLE OF CONTENTS', 720), ...contents],
    [
      centred('INTRODUCTION', 720),
      ...body(
        [
          'Welcome to Acme Care Services. This handbook tells you about the policies that apply',
          'to your work with us and the benefits you may have, and where to go when in doubt.'
        ],
        694
      ),
      centred('PROBATION PERIOD', 620),
      ...body(
        [
          'The first ninety days of your employment are a probation period during which your',
          'supervisor reviews your training, attendance and the quality of your work closely.'
        ],
        594
      ),
      // A long centred heading starts well left of a fifth of the page.
      centred('POLICY AGAINST HARASSMENT, DISCRIMINATION AND RETALIATION', 520),
      { text: 'Purpose', x: 72, y: 494, size: 12, bold: true },
      ...body(
        [
          'The Company provides a workplace in which every person is treated with respect and',
          'dignity, free of harassment, discrimination and retaliation of any kind whatsoever.'
        ],
        470
      ),
      { text: 'Coverage', x: 72, y: 420, size: 12, bold: true },
      ...body(
        [
          'This policy applies to all employees, applicants, interns, volunteers, contractors,',
          'vendors and visitors at every facility where the Company provides its services.'
        ],
        396
      )
    ],
    [
      // The same level of heading half a point larger on this page (a page scaled to fit).
      centred('SICK DAYS', 720, 12.5),
      ...body(
        [
          'A full-time employee earns one paid sick day for each month worked after the first',
          'ninety days. Call your supervisor two hours before your shift when you are sick.'
        ],
        694
      ),
      centred('JURY DUTY', 620),
      ...body(
        [
          'The Company pays the difference between your jury fee and your regular pay for up to',
          'ten working days of jury duty each year. Bring your summons to your supervisor.'
        ],
        594
      )
    ],
    [
      centred('UNPAID LEAVES OF ABSENCE', 720),
      ...body(
        [
          'The Company provides military leave and personal leave, depending on the employee',
          'reason for the leave. Each of them is described below with the notice it requires.'
        ],
        694
      ),
      { text: 'A. MILITARY LEAVE', x: 108, y: 640, size: 12, bold: true },
      ...body(
        [
          'Military leave is granted in accordance with applicable law. Give your supervisor a',
          'copy of your orders as soon as you receive them, together with the expected dates.'
        ],
        614
      ),
      // Set with wide character spacing, in a regular font: pdf.js reads the gaps as spaces.
      { text: 'C . PE RS ONAL LEAVE', x: 72, y: 560, size: 12 },
      ...body(LEAVE_TEXT, 534)
    ]
  ]
}

t.test('a PDF handbook without bookmarks: headings of one look are one level, whatever their width', async (t) => {
  const doc = await parseDocument('handbook.pdf', makePdfPages(handbook()))
  t.same(headings(doc), [
    'INTRODUCTION',
    'PROBATION PERIOD',
    'POLICY AGAINST HARASSMENT, DISCRIMINATION AND RETALIATION > Purpose',
    'POLICY AGAINST HARASSMENT, DISCRIMINATION AND RETALIATION > Coverage',
    'SICK DAYS',
    'JURY DUTY',
    'UNPAID LEAVES OF ABSENCE',
    'UNPAID LEAVES OF ABSENCE > A. MILITARY LEAVE',
    'UNPAID LEAVES OF ABSENCE > C. PERSONAL LEAVE'
  ])
})

t.test('the table of contents is dropped, an entry wrapped without a page number too', async (t) => {
  const doc = await parseDocument('handbook.pdf', makePdfPages(handbook()))
  t.notMatch(all(doc), /TABLE OF CONTENTS|\.{4}|HEALTH INSURANCE CONTRIBUTION|APPROVED LEAVE/)
  // Nor the cover: a title and a name, no policy to quote ("PIZZA DOUGH" answered whether staff get a discount).
  t.notMatch(all(doc), /ACME CARE SERVICES|EMPLOYEE HANDBOOK/)
  // A contents of titles only: the body starts at the first title it listed.
  const titlesOnly = handbook()
  titlesOnly[1] = titlesOnly[1]!.map((line) => ({ ...line, text: line.text.replace(/ \.+ \d+$/, '') }))
  t.same(headings(await parseDocument('handbook.pdf', makePdfPages(titlesOnly))), headings(doc))
})

t.test('contents titled "INDEX", its appendix titles without page numbers too, are dropped', async (t) => {
  // As a jewelry maker's handbook had it: its appendices listed after the entries, with no page number,
  // had been read as the headings every policy after them sat under.
  const indexed = handbook()
  indexed[1] = [
    centred('INDEX', 720),
    ...indexed[1]!.slice(1),
    { text: 'APPENDIX I', x: 72, y: 480, size: 14, bold: true },
    { text: 'FAMILY AND MEDICAL LEAVE ACT (FMLA)', x: 72, y: 460, size: 14, bold: true }
  ]
  const doc = await parseDocument('handbook.pdf', makePdfPages(indexed))
  t.notMatch(all(doc), /INDEX|APPENDIX|FMLA|\.{4}/)
  t.same(headings(doc), headings(await parseDocument('handbook.pdf', makePdfPages(handbook()))))
})

t.test(
  'contents titled "Table of Content", entries set apart from their pages without leaders, are dropped',
  async (t) => {
    // As a software house's Word handbook printed to PDF had it, its page numbers out of order: it had been
    // read as a table of titles and pages.
    const singular = handbook()
    singular[1] = [
      centred('Table of Content', 720),
      ...singular[1]!
        .slice(1)
        .map((line, i) => ({ ...line, text: line.text.replace(/ \.+ \d+$/, `          ${[3, 3, 4, 8, 2][i % 5]}`) }))
    ]
    const doc = await parseDocument('handbook.pdf', makePdfPages(singular))
    t.notMatch(all(doc), /Table of Content|SICK DAYS: 4/)
    t.same(headings(doc), headings(await parseDocument('handbook.pdf', makePdfPages(handbook()))))
  }
)

t.test('a letter-spaced heading is rejoined from the words the document uses', async (t) => {
  const doc = await parseDocument('handbook.pdf', makePdfPages(handbook()))
  t.ok(headings(doc).includes('UNPAID LEAVES OF ABSENCE > C. PERSONAL LEAVE'))
  const line = (text: string): PdfLine => ({ page: 1, text, x0: 72, x1: 540, y: 700, size: 11, bold: false, cells: [] })
  const lines = [
    'C . PE RS ONAL LEAVE',
    'Hand the form in to your supervisor; personal items go into your locker.',
    'Put personal mail into the box.'
  ].map(line)
  t.same(
    withLetterSpacingJoined([lines])[0]!.map((l) => l.text),
    [
      'C. PERSONAL LEAVE',
      // Words of their own are never joined ("in to" is no "into").
      'Hand the form in to your supervisor; personal items go into your locker.',
      'Put personal mail into the box.'
    ]
  )
})

// A Word file typed without heading styles and saved as PDF: its headings are short Title Case lines in the
// text's own font, and a numbered list in the same look ("5. Cyberbullying") must not swallow what follows.
t.test('headings in the look of the text: short Title Case lines standing alone before text', async (t) => {
  const plain = (text: string, y: number): PdfText => ({ text, x: 72, y, size: 12 })
  const page = (top: string, rest: PdfText[]): PdfText[] => [plain(top, 720), ...rest]
  const doc = await parseDocument(
    'handbook.pdf',
    makePdfPages([
      page('Types of Harassment', [
        ...body(['We do not accept any of the following kinds of harassment at work, by anyone at all.'], 690),
        plain('1. Discriminatory Harassment', 660),
        plain('2. Cyberbullying', 640),
        ...body(['Spreading false or malicious information online about a coworker, or threats by chat.'], 610)
      ]),
      page('Payment Schedule', [
        ...body(['Employees are paid monthly, with salaries credited by the end of each month at the latest.'], 690),
        plain('Junior Level: Benefit of Rs.1000', 660),
        ...body(['A referral bonus is paid once the person referred has completed three months with us.'], 630)
      ]),
      page('Dress Code', [...body(['Closed-toe, slip-resistant shoes are mandatory on every shift in the cafe.'], 690)])
    ])
  )
  const paid = doc.sections.find((s) => s.text.includes('paid monthly'))
  t.equal(paid?.heading, 'Payment Schedule', 'pay is under its own heading, not under "2. Cyberbullying"')
  t.equal(doc.sections.find((s) => s.text.includes('slip-resistant'))?.heading, 'Dress Code')
  t.notOk(
    headings(doc).some((h) => h.includes('Junior Level')),
    'a line with a figure and a colon is text'
  )
})

t.test('a number written twice across a line break ("four" / "(4) years") goes on, not a new item', async (t) => {
  const doc = await parseDocument(
    'handbook.pdf',
    makePdfPages([
      body(
        [
          'The company grants paid Hajj leave to permanent employees who have completed four',
          '(4) years of service, once in the service period. Requests go to the manager at least',
          'two weeks ahead. A note may be asked for after an absence of more than twenty-four',
          '(24) consecutive scheduled hours. A list may still be numbered:',
          '(1) the request form;',
          '(2) the approval.'
        ],
        720
      )
    ])
  )
  t.match(all(doc), /completed four \(4\) years of service/, 'one sentence')
  t.match(all(doc), /more than twenty-four \(24\) consecutive/, 'a compound number too')
  t.match(
    all(doc),
    /hours\. A list may still be numbered:\n+\(1\) the request form;/,
    'a real item still starts a line'
  )
})

t.test("a PDF's title that is a placeholder or no words at all gives way to its file's name", async (t) => {
  const titled = async (title: string) =>
    (await parseDocument('employee-handbook.pdf', makePdfPages([body(LEAVE_TEXT, 720)], { title }))).title
  t.equal(await titled('.'), 'Employee handbook')
  t.equal(await titled('(anonymous)'), 'Employee handbook')
  t.equal(await titled('Microsoft Word - Doc1'), 'Employee handbook')
  t.equal(await titled('Boston Red Sox Employee Handbook'), 'Boston Red Sox Employee Handbook')
})

t.test(
  'a sentence goes on in lower case across a wider gap between lines; a new sentence there is a new paragraph',
  async (t) => {
    // A footnote set with more space between its lines, as a ballpark's benefits table had it.
    const spaced = (lines: string[], y: number): PdfText[] =>
      lines.map((text, i) => ({ text, x: 72, y: y - 20 * i, size: 11 }))
    const doc = await parseDocument(
      'handbook.pdf',
      makePdfPages([
        spaced(
          [
            'Part-Time employees may join the medical plan on their date',
            'of hire. Others may join once they have worked 1,560 hours in a year.',
            'Dental coverage is for full-time employees only.'
          ],
          720
        )
      ])
    )
    t.match(all(doc), /on their date of hire\./)
    t.match(all(doc), /in a year\.\n\nDental coverage/)
  }
)

t.test(
  "a template's handbook: contents with no page numbers yet, a heading at a page's foot, a title over its text",
  async (t) => {
    // As a nonprofit association's sample handbook has it: "XX" where the page numbers will go, every heading in
    // the body's own font, "IV. EQUAL EMPLOYMENT OPPORTUNITY" the last line of a page, "B. Vacation" a short line
    // right over its first sentence.
    const line = (text: string, y: number, x = 72): PdfText => ({ text, x, y, size: 11 })
    const pages: PdfText[][] = [
      [
        line('This handbook gives the policies and practices of the association to every one of its employees.', 730),
        line('TABLE OF CONTENTS', 700, 260),
        line(`I. MISSION ${'.'.repeat(80)}`, 670),
        line(`II. EQUAL EMPLOYMENT OPPORTUNITY ${'.'.repeat(60)}XX III.`, 652),
        line(`A. Holidays ${'.'.repeat(70)}`, 634, 108)
      ],
      [
        line('Every employee shall be treated fairly and with respect by every other employee at work.', 700),
        line('The Executive Director approves every hire and every change in the position of an employee.', 685),
        line('IV. EQUAL EMPLOYMENT OPPORTUNITY', 90)
      ],
      [
        line('The company shall follow the spirit and intent of all federal, state and local employment law', 720),
        line('and is committed to equal opportunity for every employee and every applicant.', 705),
        line('A. Holidays', 660, 126),
        line('Full-Time Employees are eligible for 11.5 holidays per year, listed by the Executive Director.', 640),
        line('B. Vacation', 600, 126),
        line('During the first 90 days of employment full- and part-time employees will not earn Vacation', 585, 108),
        line('benefits. After that a full-time employee earns one day of Vacation for each month of work.', 570)
      ]
    ]
    const doc = await parseDocument('handbook.pdf', makePdfPages(pages))
    t.notMatch(all(doc), /\.{8}|\bXX?\b|MISSION/, 'no contents entry')
    t.match(
      doc.sections.find((s) => s.heading.endsWith('IV. EQUAL EMPLOYMENT OPPORTUNITY'))?.text,
      /^The company shall follow/
    )
    t.match(doc.sections.find((s) => s.heading.endsWith('B. Vacation'))?.text, /^During the first 90 days/)
  }
)

t.test('a section numbered with a trailing zero ("4.0") is at the level of its number alone', async (t) => {
  t.equal(numberingDepth('4.0 Confidentiality & Data Protection'), 1)
  t.equal(numberingDepth('7.1 Dress code'), 2)
  t.equal(numberingDepth('3.1.0 Leave'), 2)
  t.equal(numberingDepth('3.3.6 Channel of Application'), 3)
  t.equal(numberingDepth('10.0 Separation'), 1)
})
