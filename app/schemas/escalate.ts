import { type Static, Type } from '@sinclair/typebox'

const Priority = Type.Union([Type.Literal('urgent'), Type.Literal('high'), Type.Literal('normal')])
export const EscalationStatusSchema = Type.Union([
  Type.Literal('open'),
  Type.Literal('acknowledged'),
  Type.Literal('answered'),
  Type.Literal('closed')
])
/** Every reason the router gives (each label, `report`) and the ones ops may set. */
export const EscalationReasonSchema = Type.Union([
  Type.Literal('safety'),
  Type.Literal('hr_sensitive'),
  Type.Literal('attendance'),
  Type.Literal('payroll'),
  Type.Literal('operations'),
  Type.Literal('human_request'),
  Type.Literal('no_answer'),
  Type.Literal('disputed_answer'),
  Type.Literal('policy_question'),
  Type.Literal('manual'),
  Type.Literal('hr_request'),
  Type.Literal('report')
])

export const CreateEscalationSchema = Type.Object(
  {
    employeeId: Type.Optional(Type.Integer({ minimum: 1 })),
    phone: Type.Optional(Type.String({ minLength: 3, maxLength: 32 })),
    reason: EscalationReasonSchema,
    text: Type.String({ minLength: 1, maxLength: 1600 }),
    priority: Type.Optional(Priority)
  },
  { additionalProperties: false }
)

export const ListEscalationsQuerySchema = Type.Object(
  {
    status: Type.Optional(EscalationStatusSchema),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 })
  },
  { additionalProperties: false }
)

export const EscalationParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export const ResolveEscalationSchema = Type.Object(
  {
    answer: Type.Optional(Type.String({ minLength: 1, maxLength: 1600 }))
  },
  { additionalProperties: false }
)

const Timestamp = Type.Union([Type.String(), Type.Null()])

export const EscalationSchema = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  status: EscalationStatusSchema,
  priority: Priority,
  reason: Type.String(),
  originalText: Type.String(),
  answer: Type.Union([Type.String(), Type.Null()]),
  employee: Type.Object({
    id: Type.Integer(),
    name: Type.String(),
    phone: Type.String(),
    location: Type.Union([Type.String(), Type.Null()])
  }),
  assignee: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String(), role: Type.String() }), Type.Null()]),
  ladderLevel: Type.Integer(),
  reminderCount: Type.Integer(),
  secondsToAnswer: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String(),
  notifiedAt: Timestamp,
  acknowledgedAt: Timestamp,
  answeredAt: Timestamp,
  closedAt: Timestamp
})

export const MessageSchema = Type.Object({
  id: Type.Integer(),
  direction: Type.String(),
  channel: Type.String(),
  from: Type.String(),
  to: Type.String(),
  body: Type.String(),
  status: Type.String(),
  errorCode: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: Type.String()
})

export const EscalationWithMessagesSchema = Type.Intersect([
  EscalationSchema,
  Type.Object({ messages: Type.Array(MessageSchema) })
])

export const SweepSummarySchema = Type.Object({
  notified: Type.Integer(),
  reminded: Type.Integer(),
  moved: Type.Integer(),
  exhausted: Type.Integer(),
  autoClosed: Type.Integer(),
  overdueUrgent: Type.Integer(),
  settled: Type.Integer({ description: 'Texts whose send was unknown, found sent or sent now' }),
  deferred: Type.Integer({ description: 'Escalations and texts left for the next sweep by the deadline' })
})

export type CreateEscalation = Static<typeof CreateEscalationSchema>
export type EscalationView = Static<typeof EscalationSchema>
