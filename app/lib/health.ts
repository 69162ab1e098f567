import { TimeoutError, withTimeout } from './timeout.ts'

/** What a dependency's `check` reports when it answers: which mode it runs in, and any detail. */
export interface CheckInfo {
  mode: string
  detail?: string
}

/** Every client decorated on the app can be health-checked by /validate and closed on shutdown. */
export interface Dependency {
  readonly name: string
  check: (signal: AbortSignal) => Promise<CheckInfo>
  close?: () => Promise<void>
}

export interface CheckResult extends Partial<CheckInfo> {
  ok: boolean
  latencyMs: number
  /** When the dependency was asked (a cached answer keeps its time). */
  checkedAt: string
  error?: string
}

export interface HealthReport<K extends string> {
  status: 'ok' | 'fail'
  checks: Record<K, CheckResult>
  uptimeSeconds: number
}

// A provider's check is a call to a billed service (a SageMaker inference, OpenAI, Pinecone, Twilio
// REST): its answer is reused for `ttlMs` (a failure for at most 15 s, so a fix shows soon), and
// callers at the same moment share one call.
const FAILED_TTL_MS = 15_000

/** Answers kept per dependency name; give one to checkHealth for the dependencies to cache. */
export interface CheckCache {
  ttlMs: number
  kept: Map<string, { until: number; result: Promise<CheckResult> }>
}

/** Checks every dependency at once, each within `timeoutMs`; one failing or hanging never hides the others. */
export async function checkHealth<K extends string>(
  dependencies: Record<K, Dependency>,
  timeoutMs: number,
  onFailure: (name: K, error: unknown) => void,
  { cache, cached = [] }: { cache?: CheckCache; cached?: readonly string[] } = {}
): Promise<HealthReport<K>> {
  const names = Object.keys(dependencies) as K[]
  const check = async (name: K): Promise<CheckResult> => {
    const started = performance.now()
    const checkedAt = new Date().toISOString()
    try {
      const info = await withTimeout(`${name} check`, timeoutMs, (signal) => dependencies[name].check(signal))
      return { ok: true, latencyMs: elapsed(started), checkedAt, ...info }
    } catch (error) {
      onFailure(name, error)
      return { ok: false, latencyMs: elapsed(started), checkedAt, error: shortError(error) }
    }
  }
  const results = await Promise.all(
    names.map((name) => {
      if (!cache || cache.ttlMs === 0 || !cached.includes(name)) return check(name)
      const kept = cache.kept.get(name)
      if (kept && kept.until > Date.now()) return kept.result
      const result = check(name)
      cache.kept.set(name, { until: Number.POSITIVE_INFINITY, result })
      void result.then((r) => {
        const ttl = r.ok ? cache.ttlMs : Math.min(cache.ttlMs, FAILED_TTL_MS)
        cache.kept.set(name, { until: Date.now() + ttl, result })
      })
      return result
    })
  )
  return {
    status: results.every((r) => r.ok) ? 'ok' : 'fail',
    checks: Object.fromEntries(names.map((name, i) => [name, results[i]!])) as Record<K, CheckResult>,
    uptimeSeconds: Math.round(process.uptime())
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}

// Enough for ops to act on, without stack traces or connection strings.
function shortError(error: unknown): string {
  if (error instanceof TimeoutError) return error.message
  const err = error as { code?: unknown; message?: unknown }
  const message =
    typeof err.message === 'string'
      ? err.message
          .split('\n')[0]!
          .replace(/\w+:\/\/\S+/g, '<url>')
          .slice(0, 160)
      : 'failed'
  return typeof err.code === 'string' && !message.includes(err.code) ? `${err.code}: ${message}` : message
}

/** The anonymous answer of /validate: whether `ping` (the database) answers within the timeout; nothing more is said. */
export async function isAlive(ping: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  try {
    await withTimeout('liveness', timeoutMs, () => ping())
    return true
  } catch {
    return false
  }
}
