// A page set in two columns (a bilingual handbook, English beside Spanish) is read a column at a time:
// each paragraph whole, each heading over its own column's text. A two-column table of short labels and
// a one-column page are read across as before.
import t from 'tap'
import { parseDocument } from '../app/knowledge/parsers/index.ts'
import { makePdfPages, type PdfText } from './fixtures/pdf.ts'

const LEFT = [
  'Employees accrue paid time off from their first day of work,',
  'at a rate that depends on their years of service with the',
  'agency. Paid time off is used in increments of one hour and',
  'must be requested from your supervisor two weeks ahead of',
  'time. Unused hours carry over up to a cap of eighty hours',
  'each year, and are paid out when you leave the agency.'
]
const RIGHT = [
  'Los empleados acumulan tiempo libre pagado desde su primer',
  'dia de trabajo, a una tasa que depende de sus anos de servicio',
  'con la agencia. El tiempo libre pagado se usa en incrementos de',
  'una hora y se debe pedir al supervisor con dos semanas de',
  'anticipacion. Las horas no usadas se pasan al siguiente ano',
  'hasta un tope de ochenta horas y se pagan al salir.'
]

function columnsPage(): PdfText[] {
  return [
    { text: 'Employee Handbook  Manual del Empleado', x: 150, y: 740, size: 16, bold: true },
    { text: 'Paid Time Off', x: 40, y: 700, size: 12, bold: true },
    { text: 'Tiempo Libre Pagado', x: 316, y: 700, size: 12, bold: true },
    ...LEFT.map((text, i) => ({ text, x: 40, y: 684 - 12 * i, size: 8 })),
    // The Spanish column's lines sit a little lower than the English ones, as they do when set apart.
    ...RIGHT.map((text, i) => ({ text, x: 316, y: 682 - 12 * i, size: 8 }))
  ]
}

t.test('two columns of running text are read one after the other, each under its heading', async (t) => {
  const doc = await parseDocument('handbook.pdf', makePdfPages([columnsPage()]))
  const english = doc.sections.find((s) => s.heading.endsWith('Paid Time Off'))
  const spanish = doc.sections.find((s) => s.heading.endsWith('Tiempo Libre Pagado'))
  t.ok(english && spanish, doc.sections.map((s) => s.heading).join(' / '))
  t.match(english!.text, /first day of work, at a rate that depends on their years of service with the agency\./)
  t.notMatch(english!.text, /empleados|tiempo libre/i)
  t.match(spanish!.text, /desde su primer dia de trabajo, a una tasa/)
  t.notMatch(spanish!.text, /accrue/)
})

t.test('a two-column table of short labels is still read across, a row at a time', async (t) => {
  const rows = [
    ['Years of service', 'Hours a year'],
    ['Less than 1', '40 hours'],
    ['1 to 3', '80 hours'],
    ['4 to 6', '120 hours'],
    ['7 to 9', '140 hours'],
    ['10 or more', '160 hours'],
    ['Part-time staff', '20 hours'],
    ['Seasonal staff', 'none']
  ]
  const page: PdfText[] = [
    { text: 'PTO accrual', x: 54, y: 720, size: 12, bold: true },
    ...rows.flatMap(([label, value], i) => [
      { text: label!, x: 54, y: 700 - 14 * i, size: 10 },
      { text: value!, x: 330, y: 700 - 14 * i, size: 10 }
    ])
  ]
  const doc = await parseDocument('accrual.pdf', makePdfPages([page]))
  const text = doc.sections.map((s) => s.text).join('\n')
  t.match(text, /Years of service: 1 to 3 \| Hours a year: 80 hours/)
  t.match(text, /Years of service: 10 or more \| Hours a year: 160 hours/)
})
