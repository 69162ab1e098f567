// The metrics the dashboard and alarms read, as Powertools for AWS Lambda writes them: EMF lines on
// stdout, in the FrontlineSmsAssistant namespace, each metric under the dimensions the dashboard uses.
import t from 'tap'
import { loggerOptions } from '../app/lib/logger.ts'
import { createMetrics, METRICS_NAMESPACE, noMetrics } from '../app/metrics/metrics.ts'
import pino from 'pino'

interface EmfRecord {
  _aws: {
    Timestamp: number
    CloudWatchMetrics: Array<{
      Namespace: string
      Dimensions: string[][]
      Metrics: Array<{ Name: string; Unit: string }>
    }>
  }
  [key: string]: unknown
}

/** Runs `emit` and returns the EMF records it wrote to stdout. */
async function captured(emit: () => Promise<void>): Promise<EmfRecord[]> {
  const lines: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(String(chunk))
    return true
  }) as typeof process.stdout.write
  try {
    await emit()
  } finally {
    process.stdout.write = write
  }
  return lines
    .join('')
    .split('\n')
    .filter((l) => l.includes('"_aws"'))
    .map((l) => JSON.parse(l) as EmfRecord)
}

const log = pino(loggerOptions('silent', { pretty: false }))

t.test('METRICS=off writes nothing', async (t) => {
  t.equal(createMetrics({ METRICS: 'off' }, log), noMetrics)
})

t.test(
  'each record in the namespace, with the dimension sets the dashboard reads and no service dimension',
  async (t) => {
    const metrics = createMetrics({ METRICS: 'stdout' }, log)
    const records = await captured(async () => {
      await metrics.coldStart()
      await metrics.message({
        channel: 'employee',
        label: 'policy_question',
        answerMode: 'llm',
        totalMs: 812,
        fallbacks: ['retriever:timeout:1200ms'],
        model: 'gpt-4o-mini',
        answerMs: 640,
        promptTokens: 900,
        completionTokens: 60
      })
      await metrics.escalation({ priority: 'urgent', reason: 'safety' })
      await metrics.sweep({ reminded: 1, moved: 0, overdueUrgent: 2, notified: 0 })
    })
    const byMetric = new Map(
      records.flatMap((r) =>
        r._aws.CloudWatchMetrics[0]!.Metrics.map((m) => [m.Name, { record: r, unit: m.Unit }] as const)
      )
    )
    for (const record of records) {
      const [directive] = record._aws.CloudWatchMetrics
      t.equal(directive!.Namespace, METRICS_NAMESPACE)
      t.notOk(directive!.Dimensions.flat().includes('service'), 'no Powertools service dimension')
      for (const key of directive!.Dimensions.flat()) t.type(record[key], 'string', `${key} has its value`)
    }
    const dimensions = (name: string) => byMetric.get(name)!.record._aws.CloudWatchMetrics[0]!.Dimensions
    t.same(dimensions('ColdStart'), [[]], 'no dimensions, as the dashboard asks')
    t.same(dimensions('Messages'), [['Channel'], ['Label'], ['AnswerMode']])
    t.match(byMetric.get('Messages')!.record, {
      Messages: 1,
      HandlerLatency: 812,
      Label: 'policy_question',
      AnswerMode: 'llm'
    })
    t.equal(byMetric.get('HandlerLatency')!.unit, 'Milliseconds')
    t.same(dimensions('FallbackTaken'), [['Fallback']])
    t.equal(byMetric.get('FallbackTaken')!.record.Fallback, 'retriever:timeout')
    t.same(dimensions('LlmLatency'), [['Model']])
    t.match(byMetric.get('LlmPromptTokens')!.record, {
      LlmPromptTokens: 900,
      LlmCompletionTokens: 60,
      Model: 'gpt-4o-mini'
    })
    t.same(dimensions('Escalations'), [['Priority'], ['Reason']])
    t.same(dimensions('UnacknowledgedUrgentEscalations'), [[]])
    t.equal(byMetric.get('UnacknowledgedUrgentEscalations')!.record.UnacknowledgedUrgentEscalations, 2)
  }
)
