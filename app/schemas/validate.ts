import { type Static, Type } from '@sinclair/typebox'

export const DEPENDENCIES = ['db', 'llm', 'retriever', 'classifier', 'sms'] as const

export const CheckResultSchema = Type.Object({
  ok: Type.Boolean(),
  latencyMs: Type.Number(),
  checkedAt: Type.String({
    format: 'date-time',
    description: 'When the dependency was asked (a provider answer may be reused: VALIDATE_CACHE_S)'
  }),
  mode: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
  error: Type.Optional(Type.String())
})

/** Without a token only `status` (the database answers); with an ops token every check. */
export const ValidateResponseSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('fail')]),
  checks: Type.Optional(
    Type.Object(
      Object.fromEntries(DEPENDENCIES.map((d) => [d, CheckResultSchema])) as Record<
        (typeof DEPENDENCIES)[number],
        typeof CheckResultSchema
      >
    )
  ),
  uptimeSeconds: Type.Optional(Type.Number())
})

export type CheckResult = Static<typeof CheckResultSchema>
export type ValidateResponse = Static<typeof ValidateResponseSchema>
