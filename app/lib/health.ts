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
  error?: string
}

export interface HealthReport<K extends string> {
  status: 'ok' | 'fail'
  checks: Record<K, CheckResult>
  uptimeSeconds: number
}

/** Checks every dependency at once, each within `timeoutMs`; one failing or hanging never hides the others. */
export async function checkHealth<K extends string>(
  dependencies: Record<K, Dependency>,
  timeoutMs: number,
  onFailure: (name: K, error: unknown) => void
): Promise<HealthReport<K>> {
  const names = Object.keys(dependencies) as K[]
  const results = await Promise.all(
    names.map(async (name): Promise<CheckResult> => {
      const started = performance.now()
      try {
        const info = await withTimeout(`${name} check`, timeoutMs, (signal) => dependencies[name].check(signal))
        return { ok: true, latencyMs: elapsed(started), ...info }
      } catch (error) {
        onFailure(name, error)
        return { ok: false, latencyMs: elapsed(started), error: shortError(error) }
      }
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
