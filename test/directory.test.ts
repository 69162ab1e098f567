import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { formatDirectoryCsv, parseDirectoryCsv } from '../app/people/directory-csv.ts'
import { listPeople, upsertPeople } from '../app/people/directory.ts'
import { runCli } from './fixtures/cli.ts'
import { testDatabase } from './helper.ts'

const CSV = `phone,name,role,manager_phone,location,language
(312) 555-0142,Alex Rivera,employee,+1 312 555 0101,Downtown,en
+13125550101,Marcus Lee,Manager,,Downtown,
312.555.0143,Jordan Kim,,312-555-0101,Downtown,es
not-a-phone,Broken Phone,employee,,,en
+13125550144,,employee,,,en
+13125550145,Bad Role,boss,,,en
+13125550146,Bad Manager,employee,12,,en
(312) 555-0142,Duplicate Alex,employee,,,en
+13125550147,Self Managed,employee,+13125550147,,en
+13125550148,Bad Language,employee,,,english!
"+13125550149","Quoted, Name",hr,,"Head office",en
`

t.test('CSV: phones normalised to E.164, bad rows reported by line and skipped', async (t) => {
  const { rows, errors } = parseDirectoryCsv(CSV, 'US')
  t.same(
    rows.map((r) => [r.phone, r.name, r.role, r.managerPhone, r.language]),
    [
      ['+13125550142', 'Alex Rivera', 'employee', '+13125550101', 'en'],
      ['+13125550101', 'Marcus Lee', 'manager', null, 'en'],
      ['+13125550143', 'Jordan Kim', 'employee', '+13125550101', 'es'],
      ['+13125550149', 'Quoted, Name', 'hr', null, 'en']
    ]
  )
  t.same(
    errors.map((e) => e.line),
    [5, 6, 7, 8, 9, 10, 11]
  )
  t.match(errors.find((e) => e.line === 5)!.message, /phone "not-a-phone" is not a valid number/)
  t.match(errors.find((e) => e.line === 7)!.message, /role "boss"/)
  t.match(errors.find((e) => e.line === 9)!.message, /already on line 2/)
})

t.test('CSV: unreadable files and missing columns are reported, not thrown', async (t) => {
  t.match(parseDirectoryCsv('', 'US').errors, [{ line: 0, message: /empty/ }])
  t.match(parseDirectoryCsv('name,role\nA,employee\n', 'US').errors, [
    { line: 1, message: /missing column\(s\): phone/ }
  ])
  t.match(
    parseDirectoryCsv('phone,name\n"unterminated,A\n+13125550142,Fine\n', 'US'),
    { errors: [{ line: 2, message: /not readable as CSV/ }], rows: [{ phone: '+13125550142' }] },
    'one broken row costs only that row'
  )
  t.equal(
    parseDirectoryCsv('phone,name\n07911 123456,UK person\n', 'GB').rows[0]!.phone,
    '+447911123456',
    'default country applies'
  )
})

t.test('CSV: a quoted cell over several lines is one cell; later rows keep their line numbers', async (t) => {
  const csv =
    'phone,name,role,manager_phone,location,language\r\n' +
    '+13125550142,Alex Rivera,employee,,"Downtown\r\nBuilding 2, floor 3",en\r\n' +
    '+13125550143,"Jordan ""JK""\nKim",employee,,Downtown,en\n' +
    '\n' +
    '+13125550144,Sofia Martinez,boss,,,es\n' +
    '+13125550145,Sam Taylor,employee,,Riverside,en\n'
  const { rows, errors } = parseDirectoryCsv(csv, 'US')
  t.same(
    rows.map((r) => [r.phone, r.name, r.location]),
    [
      ['+13125550142', 'Alex Rivera', 'Downtown\r\nBuilding 2, floor 3'],
      ['+13125550143', 'Jordan "JK"\nKim', 'Downtown'],
      ['+13125550145', 'Sam Taylor', 'Riverside']
    ]
  )
  t.same(
    errors,
    [{ line: 7, message: 'role "boss" must be one of employee, manager, hr, ops' }],
    'reported on its own line'
  )
  const exported = parseDirectoryCsv(formatDirectoryCsv(rows.map((r, i) => ({ ...r, id: i + 1 }) as never)), 'US')
  t.same(exported.rows, rows, 'export and import round trip a multi-line cell')
})

t.test('upsert keeps opt-out state and updates the rest', async (t) => {
  const { db } = await testDatabase(t)
  t.same(await upsertPeople(db, parseDirectoryCsv(CSV, 'US').rows), { inserted: 4, updated: 0 })
  const again = parseDirectoryCsv('phone,name,role\n+13125550142,Alex R.,employee\n', 'US').rows
  t.same(await upsertPeople(db, again), { inserted: 0, updated: 1 })
  const alex = (await listPeople(db)).find((p) => p.phone === '+13125550142')!
  t.equal(alex.name, 'Alex R.')
})

t.test('export neutralises formulas in names and locations; import reads them back unchanged', async (t) => {
  const { db } = await testDatabase(t)
  const csv = [
    'phone,name,role,manager_phone,location,language',
    '+13125550160,"=HYPERLINK(""http://evil.example"",""click"")",employee,,Downtown,en',
    "+13125550161,+cmd|' /C calc'!A0,employee,,@SUM(1+1),en",
    '+13125550162,-2+3,employee,,Riverside,en',
    '+13125550163,Plain Name,employee,,Downtown,en'
  ].join('\n')
  const parsed = parseDirectoryCsv(csv, 'US')
  t.same(parsed.errors, [])
  await upsertPeople(db, parsed.rows)
  const exported = formatDirectoryCsv(await listPeople(db))
  const cells = exported.split('\n').flatMap((line) => line.split(','))
  t.notOk(
    cells.some((cell) => /^"?[=+\-@]/.test(cell) && !/^\+\d+$/.test(cell)),
    'no cell but a phone number starts with = + - or @'
  )
  t.match(exported, /'=HYPERLINK/)
  t.match(exported, /'@SUM/)
  t.match(exported, /'-2\+3/)
  t.match(exported, /,Plain Name,/)
  const back = parseDirectoryCsv(exported, 'US').rows
  t.same(
    back.map((p) => [p.name, p.location]),
    parsed.rows.map((p) => [p.name, p.location]),
    'a round trip changes nothing'
  )
})

t.test('npm run directory -- import / export round trip', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'sms-dir-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const env = { PGLITE_DIR: join(dir, 'db'), LOG_LEVEL: 'silent' }
  await writeFile(join(dir, 'people.csv'), CSV)

  const imported = await runCli('directory', ['import', join(dir, 'people.csv')], env)
  t.equal(imported.code, 1, 'not 0: some rows were skipped')
  t.match(imported.stdout, /4 added, 0 updated, 7 skipped/)
  t.match(imported.stderr, /line 5: phone "not-a-phone" is not a valid number \(skipped\)/)

  const exported = await runCli('directory', ['export', join(dir, 'out.csv')], env)
  t.equal(exported.code, 0, exported.stderr)
  const out = await readFile(join(dir, 'out.csv'), 'utf8')
  t.match(out, /^phone,name,role,manager_phone,location,language\n/)
  t.match(out, /\+13125550149,"Quoted, Name",hr,,Head office,en/)

  const reimported = await runCli('directory', ['import', join(dir, 'out.csv')], env)
  t.match(reimported.stdout, /0 added, 4 updated, 0 skipped/)
  t.equal(reimported.code, 0)

  const usage = await runCli('directory', ['delete'], env)
  t.equal(usage.code, 1)
  t.match(usage.stderr, /usage: npm run directory/)
})
