// CloudWatch metrics in Embedded Metric Format: each event is one JSON line on stdout, which
// CloudWatch Logs turns into metrics, so no API call ever happens on the request path. METRICS=stdout
// prints the same lines locally; METRICS=off (the default outside AWS) records nothing.
import type { Config } from './config.ts'
import type { Logger } from './lib/logger.ts'

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

type Emf = typeof import('aws-embedded-metrics')

export function createMetrics(config: Pick<Config, 'METRICS'>, log: Logger): Metrics {
  if (config.METRICS === 'off') return noMetrics
  let library: Promise<Emf> | undefined
  const load = () => {
    // The library starts detecting its environment (probing EC2 metadata over the network) as soon as
    // it is loaded, so the environment is named before the import.
    process.env.AWS_EMF_ENVIRONMENT ??= config.METRICS === 'emf' ? 'Lambda' : 'Local'
    process.env.AWS_EMF_NAMESPACE ??= METRICS_NAMESPACE
    process.env.AWS_EMF_SERVICE_NAME ??= 'frontline-sms-assistant'
    // A CommonJS package: bundlers and Node's ESM loader expose its exports at different depths.
    library ??= import('aws-embedded-metrics').then((mod) =>
      'createMetricsLogger' in mod ? mod : (mod as unknown as { default: Emf }).default
    )
    return library
  }
  // Metrics must never fail a request.
  const emit = async (write: (metrics: InstanceType<Emf['MetricsLogger']>, emf: Emf) => void) => {
    try {
      const emf = await load()
      const metrics = emf.createMetricsLogger()
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
