// Knowledge gaps on the admin page: the insights' unanswered and disputed questions, grouped (with
// the same scope as GET /insights), less the groups HR already answered once or marked not for the
// assistant. Answering a group writes an FAQ and approves it with the FAQ review's own function.
import { desc, sql } from 'drizzle-orm'
import { faqs, gapResolutions } from '../../drizzle/schema.ts'
import type { Actor } from '../auth/roles.ts'
import { type Db, queryRows } from '../db/database.ts'
import { approveFaq, type FaqDeps } from '../faq/service.ts'
import { sameQuestion, type QuestionGroup } from '../insights/group-questions.ts'
import { loadInsights } from '../insights/insights.ts'
import { badRequest, forbidden } from '../lib/errors.ts'

export const GAP_DAYS = 30
const REVIEWERS: readonly string[] = ['hr', 'ops']

type InsightsConfig = Parameters<typeof loadInsights>[1]

export async function listGaps(
  db: Db,
  config: InsightsConfig,
  actor: Actor,
  now: Date
): Promise<{ groups: QuestionGroup[]; locations: string[] }> {
  const [insights, resolutions, locations] = await Promise.all([
    loadInsights(db, config, actor, { days: GAP_DAYS }, now),
    db.select().from(gapResolutions).orderBy(desc(gapResolutions.id)).limit(500),
    knownLocations(db)
  ])
  // A group stays closed while nobody asks it again after it was answered or set aside.
  const groups = insights.unanswered
    .filter((g) => !resolutions.some((r) => r.createdAt.toISOString() >= g.lastAsked && sameQuestion(g.words, r.words)))
    .sort((a, b) => b.lastAsked.localeCompare(a.lastAsked))
  return { groups, locations }
}

export interface GapAnswer {
  words: string[]
  question: string
  answer: string
  /** Where the answer holds; empty for every location. */
  locations: string[]
}

/** Answers a group once: an approved FAQ per chosen location (one for all when none is chosen). */
export async function answerGap(deps: FaqDeps, actor: Actor, input: GapAnswer): Promise<number[]> {
  mayResolve(actor)
  const question = input.question.trim()
  const answer = input.answer.trim()
  if (!question || !answer) throw badRequest('Write the question and its answer')
  if (question.length > 500 || answer.length > 1500) throw badRequest('The question or the answer is too long')
  const known = await knownLocations(deps.db)
  const chosen = input.locations.filter((l) => known.includes(l))
  const ids: number[] = []
  for (const location of chosen.length > 0 ? chosen : [null]) {
    const at = deps.now()
    const [row] = await deps.db
      .insert(faqs)
      .values({ question, answer, location, answeredById: actor.personId ?? null, createdAt: at, updatedAt: at })
      .returning({ id: faqs.id })
    await approveFaq(deps, actor, row!.id, {})
    ids.push(row!.id)
  }
  await resolve(deps.db, actor, input.words, 'answered', ids[0] ?? null)
  return ids
}

/** Marks a group not for the assistant: it leaves the list until someone asks it again. */
export async function dismissGap(db: Db, actor: Actor, words: string[]): Promise<void> {
  mayResolve(actor)
  await resolve(db, actor, words, 'dismissed', null)
}

async function resolve(db: Db, actor: Actor, words: string[], kind: 'answered' | 'dismissed', faqId: number | null) {
  const kept = words.filter((w) => w.length > 0 && w.length < 60).slice(0, 30)
  if (kept.length === 0) throw badRequest('That group of questions is not known')
  await db.insert(gapResolutions).values({ words: kept, kind, faqId, byId: actor.personId ?? null })
}

function mayResolve(actor: Actor): void {
  // Answers for the assistant are HR's and ops' to publish, as on /faq.
  if (!REVIEWERS.includes(actor.role)) throw forbidden('This needs one of the roles: ops, hr')
}

export async function knownLocations(db: Db): Promise<string[]> {
  const rows = await queryRows<{ location: string }>(
    db,
    sql`select distinct location from people where location is not null and deactivated_at is null order by 1`
  )
  return rows.map((r) => r.location)
}
