// What employees asked and what became of it, over a window of days, for HR and ops (everyone) or a
// manager (the people below them): the questions the handbook did not answer or answered wrongly,
// grouped; the pages most asked about; the outcomes; how fast escalations were handled; the FAQs.
// Nobody sees a question about themselves (naming them, their own report's "my manager" or "my boss's boss", "the hr
// lady" for HR; an HR token that names nobody, none about any HR person), and
// managers see no HR-sensitive question: with a team of two, the words alone say who asked.
import { type SQL, sql } from 'drizzle-orm'
import type { Actor } from '../auth/roles.ts'
import type { Config } from '../config.ts'
import { type Db, queryRows } from '../db/database.ts'
import { countFaqs } from '../faq/repository.ts'
import { findPersonById, listByRole, listPeople } from '../people/directory.ts'
import {
  aboutManagersManager,
  aboutOwnManager,
  aboutTopOfChain,
  bossOfNamed,
  mentions,
  speaksOfSomeonesBoss
} from '../people/named.ts'
import { hrPersonByRole } from '../people/hr-named.ts'
import { groupQuestions, type QuestionGroup } from './group-questions.ts'

export interface InsightsQuery {
  days: number
  location?: string
}

export interface EscalationFigures {
  priority: string
  count: number
  open: number
  /** Still unacknowledged past the time its priority allows. */
  overdue: number
  acknowledgeSeconds: { median: number | null; p90: number | null }
  answerSeconds: { median: number | null; p90: number | null }
}

export interface Insights {
  window: { days: number; from: string; to: string; location: string | null }
  unanswered: QuestionGroup[]
  topics: Array<{ source: string; title: string; count: number }>
  outcomes: Array<{ mode: string; count: number }>
  escalations: EscalationFigures[]
  faqs: { suggested: number; approved: number; rejected: number; answersFromFaq: number }
}

const DAY_MS = 24 * 60 * 60 * 1000
// The asker's manager's manager, for a question about "my boss's boss".
const ABOVE = sql.raw('(select m.manager_phone from people m where m.phone = p.manager_phone limit 1)')

interface Asked {
  text: string
  at: string | Date
  manager_phone: string | null
  above_phone: string | null
}
const DECLINED = sql`('no_answer', 'no_answer_escalated', 'lookup_failed')`
const ANSWERED = sql`('extractive', 'llm')`

export async function loadInsights(
  db: Db,
  config: Pick<
    Config,
    'ESCALATION_ACK_MINUTES_URGENT' | 'ESCALATION_ACK_MINUTES_HIGH' | 'ESCALATION_ACK_MINUTES_NORMAL'
  >,
  actor: Actor,
  { days, location }: InsightsQuery,
  now: Date
): Promise<Insights> {
  const from = new Date(now.getTime() - days * DAY_MS)
  // Timestamps go as ISO text: postgres.js writes no Date without fetch_types.
  const since = from.toISOString()
  const people = scope(actor, location)
  const manager = actor.role === 'manager'
  const hrKept = manager ? sql`and i.label is distinct from 'hr_sensitive'` : sql``
  // Nor any HR matter, or matter kept from them, in the counts: one "high" more says who complained as plainly.
  const escalationsKept = manager
    ? sql`and e.reason not in ('hr_sensitive', 'hr_request') and not (coalesce(e.excluded_person_ids, '{}') @> array[${actor.personId ?? 0}]::int[])`
    : sql``
  const [asked, topics, outcomes, escalations, fromFaq, faqs, me] = await Promise.all([
    queryRows<Asked>(
      db,
      sql`${people}
      select i.question as text, i.created_at as at, p.manager_phone, ${ABOVE} as above_phone
      from interactions i join scoped p on p.id = i.person_id
      where i.created_at >= ${since}::timestamptz and i.answer_mode in ${DECLINED} ${hrKept}
      union all
      select i.question, f.created_at, p.manager_phone, ${ABOVE} from feedback f join interactions i on i.id = f.interaction_id
      join scoped p on p.id = i.person_id
      where f.kind = 'disputed' and f.created_at >= ${since}::timestamptz ${hrKept}
      order by at desc limit 5000`
    ),
    queryRows<{ source: string; title: string; count: number }>(
      db,
      sql`${people}
      select i.sources->0->>'source' as source, min(i.sources->0->>'title') as title, count(*)::int as count
      from interactions i join scoped p on p.id = i.person_id
      where i.created_at >= ${since}::timestamptz and i.answer_mode in ${ANSWERED} and jsonb_array_length(i.sources) > 0
      group by 1 order by count desc, source limit 10`
    ),
    queryRows<{ mode: string; count: number }>(
      db,
      sql`${people}
      select i.answer_mode as mode, count(*)::int as count from interactions i join scoped p on p.id = i.person_id
      where i.created_at >= ${since}::timestamptz ${hrKept} group by 1 order by count desc, mode`
    ),
    queryRows<Record<string, string | number | null>>(
      db,
      sql`${people}
      select e.priority, count(*)::int as count,
             count(*) filter (where e.status in ('open', 'acknowledged'))::int as open,
             count(*) filter (where e.status = 'open' and e.acknowledged_at is null and e.created_at < ${now.toISOString()}::timestamptz
               - make_interval(mins => case e.priority when 'urgent' then ${config.ESCALATION_ACK_MINUTES_URGENT}::int
                 when 'high' then ${config.ESCALATION_ACK_MINUTES_HIGH}::int else ${config.ESCALATION_ACK_MINUTES_NORMAL}::int end))::int as overdue,
             percentile_cont(0.5) within group (order by extract(epoch from e.acknowledged_at - e.created_at)) as ack_median,
             percentile_cont(0.9) within group (order by extract(epoch from e.acknowledged_at - e.created_at)) as ack_p90,
             percentile_cont(0.5) within group (order by e.seconds_to_answer) as answer_median,
             percentile_cont(0.9) within group (order by e.seconds_to_answer) as answer_p90
      from escalations e join scoped p on p.id = e.employee_id
      where e.created_at >= ${since}::timestamptz ${escalationsKept}
      group by e.priority order by case e.priority when 'urgent' then 0 when 'high' then 1 else 2 end`
    ),
    queryRows<{ count: number }>(
      db,
      sql`${people}
      select count(*)::int as count from interactions i join scoped p on p.id = i.person_id
      where i.created_at >= ${since}::timestamptz and i.sources->0->>'source' like 'faq:%' and i.answer_mode in ${ANSWERED}`
    ),
    countFaqs(db),
    actor.personId ? findPersonById(db, actor.personId) : undefined
  ])
  // An HR token that names nobody may be any HR person.
  const hrNames = actor.role === 'hr' && !me ? (await listByRole(db, 'hr')).map((p) => p.name) : []
  // Those a manager manages: a question about "marcus's boss" is about Marcus's manager.
  // The directory is read only when a question speaks of someone's boss.
  const reports =
    me?.role === 'manager' && asked.some((q) => speaksOfSomeonesBoss(q.text))
      ? (await listPeople(db)).filter((p) => p.managerPhone === me.phone)
      : []
  const aboutMe = (q: Asked) =>
    (me !== undefined &&
      (mentions(q.text, me.name) ||
        bossOfNamed(q.text, reports).length > 0 ||
        (q.manager_phone === me.phone && aboutOwnManager(q.text)) ||
        (q.above_phone === me.phone && aboutManagersManager(q.text)) ||
        (me.role === 'manager' && aboutTopOfChain(q.text)))) ||
    (actor.role === 'hr' && (hrPersonByRole(q.text) || hrNames.some((name) => mentions(q.text, name))))
  const seconds = (v: string | number | null | undefined) =>
    v === null || v === undefined ? null : Math.round(Number(v))
  return {
    window: { days, from: from.toISOString(), to: now.toISOString(), location: location ?? null },
    unanswered: groupQuestions(asked.filter((q) => !aboutMe(q)).map((q) => ({ text: q.text, at: new Date(q.at) }))),
    topics: topics.map((t) => ({ source: t.source, title: t.title, count: Number(t.count) })),
    outcomes: outcomes.map((o) => ({ mode: o.mode, count: Number(o.count) })),
    escalations: escalations.map((e) => ({
      priority: String(e.priority),
      count: Number(e.count),
      open: Number(e.open),
      overdue: Number(e.overdue),
      acknowledgeSeconds: { median: seconds(e.ack_median), p90: seconds(e.ack_p90) },
      answerSeconds: { median: seconds(e.answer_median), p90: seconds(e.answer_p90) }
    })),
    faqs: { ...faqs, answersFromFaq: Number(fromFaq[0]?.count ?? 0) }
  }
}

/**
 * The people whose messages the actor may see, as a `scoped` CTE: everyone for HR and ops; for a
 * manager, the people below them on the directory's ladder (never themselves, nor their peers).
 */
function scope(actor: Actor, location: string | undefined): SQL {
  const at = location ? sql`and location = ${location}` : sql``
  if (actor.role !== 'manager') return sql`with scoped as (select id, manager_phone from people where true ${at})`
  return sql`with recursive team as (
      select id, phone from people where manager_phone = (select phone from people where id = ${actor.personId ?? 0}::int)
      union
      select p.id, p.phone from people p join team t on p.manager_phone = t.phone
    ),
    scoped as (select id, manager_phone from people where id in (select id from team) ${at})`
}
