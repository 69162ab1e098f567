import { Type } from '@sinclair/typebox'

export const InsightsQuerySchema = Type.Object(
  {
    days: Type.Integer({ minimum: 1, maximum: 365, default: 7 }),
    location: Type.Optional(Type.String({ minLength: 1, maxLength: 100 }))
  },
  { additionalProperties: false }
)

const Seconds = Type.Object({
  median: Type.Union([Type.Integer(), Type.Null()]),
  p90: Type.Union([Type.Integer(), Type.Null()])
})

export const InsightsSchema = Type.Object({
  window: Type.Object({
    days: Type.Integer(),
    from: Type.String(),
    to: Type.String(),
    location: Type.Union([Type.String(), Type.Null()])
  }),
  unanswered: Type.Array(
    Type.Object(
      {
        count: Type.Integer(),
        examples: Type.Array(Type.String(), { description: 'Phone numbers, digits and e-mail addresses masked' }),
        lastAsked: Type.String()
      },
      { description: 'Questions declined or disputed (WRONG), grouped when they ask the same thing' }
    )
  ),
  topics: Type.Array(Type.Object({ source: Type.String(), title: Type.String(), count: Type.Integer() })),
  outcomes: Type.Array(Type.Object({ mode: Type.String(), count: Type.Integer() })),
  escalations: Type.Array(
    Type.Object({
      priority: Type.String(),
      count: Type.Integer(),
      open: Type.Integer(),
      overdue: Type.Integer(),
      acknowledgeSeconds: Seconds,
      answerSeconds: Seconds
    })
  ),
  faqs: Type.Object({
    suggested: Type.Integer(),
    approved: Type.Integer(),
    rejected: Type.Integer(),
    answersFromFaq: Type.Integer()
  })
})
