// The real pipeline on a fresh embedded database holding one handbook, for the evaluations: every
// message goes in as a signed webhook from a sender of its own, and what it led to is read back.
import { resolve } from 'node:path'
import { eq, inArray } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../app/app.ts'
import { loadConfig } from '../app/config.ts'
import { type Database, fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import { upsertPeople } from '../app/people/directory.ts'
import { signTwilioRequest } from '../app/twilio/webhook.ts'
import { chunks, escalations, interactions, messages, people } from '../drizzle/schema.ts'

const TOKEN = 'eval-auth-token-0123456789'
const BASE_URL = 'https://eval.example.test'
const EMPLOYEE_NUMBER = '+15005550006'
export const HR_PHONE = '+13125550100'
export const MANAGER_PHONE = '+13125550101'

export interface Exchange {
  reply: string
  /** The answer as written (by the model or extractively), before the SMS frame; null when none. */
  answer: string | null
  /** The text of the passages retrieved for it (heading and content), to check the answer against. */
  passages: string[]
  mode: string
  label: string | null
  sources: string[]
  /** Who the message was handed to, if anyone: the escalation's reason and assignee. */
  escalation?: { reason: string; priority: string; assigneePhone: string | null; assigneeRole: string | null }
  ms: number
}

export interface Pipeline {
  app: FastifyInstance
  database: Database
  /** Sends `text` from sender number `sender` (each case its own, so nothing reads as a follow-up). */
  ask: (sender: number, text: string) => Promise<Exchange>
  close: () => Promise<void>
}

export function senderPhone(i: number): string {
  return `+1312${String(2000000 + i).padStart(7, '0')}`
}

export async function startPipeline(
  corpus: string | string[],
  senders: number,
  env: Record<string, string> = {},
  /** Each sender's language (as the directory has it), by sender number; English otherwise. */
  { languages = [] }: { languages?: string[] } = {}
): Promise<Pipeline> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: BASE_URL,
    TWILIO_AUTH_TOKEN: TOKEN,
    JWT_SECRET: 'eval-jwt-secret-0123456789abcdef-0123456789',
    PGLITE_DIR: 'memory://',
    RATE_LIMIT_PER_HOUR: '100000',
    ...env
  })
  const database = await fromPglite(await openPglite('memory://'))
  await runMigrations(database)
  await ingestPaths(
    database.db,
    (Array.isArray(corpus) ? corpus : [corpus]).map((p) => resolve(p))
  )
  await upsertPeople(database.db, [
    { phone: HR_PHONE, name: 'Hana HR', role: 'hr', managerPhone: null, location: 'Head office', language: 'en' },
    {
      phone: MANAGER_PHONE,
      name: 'Max Manager',
      role: 'manager',
      managerPhone: null,
      location: 'Store 1',
      language: 'en'
    },
    ...Array.from({ length: senders }, (_, i) => ({
      phone: senderPhone(i),
      name: `Employee ${i}`,
      role: 'employee' as const,
      managerPhone: MANAGER_PHONE,
      location: 'Store 1',
      language: languages[i] ?? 'en'
    }))
  ])
  const app = await buildApp(config, { database })
  await app.ready()
  let sequence = 0
  return {
    app,
    database,
    async ask(sender, text) {
      const sid = `SM${String(++sequence).padStart(32, '0')}`
      const params = {
        MessageSid: sid,
        AccountSid: `AC${'0'.repeat(32)}`,
        From: senderPhone(sender),
        To: EMPLOYEE_NUMBER,
        Body: text,
        NumMedia: '0',
        NumSegments: '1'
      }
      const started = performance.now()
      const response = await app.inject({
        method: 'POST',
        url: '/message',
        payload: new URLSearchParams(params).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': signTwilioRequest(TOKEN, `${BASE_URL}/message`, params)
        }
      })
      const ms = performance.now() - started
      const [row] = await app.db
        .select({
          mode: interactions.answerMode,
          answer: interactions.answer,
          label: interactions.label,
          sources: interactions.sources,
          answerPassages: interactions.answerPassages,
          escalationId: messages.escalationId
        })
        .from(interactions)
        .innerJoin(messages, eq(messages.id, interactions.messageId))
        .where(eq(messages.twilioSid, sid))
      const [escalation] = row?.escalationId
        ? await app.db
            .select({
              reason: escalations.reason,
              priority: escalations.priority,
              assigneePhone: people.phone,
              assigneeRole: people.role
            })
            .from(escalations)
            .leftJoin(people, eq(people.id, escalations.assigneeId))
            .where(eq(escalations.id, row.escalationId))
        : []
      // What the model was given, when one was asked; else the passages search found.
      const chunkIds = row?.answerPassages.length ? row.answerPassages : (row?.sources ?? []).map((s) => s.chunkId)
      const passages = chunkIds.length
        ? await app.db
            .select({ heading: chunks.heading, content: chunks.content })
            .from(chunks)
            .where(inArray(chunks.id, chunkIds))
        : []
      return {
        reply: twimlText(response.body),
        answer: row?.answer ?? null,
        // With its heading: a reply labels a line with its section ("PTC.2 - Do's and Don'ts: ..."), no figure invented.
        passages: passages.map((p) => `${p.heading}\n${p.content}`),
        mode: row?.mode ?? 'none',
        label: row?.label ?? null,
        sources: [...new Set((row?.sources ?? []).map((s) => s.source))],
        escalation,
        ms
      }
    },
    close: () => app.close()
  }
}

function twimlText(body: string): string {
  const match = /<Message>([\s\S]*?)<\/Message>/.exec(body)
  if (!match) return ''
  return match[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#xD;/g, '\r')
    .replace(/&amp;/g, '&')
}
