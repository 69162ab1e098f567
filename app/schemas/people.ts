import { Type } from '@sinclair/typebox'

export const PersonSchema = Type.Object({
  id: Type.Integer(),
  phone: Type.String({ description: 'E.164' }),
  name: Type.String(),
  role: Type.Union([Type.Literal('employee'), Type.Literal('manager'), Type.Literal('hr'), Type.Literal('ops')]),
  managerPhone: Type.Union([Type.String(), Type.Null()]),
  location: Type.Union([Type.String(), Type.Null()]),
  language: Type.String(),
  optedOut: Type.Boolean({ description: 'Texted STOP: nothing is sent to them' }),
  deactivatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'Offboarded: kept with their history, but no text is taken from or sent to them'
  })
})

export const ListPeopleQuerySchema = Type.Object(
  { status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('deactivated')])) },
  { additionalProperties: false }
)

export const PersonParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export const ImportReportSchema = Type.Object({
  added: Type.Integer(),
  updated: Type.Integer(),
  refused: Type.Array(
    Type.Object({
      line: Type.Integer({ description: 'Line in the file; 1 is the header' }),
      reason: Type.String()
    }),
    { description: 'Rows left out; the others were imported' }
  )
})

/** The CSV the import takes: `phone,name,role,manager_phone,location,language`. */
export const DirectoryCsvSchema = Type.String({
  description:
    'CSV with the header phone,name,role,manager_phone,location,language (role: employee, manager, hr or ops)'
})
