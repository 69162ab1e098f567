import { type Static, Type } from '@sinclair/typebox'

export const FaqStatusSchema = Type.Union([
  Type.Literal('suggested'),
  Type.Literal('approved'),
  Type.Literal('rejected')
])

export const ListFaqsQuerySchema = Type.Object(
  {
    status: Type.Optional(FaqStatusSchema),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 })
  },
  { additionalProperties: false }
)

export const FaqParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1 }) })

export const ApproveFaqSchema = Type.Object(
  {
    question: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    answer: Type.Optional(Type.String({ minLength: 1, maxLength: 1600 })),
    allLocations: Type.Optional(Type.Boolean({ description: 'Answer every location, not only the asker’s' }))
  },
  { additionalProperties: false }
)

export const FaqSchema = Type.Object({
  id: Type.Integer(),
  status: FaqStatusSchema,
  question: Type.String(),
  answer: Type.String(),
  location: Type.Union([Type.String(), Type.Null()], { description: 'Null: every location' }),
  escalationId: Type.Union([Type.Integer(), Type.Null()]),
  answeredBy: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  /** The knowledge-base source it answers from, once approved. */
  source: Type.Union([Type.String(), Type.Null()])
})

export type FaqView = Static<typeof FaqSchema>
