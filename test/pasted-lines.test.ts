// Headings pasted into Markdown as lines of their own (text copied from a PDF or a Word file) head what
// follows them; a list, an address or a sentence wrapped across lines is no heading. Pasted page numbers
// and dates are no text.
import t from 'tap'
import { parseDocument } from '../app/knowledge/parsers/index.ts'

async function sections(markdown: string) {
  const doc = await parseDocument('page.md', Buffer.from(markdown))
  return doc.sections.map((s) => ({ heading: s.heading, text: s.text.replace(/\s+/g, ' ') }))
}

t.test('a Title Case line standing alone before a sentence heads it', async (t) => {
  const found = await sections(`# Page 27

Recording Your Time
Non-exempt Team Members must record their hours on our timekeeping system.
The workweek starts on Monday and ends on Sunday.
Direct Deposit
You have the option of receiving your pay in a payroll check or by direct deposit.
No SHOW POLICY
If you cannot work your scheduled shift, you must find a co-worker to cover your shift.
`)
  const under = (heading: string) => found.find((s) => s.heading.endsWith(heading))?.text ?? ''
  t.match(under('Recording Your Time'), /^Non-exempt .* starts on Monday and ends on Sunday\.$/)
  t.match(under('Direct Deposit'), /^You have the option/)
  t.match(under('No SHOW POLICY'), /^If you cannot work/)
})

t.test('a list of names, an address and a sentence wrapped across lines stay text', async (t) => {
  const found = await sections(`# Holidays

If you must come in to cover a shift you will be paid time and a half for:
New Year's Day
Martin Luther King, Jr. Day Memorial Day Independence Day
Labor Day

Send the form to:
Jane Doe
Human Resources Manager, at the main office.

The program is run by the
Minnesota Department Of Health
and the county, which sets the hours each year.
`)
  t.same(
    found.map((s) => s.heading),
    ['Holidays'],
    'one section: no list item, name or wrapped line is a heading'
  )
})

t.test("a pasted page's number, revision date and a flipbook's page row are no text; a figure said is", async (t) => {
  const found = await sections(`# Page 36

Sick and Safe Time may be used in the following ways.
5
01/2019
3
Sick and Safe Time may be taken in increments of as low as one hour.

58 59 60 61 62

12

We have 12 locations.
`)
  const all = found.map((s) => s.text).join(' ')
  t.match(
    all,
    /used in the following ways\. Sick and Safe Time may be taken/,
    'the sentences join across the page break'
  )
  t.notMatch(all, /01\/2019|58 59|\b5\b|\b3\b/, 'no page furniture')
  t.match(all, /\b12\b.*We have 12 locations/, 'a paragraph of one figure stays')
})

t.test("a flipbook's lines, a blank line after each, are read as the sentences they print", async (t) => {
  const found = await sections(`# Payroll

PAYROLL

Pay Schedule and Timekeeping

Payday: Payroll is processed bi-weekly, with paydays typically occurring every

other Friday. Should a payday fall on a holiday, the preceding business day will

be the designated payday.

Timecard Entry: All employee timecard entries and manager approvals in the portal

must be completed by 10:00 AM on the Monday of a payroll week to be paid on time.

Time Off Pay: Employees must request and record all Paid Time

Off and Paid Sick Leave in the portal according to company policy.

Final Pay

Upon termination of employment, final wages will be paid in accordance with

applicable federal and state laws and on the next regular payday.
`)
  const under = (heading: string) => found.find((s) => s.heading.endsWith(heading))?.text ?? ''
  t.match(under('Pay Schedule and Timekeeping'), /occurring every other Friday\. Should a payday/)
  t.match(under('Pay Schedule and Timekeeping'), /the preceding business day will be the designated payday\./)
  t.match(under('Pay Schedule and Timekeeping'), /record all Paid Time Off and Paid Sick Leave/)
  t.match(under('Final Pay'), /^Upon termination .* on the next regular payday\.$/)
})

t.test('paragraphs written as paragraphs are not joined', async (t) => {
  const doc = await parseDocument(
    'page.md',
    Buffer.from(
      '# Breaks\n\nYou get a paid ten-minute break for every four hours you work\n\nMeal breaks are thirty minutes and unpaid.\n'
    )
  )
  t.equal(doc.sections[0]!.text.split('\n\n').length, 2, 'two paragraphs stay two')
})

t.test("a flipbook's short lines after a colon are the items of the list it opens", async (t) => {
  const doc = await parseDocument(
    'page.md',
    Buffer.from(`# Dress Code

Our primary concerns regarding employee clothing and footwear are safety, respect

for those around us, and the ability to successfully perform job responsibilities. The

following items are prohibited and must never be worn, regardless of role (Admin,

DSP, etc.):

Hooded sweatshirts, sweaters, or tops

Flip flops or similar type of footwear

Dresses, skirts, or shorts shorter than three (3) inches above the knee

Sweatpants and athletic wear

Additionally, we strongly recommend adhering to the following guidelines to prevent

harm or injury while performing job responsibilities:

Nails kept short

Manager Responsibilities

Managers are responsible for consistently enforcing the guidelines set forth in this

policy through disciplinary action, including and up to termination.
`)
  )
  const text = doc.sections.map((s) => s.text).join('\n')
  t.match(text, /regardless of role \(Admin, DSP, etc\.\):\n+- Hooded sweatshirts, sweaters, or tops\n- Flip flops/)
  t.match(
    text,
    /- Dresses, skirts, or shorts shorter than three \(3\) inches above the knee\n- Sweatpants and athletic wear\n/
  )
  t.match(text, /\nAdditionally, we strongly recommend adhering to the following guidelines to prevent harm/)
  t.notMatch(text, /- Manager Responsibilities/, 'a heading over text is no item')
  t.ok(
    doc.sections.some((s) => s.heading.endsWith('Manager Responsibilities')),
    'it heads what follows'
  )
})

t.test("a page's header ('Page 14 - Handbook 2017', 'P. 14') is no text, and the heading after it heads", async (t) => {
  const found = await sections(`# Page 14

Page 14 - HB-NATIONAL Jan 2017_Neat
P. 14
Work Schedules
The workweek begins at 12:01 a.m. Sunday and ends at 11:59 pm on Saturday. Offices open at 8:00 am.
Page 15 of 60
Meals and Rest Periods
All rest breaks and meal periods must be taken outside the work area.
`)
  const under = (heading: string) => found.find((s) => s.heading.endsWith(heading))?.text ?? ''
  t.match(under('Work Schedules'), /^The workweek begins at 12:01 a\.m\. Sunday/)
  t.match(under('Meals and Rest Periods'), /^All rest breaks/)
  t.notMatch(found.map((s) => s.text).join(' '), /HB-NATIONAL|P\. 14|Page 15/, 'no page furniture')
})

t.test('text pasted indented (a PDF page set in by spaces) is read as paragraphs and headings, not code', async (t) => {
  const found = await sections(`# Page 25

        Advance Notice & Scheduling of PTO
        Employees who qualify for PTO must provide management with as much advance notice as possible when
        scheduling PTO. For single day use due to illness, employees must contact their supervisor each day.

        Using & Cashing Out PTO
        PTO shall be paid at the regular rate of pay in effect at the time the PTO is taken.
`)
  const under = (heading: string) => found.find((s) => s.heading.endsWith(heading))?.text ?? ''
  t.match(under('Advance Notice & Scheduling of PTO'), /^Employees who qualify for PTO must provide/)
  t.match(under('Using & Cashing Out PTO'), /^PTO shall be paid at the regular rate/)
})

t.test('an FAQ pasted with its questions in capitals: each question heads its answer', async (t) => {
  const found = await sections(`# Time Off Packet

## Questions People Ask
IS THERE A WAIT BEFORE A NEW HIRE CAN TAKE TIME OFF?
No, full-time crew members can use 24 hours from their first day. The rest comes after
sixty days.
HOW EARLY DO I ASK FOR A DAY OFF?
Ask at least ten days ahead so the schedule can be planned.
`)
  const under = (heading: string) => found.find((s) => s.heading.endsWith(heading))?.text ?? ''
  t.match(under('IS THERE A WAIT BEFORE A NEW HIRE CAN TAKE TIME OFF?'), /^No, full-time .* sixty days\.$/)
  t.match(under('HOW EARLY DO I ASK FOR A DAY OFF?'), /^Ask at least ten days ahead/)
  // A question asked in the running text is no heading.
  const asked = await sections('# Notes\n\nWho approves it? Your lead does, within a week of the request.\n')
  t.equal(asked.length, 1)
})
