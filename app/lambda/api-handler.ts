import awsLambdaFastify from '@fastify/aws-lambda'
import type { FastifyInstance } from 'fastify'
import { type SweepSummary, sweepEscalations } from '../escalation/sweep.ts'
import { remainingTime } from '../lib/remaining-time.ts'
import type { LambdaContext } from '../plugins/public-url.ts'

/**
 * What the EventBridge schedule sends (template.yaml): run the escalation sweep. It carries the API's
 * public URL too, so the alerts it sends on a fresh instance still get status callbacks.
 */
export interface SweepEvent {
  task: 'escalation-sweep'
  publicBaseUrl?: string
}

function isSweepEvent(event: unknown): event is SweepEvent {
  return typeof event === 'object' && event !== null && (event as SweepEvent).task === 'escalation-sweep'
}

export type LambdaHandler = (event: unknown, context: LambdaContext & Record<string, unknown>) => Promise<unknown>

/**
 * The Lambda handler, shared by lambda.ts and the tests. API Gateway events go through
 * @fastify/aws-lambda; `pathParameterUsedAsPath` routes on the `{proxy+}` parameter, which carries no
 * stage prefix for either REST (v1) or HTTP API (v2) events, and the adapter decodes base64 bodies
 * (HTTP APIs send form posts that way) before Fastify parses them. Query values stay as sent: HTTP API
 * events join repeated values with commas, and splitting them back would also split a value that
 * holds a comma ("Springfield, IL"). The schedule's event runs the sweep.
 */
export function createLambdaHandler(app: FastifyInstance, { coldStart = true } = {}): LambdaHandler {
  const api = awsLambdaFastify(app, {
    pathParameterUsedAsPath: 'proxy',
    parseCommaSeparatedQueryParams: false,
    // Do not wait for the database pool's idle sockets before returning the response.
    callbackWaitsForEmptyEventLoop: false
  })
  // Every log line of a request carries the Lambda request id beside Fastify's (API Gateway's) one.
  app.addHook('onRequest', async (request) => {
    const awsRequestId = request.awsLambda?.context?.awsRequestId
    if (awsRequestId) request.log = request.log.child({ awsRequestId })
  })

  let first = coldStart
  return async function handler(event, context) {
    if (first) {
      first = false
      await app.metrics.coldStart()
    }
    if (isSweepEvent(event)) {
      const log = app.log.child({ awsRequestId: context.awsRequestId })
      if (event.publicBaseUrl && !app.config.PUBLIC_BASE_URL && !app.publicUrl.accept(event.publicBaseUrl))
        log.warn(
          'the schedule gave a public URL that API_GATEWAY_BASE_URLS does not allow; alerts go without status callbacks'
        )
      // The sweep stops starting sends before the function's own timeout cuts it off.
      const summary: SweepSummary = await sweepEscalations(app.services(log), { remainingMs: remainingTime(context) })
      log.info(summary, 'escalation sweep')
      return summary
    }
    return api(event as Parameters<typeof api>[0], context as unknown as Parameters<typeof api>[1])
  }
}
