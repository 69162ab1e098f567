import { type Static, Type } from '@sinclair/typebox'

// Twilio adds parameters without notice, so unknown ones are allowed (and all of them are signed).
export const TwilioSmsWebhookSchema = Type.Object(
  {
    MessageSid: Type.String({ pattern: '^[A-Z]{2}[0-9a-fA-F]{32}$' }),
    AccountSid: Type.Optional(Type.String({ maxLength: 64 })),
    From: Type.String({ minLength: 1, maxLength: 64 }),
    To: Type.String({ minLength: 1, maxLength: 64 }),
    Body: Type.String({ maxLength: 10_000, default: '' }),
    NumMedia: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
    NumSegments: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
    OptOutType: Type.Optional(Type.String({ maxLength: 16 }))
  },
  { additionalProperties: true }
)

export type TwilioSmsWebhook = Static<typeof TwilioSmsWebhookSchema>

// Status callbacks for messages we sent (the StatusCallback URL given on create).
export const TwilioStatusCallbackSchema = Type.Object(
  {
    MessageSid: Type.String({ pattern: '^[A-Z]{2}[0-9a-fA-F]{32}$' }),
    MessageStatus: Type.String({ maxLength: 32 }),
    ErrorCode: Type.Optional(Type.String({ pattern: '^[0-9]{0,6}$' })),
    To: Type.Optional(Type.String({ maxLength: 64 })),
    From: Type.Optional(Type.String({ maxLength: 64 }))
  },
  { additionalProperties: true }
)

export type TwilioStatusCallback = Static<typeof TwilioStatusCallbackSchema>
