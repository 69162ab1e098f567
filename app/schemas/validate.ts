import { type Static, Type } from '@sinclair/typebox'

export const DEPENDENCIES = ['db', 'llm', 'retriever', 'classifier', 'sms'] as const

export const CheckResultSchema = Type.Object({
  ok: Type.Boolean(),
  latencyMs: Type.Number(),
  mode: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
  error: Type.Optional(Type.String())
})

export const ValidateResponseSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('fail')]),
  checks: Type.Object(
    Object.fromEntries(DEPENDENCIES.map((d) => [d, CheckResultSchema])) as Record<
      (typeof DEPENDENCIES)[number],
      typeof CheckResultSchema
    >
  ),
  uptimeSeconds: Type.Number()
})

export type CheckResult = Static<typeof CheckResultSchema>
export type ValidateResponse = Static<typeof ValidateResponseSchema>
