import fp from 'fastify-plugin'
import { createMetrics, type Metrics } from '../metrics/metrics.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** CloudWatch metrics in Embedded Metric Format (or nothing, with METRICS=off). */
    metrics: Metrics
  }
}

export default fp<{ client?: Metrics }>(
  async (app, opts) => {
    app.decorate('metrics', opts.client ?? createMetrics(app.config, app.log))
  },
  { name: 'metrics', dependencies: ['config'] }
)
