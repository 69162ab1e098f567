// CloudWatch metrics in Embedded Metric Format through Powertools for AWS Lambda (Metrics): each event
// is one JSON line on stdout, which CloudWatch Logs turns into metrics, so no API call ever happens on
// the request path. METRICS=emf (AWS) and METRICS=stdout (locally) write the same lines; METRICS=off
// (the default outside AWS) records nothing.
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

type Unit = 'Count' | 'Milliseconds'
/** One EMF record: its dimension sets (each a metric's own grouping; `{}` for none) and its values. */
interface MetricRecord {
  dimensionSets: Array<Record<string, string>>
  values: Array<[name: string, unit: Unit, value: number]>
}

export function createMetrics(config: Pick<Config, 'METRICS'>, log: Logger): Metrics {
  if (config.METRICS === 'off') return noMetrics
  let powertools: Promise<import('@aws-lambda-powertools/metrics').Metrics> | undefined
  // Loaded on first use: the first invocation's cold-start metric, never the import of the bundle.
  const load = async () => {
    const { Metrics } = await import('@aws-lambda-powertools/metrics')
    const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'frontline-sms-assistant', logger: log })
    // No `service` dimension: the dashboard and alarms address the metrics by their own dimensions.
    metrics.clearDefaultDimensions()
    return metrics
  }
  // Metrics must never fail a request. Each record is added and flushed in one synchronous step, so
  // records of concurrent requests (the local server) never mix.
  const emit = async (...records: MetricRecord[]) => {
    try {
      powertools ??= load()
      const metrics = await powertools
      for (const { dimensionSets, values } of records) {
        for (const set of dimensionSets) metrics.addDimensions(set)
        for (const [name, unit, value] of values) metrics.addMetric(name, unit, value)
        metrics.publishStoredMetrics()
      }
    } catch (error) {
      powertools = undefined
      log.warn({ err: error }, 'could not emit metrics')
    }
  }

  return {
    message: (event) =>
      emit(
        {
          dimensionSets: [
            { Channel: event.channel },
            { Label: event.label ?? 'none' },
            { AnswerMode: event.answerMode }
          ],
          values: [
            ['Messages', 'Count', 1],
            ['HandlerLatency', 'Milliseconds', event.totalMs],
            ['Fallbacks', 'Count', event.fallbacks.length]
          ]
        },
        ...event.fallbacks.map(
          (fallback): MetricRecord => ({
            dimensionSets: [{ Fallback: fallback.split(':').slice(0, 2).join(':') }],
            values: [['FallbackTaken', 'Count', 1]]
          })
        ),
        ...(event.model
          ? [
              {
                dimensionSets: [{ Model: event.model }],
                values: [
                  ...(event.answerMs !== undefined ? [['LlmLatency', 'Milliseconds', event.answerMs] as const] : []),
                  ['LlmPromptTokens', 'Count', event.promptTokens ?? 0],
                  ['LlmCompletionTokens', 'Count', event.completionTokens ?? 0]
                ]
              } as MetricRecord
            ]
          : [])
      ),
    escalation: (event) =>
      emit({
        dimensionSets: [{ Priority: event.priority }, { Reason: event.reason }],
        values: [['Escalations', 'Count', 1]]
      }),
    sweep: (event) =>
      emit({
        dimensionSets: [{}],
        values: [
          ['UnacknowledgedUrgentEscalations', 'Count', event.overdueUrgent],
          ['EscalationReminders', 'Count', event.reminded],
          ['EscalationsMoved', 'Count', event.moved],
          ['EscalationAlertsRetried', 'Count', event.notified]
        ]
      }),
    coldStart: () => emit({ dimensionSets: [{}], values: [['ColdStart', 'Count', 1]] })
  }
}
