// Text copied from a web page keeps its bullets and table borders on lines of their own: the bullet's item
// stays an item (not a heading), and a cell-a-line table reads as rows labelled by its header.
import t from 'tap'
import { parseDocument } from '../app/knowledge/parsers/index.ts'

async function parse(markdown: string) {
  return parseDocument('page.md', Buffer.from(markdown))
}

t.test("a bullet on its own line heads its item's text, which is no heading", async (t) => {
  const doc = await parse(`# Protective Equipment

General Guidelines
-
Mandatory Use: PPE must be worn consistently and correctly based on job-specific hazards.
-
Inspect Before Use: PPE must be checked for damage before each use.
-
-
Report Issues Immediately: Notify your supervisor if PPE is damaged.
`)
  t.same(
    doc.sections.map((s) => s.heading),
    ['Protective Equipment'],
    'one section: no item became a heading'
  )
  const text = doc.sections[0]!.text
  t.match(text, /- Mandatory Use: PPE must be worn/)
  t.match(text, /- Inspect Before Use: PPE must be checked/)
  t.match(text, /- Report Issues Immediately: Notify your supervisor/)
})

t.test('a table written one cell a line, rows parted by a lone bar, reads as labelled rows', async (t) => {
  const doc = await parse(`# How Do I Use the Time Clock?

Use the table below as a quick reference:
|
Button Name |
What It Does |
|
Start Meal |
Begins unpaid 30-minute meal |
|
Start Break |
Begins paid 10-minute break |
Follow these steps each time you use the time clock.
`)
  const text = doc.sections.map((s) => s.text).join('\n')
  t.match(text, /Button Name: Start Meal \| What It Does: Begins unpaid 30-minute meal/)
  t.match(text, /Button Name: Start Break \| What It Does: Begins paid 10-minute break/)
  t.match(text, /Follow these steps each time you use the time clock\./, 'the text after the table is kept')
})

t.test('a bar or a dash in ordinary text is left alone', async (t) => {
  const doc = await parse(`# Pay

Shifts run 7 - 3 and 3 - 11.

| Shift | Differential |
| --- | --- |
| Night | $1.50 |
`)
  const text = doc.sections[0]!.text
  t.match(text, /Shifts run 7 - 3 and 3 - 11\./)
  t.match(text, /Shift: Night \| Differential: \$1\.50/)
})

t.test("a page's title printed again as its first line is no text of it", async (t) => {
  const doc = await parse(`# 401 – PAID TIME OFF

401 - PAID TIME OFF
Below are the accrual rates and caps for each kind of employee.
`)
  t.equal(doc.sections[0]!.text, 'Below are the accrual rates and caps for each kind of employee.')
})
