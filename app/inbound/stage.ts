// A provider call inside the webhook: bounded by its own cap and by the webhook's deadline, timed,
// and on failure replaced by a local fallback, with the fallback recorded on the interaction.
import type { Logger } from '../lib/logger.ts'
import { withTimeout } from '../lib/timeout.ts'
import type { Run } from './process-inbound.ts'

export interface Stage {
  /** The provider, as fallbacks name it: `classifier`, `retriever`, `llm`. */
  name: string
  /** Where its latency is recorded: `classifyMs`, `retrieveMs`, `answerMs`. */
  latencyKey: string
  /** Longest it may take on its own. */
  capMs: number
  /** Room left for the rest of the pipeline after it, before the deadline. */
  marginMs?: number
}

export async function runStage<T>(
  run: Run,
  log: Logger,
  stage: Stage,
  task: (signal: AbortSignal) => Promise<T>,
  fallback: (error: unknown) => T | Promise<T>
): Promise<T> {
  const started = performance.now()
  try {
    const timeoutMs = Math.max(100, Math.min(stage.capMs, run.deadline - performance.now() - (stage.marginMs ?? 800)))
    return await withTimeout(stage.name, timeoutMs, task)
  } catch (error) {
    run.fallbacks.push(`${stage.name}:${failureReason(error)}`)
    log.warn({ err: error, stage: stage.name }, 'provider failed; using the local fallback')
    return fallback(error)
  } finally {
    run.latency[stage.latencyKey] = Math.round(performance.now() - started)
  }
}

/** A short reason for the fallbacks list: `timeout`, `http_429`, `invalid_reply:not JSON`, an error code. */
export function failureReason(error: unknown): string {
  const e = error as { name?: string; status?: number; code?: string; reason?: string }
  if (e?.name === 'TimeoutError') return 'timeout'
  if (e?.name === 'ModelReplyError') return `invalid_reply:${e.reason}`
  if (typeof e?.status === 'number') return `http_${e.status}`
  return e?.code ?? e?.name ?? 'error'
}
