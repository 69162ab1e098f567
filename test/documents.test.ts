// Handbooks as companies have them: Markdown with front matter and embeds, Word files with and
// without heading styles, whole-handbook PDFs with running headers, a table of contents and tables.
import matter from 'gray-matter'
import t from 'tap'
import { parseDocument } from '../app/knowledge/parsers/index.ts'
import type { ParsedDocument } from '../app/knowledge/parsers/types.ts'
import { makeDocx } from './fixtures/docx.ts'
import { makePdfPages, type PdfText } from './fixtures/pdf.ts'

const text = (doc: ParsedDocument) => doc.sections.map((s) => `${s.heading}\n${s.text}`).join('\n\n')
const section = (doc: ParsedDocument, heading: string) => doc.sections.find((s) => s.heading === heading)?.text ?? ''

t.test('front matter is read as YAML only: a ---js block is refused, naming the file, and never runs', async (t) => {
  const global = globalThis as Record<string, unknown>
  // What gray-matter does by default with such a file: it runs it.
  matter('---js\n{ title: (globalThis.__grayMatterDefault = true, "x") }\n---\nbody', {})
  t.equal(global.__grayMatterDefault, true, 'the danger is real: the default engine evaluates the block')

  for (const opening of ['---js', '---javascript', '---JavaScript', '--- js ', '---coffee', '---json', '---toml']) {
    const source = `${opening}\n{ title: (globalThis.__handbookRan = "${opening}", "Leave") }\n---\n\nYou earn 4 hours.\n`
    await t.rejects(
      parseDocument('policies/leave.md', Buffer.from(source)),
      {
        name: 'ParseError',
        message: /^leave\.md: front matter in "[a-z]+" is refused: only YAML front matter is read$/
      },
      `${opening} is refused`
    )
  }
  t.equal(global.__handbookRan, undefined, 'no block ever ran')

  const yaml = await parseDocument('leave.md', Buffer.from('---yaml\ntitle: Leave\n---\nYou earn 4 hours.\n'))
  t.equal(yaml.title, 'Leave', 'an explicit ---yaml is read')
  await t.rejects(
    parseDocument('leave.md', Buffer.from('---\ntitle: !!js/function "function () { return 1 }"\n---\nbody')),
    /leave\.md: front matter is not valid YAML/,
    'YAML tags that would build code are refused too'
  )
})

t.test('Markdown as companies write it: embeds, links and template tags never read; labels kept', async (t) => {
  const doc = await parseDocument(
    'pto.md',
    Buffer.from(`---
title: Time Off
version: 3.2
effective_date: 2026-01-01
keywords: [pto, vacation]
locations: Downtown
---

# Time Off

See the [request form](https://forms.example.com/secret-form-id) and ![logo](assets/logo-image.png).

<iframe src="https://www.youtube.com/embed/abc123video"></iframe>
<script src="https://static.example.com/embed_snippet.js">trackVisitor()</script>

{{< youtube hugoShortcodeId >}} {{% notice %}}Shortcode body stays.{{% /notice %}} {% include footer.html %}

## Vacation

- **Full-time staff:** 15 days a year
- **Part-time staff:** at least 10 days

**Accrual:**

- Earned every pay period

| Years of service | Vacation |
|---|---|
| 1-4 | 10 days |
| 5+ | 15 days |
`)
  )
  t.equal(doc.title, 'Time Off')
  t.equal(doc.keywords, 'pto, vacation')
  t.same(doc.locations, ['Downtown'])
  const all = text(doc)
  t.notMatch(
    all,
    /forms\.example|secret-form-id|logo-image|abc123video|embed_snippet|trackVisitor|hugoShortcodeId|youtube|notice|footer\.html|3\.2|2026-01-01/,
    'no link target, image, embed, script, template tag or other front matter is text'
  )
  t.match(all, /See the request form and \./)
  t.match(all, /Shortcode body stays\./, 'what a shortcode wraps is kept')
  t.match(
    section(doc, 'Time Off > Vacation'),
    /- Full-time staff: 15 days a year\n- Part-time staff: at least 10 days/,
    'a bold label stays on its line, under the heading that names the topic'
  )
  t.equal(
    section(doc, 'Time Off > Vacation > Accrual'),
    '- Earned every pay period\n\nYears of service: 1-4 | Vacation: 10 days.\nYears of service: 5+ | Vacation: 15 days.',
    'a bold line of its own heads what follows; each table row is readable alone'
  )
})

t.test('Markdown a PDF converter wrote: page headings, page footers and bare captions are no sections', async (t) => {
  const doc = await parseDocument(
    'handbook.md',
    Buffer.from(`# Team Handbook

## Page 12

## Paydays

All team members are paid biweekly. Each paycheck includes earnings for all work performed through the

12 | P a g e

## Page 13

end of the previous payroll period.

### Table 1

| Shift | Lunch |
| --- | --- |
| 8 hours | 30 minutes |

Page 13 of 40
`)
  )
  const all = text(doc)
  t.notMatch(all, /Page 1[23]|P a g e|Table 1/, 'no page mark or bare caption is a heading or text')
  t.match(
    section(doc, 'Team Handbook > Paydays'),
    /paid biweekly[\s\S]*end of the previous payroll period[\s\S]*Shift: 8 hours \| Lunch: 30 minutes/,
    'a section runs on across the page break, with its table'
  )
})

t.test('Word with heading styles: sections by heading, no contents, no field residue, tables as rows', async (t) => {
  const doc = await parseDocument(
    'Employee Handbook.docx',
    await makeDocx([
      { text: 'Acme Foods Employee Handbook', style: 'Title' },
      'Table of Contents',
      { text: '4. Leave\t3', style: 'TOC1' },
      { text: '4.3 Attendance Points\t4', style: 'TOC2' },
      { text: '4. Leave', style: 'Heading1' },
      'This section covers time away from work.',
      { text: '4.3 Attendance Points', style: 'Heading2' },
      { brokenReference: ['Points are explained in section ', '. Three points lead to a written warning.'] },
      {
        table: [
          ['Years of service', 'Vacation'],
          ['1-4', '10 days'],
          ['5 or more', '15 days']
        ],
        boldHeader: true
      },
      { text: '4.4 Holidays', style: 'Heading2' },
      'The plant closes on New Year’s Day.'
    ])
  )
  t.equal(doc.title, 'Acme Foods Employee Handbook')
  t.same(
    doc.sections.map((s) => s.heading),
    ['4. Leave', '4. Leave > 4.3 Attendance Points', '4. Leave > 4.4 Holidays'],
    'the title is not part of every heading path'
  )
  t.equal(
    section(doc, '4. Leave > 4.3 Attendance Points'),
    'Points are explained in section . Three points lead to a written warning.\n\n' +
      'Years of service: 1-4 | Vacation: 10 days.\nYears of service: 5 or more | Vacation: 15 days.'
  )
  t.notMatch(text(doc), /Error!|Table of Contents|_Ref|\t3|Points\s+4/, 'no contents, no field residue')
})

t.test('Word: a bold label with its dash left plain heads the text under it, named without the dash', async (t) => {
  // As a law firm's handbook sets them: "**Overtime Pay**-" and "**401k Plan** –", each its own paragraph.
  const doc = await parseDocument(
    'Handbook.docx',
    await makeDocx([
      { text: 'Hours of Work', style: 'Heading1' },
      { text: 'Overtime Pay', bold: true, plainTail: '-' },
      'Non-exempt employees are paid one and one-half times their regular rate after eight hours in a day.',
      { text: 'Benefits', style: 'Heading1' },
      { text: '401k Plan', bold: true, plainTail: ' –' },
      'Employees may join the plan after one year of service.'
    ])
  )
  t.same(
    doc.sections.map((s) => s.heading),
    ['Hours of Work > Overtime Pay', 'Benefits > 401k Plan']
  )
  t.match(section(doc, 'Benefits > 401k Plan'), /^Employees may join the plan/)
})

t.test('Word styled by look: its table of contents is its outline, and a cover line holds nothing', async (t) => {
  // As a real handbook had it: chapters in contents level 2, policies in level 4; some titles styled as
  // headings, most only body text (bold or not) with the contents' bookmark. Before, every policy after
  // the last styled heading was read into it ("History of the Company > Paid Sick Leave" held six leaves).
  const doc = await parseDocument(
    'handbook.docx',
    await makeDocx([
      { text: 'Revision July 2024', bold: true },
      'Revision July 2026',
      { text: 'History of the Company\t6', style: 'TOC2', link: '_Toc1' },
      { text: 'Wage and Hour Policies\t21', style: 'TOC2', link: '_Toc2' },
      { text: 'Job Abandonment\t22', style: 'TOC4', link: '_Toc3' },
      { text: 'Leaves of Absence\t53', style: 'TOC2', link: '_Toc4' },
      { text: 'Paid Sick Leave\t60', style: 'TOC4', link: '_Toc5' },
      { text: 'History of the Company', style: 'Heading2', bookmark: '_Toc1' },
      'The company was founded in 1982.',
      { text: 'Wage and Hour Policies', bookmark: '_Toc2' },
      { text: 'Job Abandonment', bold: true, bookmark: '_Toc3' },
      'Three consecutive scheduled workdays with no call is a resignation.',
      { text: 'Leaves of Absence', bookmark: '_Toc4' },
      { text: 'Paid Sick Leave', bookmark: '_Toc5' },
      'You must work 90 days before you can use paid sick leave.'
    ])
  )
  t.same(
    doc.sections.map((s) => s.heading),
    [
      'Revision July 2024',
      'History of the Company',
      'Wage and Hour Policies > Job Abandonment',
      'Leaves of Absence > Paid Sick Leave'
    ]
  )
  t.notMatch(text(doc), /\t|\b(6|21|22|53|60)\b/, 'the contents are not text')
})

t.test('a Word draft revised by hand reads as revised: words struck through are withdrawn', async (t) => {
  const doc = await parseDocument(
    'handbook.docx',
    await makeDocx([
      { text: 'Bereavement Leave', style: 'Heading1' },
      { revised: ['Employees receive three days with pay. ', 'Employees receive five days, three of them with pay.'] }
    ])
  )
  t.equal(section(doc, 'Bereavement Leave'), 'Employees receive five days, three of them with pay.')
})

t.test(
  'Word without heading styles: numbered, bold and capital headings; defined terms stay in their section',
  async (t) => {
    const doc = await parseDocument(
      'handbook.docx',
      await makeDocx([
        { text: 'EMPLOYEE HANDBOOK', bold: true },
        'Table of Contents',
        'Article I General ........ 2',
        'SECTION 4 – LEAVE ........ 5',
        { text: 'Article I General', bold: true },
        { text: '1.1 Definitions', bold: true },
        '“Benefit” means a program the company pays for, such as health insurance.',
        '“Probation” means the first 90 days of employment.',
        { text: 'SECTION 4 – LEAVE', bold: true },
        'Leave is requested in the scheduling app.',
        { text: '4.3 Attendance Points', bold: true },
        'A late arrival is one point.',
        { text: 'Years of Service\t\tVacation', bold: true },
        '1-4\t\t10 days',
        '5 or more\t\t15 days',
        { text: 'CALLING IN SICK' },
        'Call the plant line at least two hours before your shift.'
      ])
    )
    t.same(
      doc.sections.map((s) => s.heading),
      [
        'Article I General > 1.1 Definitions',
        'SECTION 4 – LEAVE',
        'SECTION 4 – LEAVE > 4.3 Attendance Points',
        'SECTION 4 – LEAVE > 4.3 Attendance Points > CALLING IN SICK'
      ]
    )
    t.match(
      section(doc, 'Article I General > 1.1 Definitions'),
      /“Benefit” means a program.*\n\n“Probation” means the first 90 days/s
    )
    t.match(
      section(doc, 'SECTION 4 – LEAVE > 4.3 Attendance Points'),
      /A late arrival is one point\.\n\nYears of Service: 1-4 \| Vacation: 10 days\.\nYears of Service: 5 or more \| Vacation: 15 days\./,
      'a table typed with tab stops reads as rows under its header'
    )
    t.notMatch(text(doc), /\.{4}|Table of Contents/)
  }
)

t.test('a broken or oversized Word file is refused with a reason', async (t) => {
  await t.rejects(parseDocument('notes.docx', Buffer.from('plain text, not a zip')), /not a readable Word file/)
  // A zip whose directory says one entry expands to 4 GB: refused before anything is inflated.
  const bomb = Buffer.alloc(46 + 9 + 22)
  bomb.writeUInt32LE(0x02014b50, 0)
  bomb.writeUInt32LE(0xfffffffe, 24)
  bomb.writeUInt16LE(9, 28)
  bomb.write('word/x.xm', 46, 'latin1')
  bomb.writeUInt32LE(0x06054b50, 55)
  bomb.writeUInt16LE(1, 55 + 10)
  bomb.writeUInt32LE(0, 55 + 16)
  await t.rejects(parseDocument('big.docx', bomb), /expands to \d+ MB: more than a Word handbook holds/)
})

// A four-page handbook as a PDF: cover, contents, and two pages of policy under a running header and
// a footer with the page number.
// With `plain`, the headings look like body text (no number, no bold, no capitals): only bookmarks
// can tell them.
function handbookPages(options: { plain?: boolean } = {}): PdfText[][] {
  const chrome = (page: number): PdfText[] => [
    { text: 'Acme Foods Employee Handbook 2024', y: 760, size: 9 },
    { text: `Page ${page}`, x: 290, y: 30, size: 9 }
  ]
  const plain: Record<string, string> = {
    'SECTION 4 - LEAVE': 'Leave',
    '4.3 Attendance Points': 'Attendance points',
    '4.4 Vacation': 'Vacation'
  }
  const heading = (text: string, y: number, size: number): PdfText =>
    options.plain ? { text: plain[text]!, y } : { text, y, size, bold: true }
  return [
    [{ text: 'EMPLOYEE HANDBOOK', x: 180, y: 500, size: 28, bold: true }],
    [
      ...chrome(2),
      { text: 'Table of Contents', y: 700, size: 14, bold: true },
      { text: 'SECTION 4 - LEAVE ............................ 3', y: 670 },
      { text: '4.3 Attendance Points ....................... 3', y: 655 },
      { text: '4.4 Vacation .................................. 4', y: 640 }
    ],
    [
      ...chrome(3),
      heading('SECTION 4 - LEAVE', 700, 16),
      { text: 'Leave is requested in the scheduling app at least two weeks ahead.', y: 676 },
      heading('4.3 Attendance Points', 646, 12),
      { text: 'A late arrival is one point. Points expire after a year.', y: 624 },
      { text: 'An absence without a call to the plant line before the start of the shift', y: 80 }
    ],
    [
      ...chrome(4),
      { text: 'counts as three points and leads to a written warning.', y: 720 },
      heading('4.4 Vacation', 690, 12),
      { text: 'Years of service', x: 72, y: 666, bold: true },
      { text: 'Vacation', x: 320, y: 666, bold: true },
      { text: '1-4', x: 72, y: 650 },
      { text: '10 days', x: 320, y: 650 },
      { text: '5 or more', x: 72, y: 634 },
      { text: '15 days', x: 320, y: 634 },
      { text: 'Vacation is paid at your regular rate.', y: 600 }
    ]
  ]
}

t.test('a whole handbook in one PDF is split into its numbered sections, without its page furniture', async (t) => {
  const doc = await parseDocument('handbook.pdf', makePdfPages(handbookPages()))
  t.same(
    doc.sections.map((s) => s.heading),
    ['SECTION 4 - LEAVE', 'SECTION 4 - LEAVE > 4.3 Attendance Points', 'SECTION 4 - LEAVE > 4.4 Vacation'],
    'the cover is no heading over every section'
  )
  t.notMatch(text(doc), /EMPLOYEE HANDBOOK/, 'nor policy to quote: it is left out')
  t.equal(
    section(doc, 'SECTION 4 - LEAVE > 4.3 Attendance Points'),
    'A late arrival is one point. Points expire after a year.\n\n' +
      'An absence without a call to the plant line before the start of the shift counts as three points and leads to a written warning.',
    'a paragraph that runs over a page break is joined again'
  )
  t.equal(
    section(doc, 'SECTION 4 - LEAVE > 4.4 Vacation'),
    'Years of service: 1-4 | Vacation: 10 days.\nYears of service: 5 or more | Vacation: 15 days.\n\nVacation is paid at your regular rate.'
  )
  t.notMatch(
    text(doc),
    /Acme Foods Employee Handbook 2024|Page \d|\.{4}|Table of Contents/,
    'no header, footer or contents'
  )
})

t.test('a PDF with bookmarks takes its headings from them, whatever their font', async (t) => {
  const doc = await parseDocument(
    'handbook.pdf',
    makePdfPages(handbookPages({ plain: true }), {
      bookmarks: [
        {
          title: 'Leave',
          page: 3,
          children: [
            { title: 'Attendance points', page: 3 },
            { title: 'Vacation', page: 4 }
          ]
        }
      ]
    })
  )
  t.same(
    doc.sections.map((s) => s.heading),
    ['Leave', 'Leave > Attendance points', 'Leave > Vacation']
  )
  const without = await parseDocument('handbook.pdf', makePdfPages(handbookPages({ plain: true })))
  t.notOk(
    without.sections.some((s) => s.heading.includes('Attendance points')),
    'without bookmarks such a heading is read as text'
  )
})

t.test('a PDF with no text (a scan) is reported as such', async (t) => {
  await t.rejects(parseDocument('scanned.pdf', makePdfPages([[], []])), /no text to read, only images \(a scan\?\)/)
  // Scanned pages under a footer the scanner's software added: still a scan.
  const numbered = [1, 2, 3].map((n) => [{ text: `Page ${n} of 3`, x: 280, y: 30, size: 9 }])
  await t.rejects(parseDocument('scanned.pdf', makePdfPages(numbered)), /no text to read, only images \(a scan\?\)/)
})

t.test('a PDF list whose bullets stand a tab stop from their text reads as a list, not a table', async (t) => {
  const items = ['Theft of company property.', 'Sharing confidential information.', 'Sleeping on the job.']
  const page: PdfText[] = [
    { text: 'Examples of misconduct include:', x: 72, y: 720, size: 12 },
    ...items.flatMap((item, i) => [
      { text: '-', x: 90, y: 700 - 16 * i, size: 12 },
      { text: item, x: 126, y: 700 - 16 * i, size: 12 }
    ])
  ]
  const doc = await parseDocument('rules.pdf', makePdfPages([page]))
  t.match(text(doc), /include:\s+- Theft of company property\.\s+- Sharing confidential information\.\s+- Sleeping/)
  t.notMatch(text(doc), /\|/, 'no column of bullets')
})

t.test(
  'bookmarked headings whose numbers stand apart from their titles are headings, not rows of a table',
  async (t) => {
    // "4.0" and "4.1" a tab stop left of their titles, one under the other: a table's two rows to the eye.
    const heading = (number: string, title: string, y: number): PdfText[] => [
      { text: number, x: 72, y, size: 12, bold: true },
      { text: title, x: 150, y, size: 12, bold: true }
    ]
    const doc = await parseDocument(
      'handbook.pdf',
      makePdfPages(
        [
          [
            ...heading('4.0', 'Wage and Hour Policies', 720),
            ...heading('4.1', 'Attendance', 700),
            {
              text: 'Call your supervisor at least 30 minutes before your shift if you will be late.',
              x: 72,
              y: 676,
              size: 12
            },
            ...heading('4.2', 'Pay Period', 640),
            { text: 'The pay period is weekly and pay dates are Tuesdays.', x: 72, y: 616, size: 12 }
          ]
        ],
        {
          bookmarks: [
            {
              title: '4.0 Wage and Hour Policies',
              page: 1,
              children: [
                { title: '4.1 Attendance', page: 1 },
                { title: '4.2 Pay Period', page: 1 }
              ]
            }
          ]
        }
      )
    )
    t.same(
      doc.sections.map((s) => s.heading),
      ['4.0 Wage and Hour Policies > 4.1 Attendance', '4.0 Wage and Hour Policies > 4.2 Pay Period']
    )
    t.match(section(doc, '4.0 Wage and Hour Policies > 4.1 Attendance'), /^Call your supervisor at least 30 minutes/)
  }
)

t.test("Markdown: a diagram's source is no text; other code blocks are kept", async (t) => {
  const doc = await parseDocument(
    'maintenance.md',
    Buffer.from(
      '# Maintenance\n\nTag the machine out of service.\n\n```mermaid\ngraph TD\n  A["Maintenance Required"] --> B[Lock out]\n```\n\n```\nDoor code: call the lead\n```\n'
    )
  )
  const all = doc.sections.map((s) => s.text).join('\n')
  t.match(all, /Tag the machine out of service/)
  t.match(all, /Door code: call the lead/)
  t.notMatch(all, /graph TD|-->/)
})
