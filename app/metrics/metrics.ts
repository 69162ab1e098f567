// CloudWatch metrics in Embedded Metric Format: each event is one JSON line on stdout, which
// CloudWatch Logs turns into metrics, so no API call ever happens on the request path. METRICS=stdout
// prints the same lines locally; METRICS=off (the default outside AWS) records nothing.
import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'

export interface MessageMetrics {
  channel: string
  label?: string
  answerMode: string
  totalMs: number
  fallbacks: string[]
  model?: string
  answerMs?: number
  promptTokens?: number
  completionTokens?: number
}

export interface Metrics {
  message: (event: MessageMetrics) => Promise<void>
  escalation: (event: { priority: string; reason: string }) => Promise<void>
  sweep: (event: { reminded: number; moved: number; overdueUrgent: number; notified: number }) => Promise<void>
  coldStart: () => Promise<void>
}

export const METRICS_NAMESPACE = 'FrontlineSmsAssistant'

const noop = async () => {}
export const noMetrics: Metrics = { message: noop, escalation: noop, sweep: noop, coldStart: noop }

interface EmfParts {
  MetricsLogger: typeof import('aws-embedded-metrics').MetricsLogger
  Unit: typeof import('aws-embedded-metrics').Unit
  environment: object
}

// CommonJS modules: bundlers and Node's ESM loader expose their exports at different depths.
function exportsOf<T>(module: unknown): T {
  const m = module as Record<string, unknown>
  return ('default' in m && m.default && typeof m.default === 'object' ? m.default : m) as T
}

/**
 * The library's parts, loaded on first use. Its index module starts probing for an environment (EC2
 * metadata over the network) as soon as it loads, so the logger, the unit names and the environment
 * are taken from their own modules and the environment is chosen by the METRICS setting.
 */
async function loadEmf(mode: 'emf' | 'stdout'): Promise<EmfParts> {
  const [logger, unit, environment] = await Promise.all([
    import('aws-embedded-metrics/lib/logger/MetricsLogger.js'),
    import('aws-embedded-metrics/lib/logger/Unit.js'),
    mode === 'emf'
      ? import('aws-embedded-metrics/lib/environment/LambdaEnvironment.js').then(
          (m) => new (exportsOf<{ LambdaEnvironment: new () => object }>(m).LambdaEnvironment)()
        )
      : import('aws-embedded-metrics/lib/environment/LocalEnvironment.js').then(
          (m) => new (exportsOf<{ LocalEnvironment: new () => object }>(m).LocalEnvironment)()
        )
  ])
  return {
    MetricsLogger: exportsOf<Pick<EmfParts, 'MetricsLogger'>>(logger).MetricsLogger,
    Unit: exportsOf<Pick<EmfParts, 'Unit'>>(unit).Unit,
    environment
  }
}

export function createMetrics(config: Pick<Config, 'METRICS'>, log: Logger): Metrics {
  if (config.METRICS === 'off') return noMetrics
  let parts: Promise<EmfParts> | undefined
  // Metrics must never fail a request.
  const emit = async (write: (metrics: InstanceType<EmfParts['MetricsLogger']>, emf: EmfParts) => void) => {
    try {
      parts ??= loadEmf(config.METRICS as 'emf' | 'stdout')
      const emf = await parts
      const metrics = new emf.MetricsLogger(async () => emf.environment as never)
      metrics.setNamespace(METRICS_NAMESPACE)
      write(metrics, emf)
      await metrics.flush()
    } catch (error) {
      log.warn({ err: error }, 'could not emit metrics')
    }
  }

  return {
    message: async (event) => {
      await emit((m, { Unit }) => {
        m.setDimensions(
          [{ Channel: event.channel }, { Label: event.label ?? 'none' }, { AnswerMode: event.answerMode }],
          false
        )
        m.putMetric('Messages', 1, Unit.Count)
        m.putMetric('HandlerLatency', event.totalMs, Unit.Milliseconds)
        m.putMetric('Fallbacks', event.fallbacks.length, Unit.Count)
      })
      for (const fallback of event.fallbacks) {
        await emit((m, { Unit }) => {
          m.setDimensions([{ Fallback: fallback.split(':').slice(0, 2).join(':') }], false)
          m.putMetric('FallbackTaken', 1, Unit.Count)
        })
      }
      if (event.model) {
        await emit((m, { Unit }) => {
          m.setDimensions([{ Model: event.model! }], false)
          if (event.answerMs !== undefined) m.putMetric('LlmLatency', event.answerMs, Unit.Milliseconds)
          m.putMetric('LlmPromptTokens', event.promptTokens ?? 0, Unit.Count)
          m.putMetric('LlmCompletionTokens', event.completionTokens ?? 0, Unit.Count)
        })
      }
    },
    escalation: (event) =>
      emit((m, { Unit }) => {
        m.setDimensions([{ Priority: event.priority }, { Reason: event.reason }], false)
        m.putMetric('Escalations', 1, Unit.Count)
      }),
    sweep: (event) =>
      emit((m, { Unit }) => {
        m.setDimensions([{}], false)
        m.putMetric('UnacknowledgedUrgentEscalations', event.overdueUrgent, Unit.Count)
        m.putMetric('EscalationReminders', event.reminded, Unit.Count)
        m.putMetric('EscalationsMoved', event.moved, Unit.Count)
        m.putMetric('EscalationAlertsRetried', event.notified, Unit.Count)
      }),
    coldStart: () =>
      emit((m, { Unit }) => {
        m.setDimensions([{}], false)
        m.putMetric('ColdStart', 1, Unit.Count)
      })
  }
}
