// A table of contents laid out as a table (page numbers in a column of their own) is not policy: it is
// dropped wherever a table is read, while tables of figures that count up stay.
import t from 'tap'
import { parseMarkdown } from '../app/knowledge/parsers/markdown.ts'
import { isContentsTable, tableToLines } from '../app/knowledge/parsers/tables.ts'
import { isPageMark } from '../app/knowledge/parsers/structure.ts'

const CONTENTS = [
  ['2', 'Pescado The Story so Far'],
  ['3', 'Our Mission, Beliefs and Behaviours'],
  ['4', 'Equal Opportunities and Dignity at Work'],
  ['4', 'Health and Safety'],
  ['5', 'Holidays'],
  ['6', 'Sick Pay']
]

t.test('contents with the page first or last are contents', async (t) => {
  t.ok(isContentsTable(CONTENTS))
  t.ok(isContentsTable(CONTENTS.map(([page, title]) => [title!, page!])))
  t.same(tableToLines(CONTENTS), [])
})

t.test('tables of figures are not contents', async (t) => {
  const rest = [
    ['Work Hours', 'Rest Periods Required'],
    ['2 or fewer', '0'],
    ['Over 2, and up to 6', '1'],
    ['Over 6, and up to 10', '2'],
    ['Over 10, and up to 14', '3'],
    ['Over 14, and up to 18', '4'],
    ['Over 18, and up to 22', '5']
  ]
  t.notOk(isContentsTable(rest), 'rest periods by hours worked')
  t.equal(tableToLines(rest).length, 6)
  const pto = [
    ['Role', 'Days'],
    ['Crew', '5'],
    ['Lead', '10'],
    ['Shift manager', '12'],
    ['Assistant manager', '15'],
    ['General manager', '20']
  ]
  t.notOk(isContentsTable(pto), 'days off by role, counting up')
  t.notOk(isContentsTable(CONTENTS.slice(0, 3)), 'three rows are too few to tell')
  t.notOk(
    isContentsTable([
      ['6', 'Sick Pay'],
      ['2', 'Holidays'],
      ['4', 'Health and Safety'],
      ['3', 'Appearance'],
      ['5', 'Smoking']
    ]),
    'numbers that go back are not pages'
  )
})

t.test('a contents table in a handbook page is never searched; its "Page" header is no heading', async (t) => {
  const rows = CONTENTS.map(([page, title]) => `| ${page} | ${title} |`).join('\n')
  const doc = parseMarkdown(
    `# Handbook\n\n| Page | Section |\n|---|---|\n${rows}\n\n## Sick Pay\n\nSSP is paid from the fourth day.\n`,
    'Handbook'
  )
  const text = doc.sections.map((s) => `${s.heading}\n${s.text}`).join('\n')
  t.notMatch(text, /Story so Far/)
  t.match(text, /SSP is paid from the fourth day/)
  t.ok(isPageMark('Page'))
  t.notOk(isPageMark('Pages of the handbook'))
})

t.test(
  'a contents run into a paragraph, as text taken from a flipbook reads, is dropped; the text around it stays',
  async (t) => {
    const doc = parseMarkdown(
      [
        'STUDENT EMPLOYEE HANDBOOK www.example.edu/dining',
        'Table of Contents INTRODUCTION Mission Statement Welcome to the Team',
        '2 3 4',
        'EMPLOYEE EXPECTATIONS Dress Code Personal Hygiene Break Policy Attendance Points System Guidelines',
        '9 10-11 12 13',
        'MISSION STATEMENT We serve good food to every student at a fair price.'
      ].join('\n'),
      'handbook'
    )
    const text = doc.sections.map((s) => s.text).join('\n')
    t.match(text, /STUDENT EMPLOYEE HANDBOOK/)
    t.match(text, /We serve good food to every student/)
    t.notMatch(text, /Table of Contents|Dress Code|Attendance Points/)
    // Words that only name sections, with no page numbers, are not a contents.
    const prose = parseMarkdown('Table of Contents Matter Here and There\n\nEmployees wash their hands often.', 'h')
    t.match(prose.sections.map((s) => s.text).join('\n'), /Matter Here and There/)
  }
)
