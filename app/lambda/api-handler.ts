import awsLambdaFastify from '@fastify/aws-lambda'
import type { FastifyInstance } from 'fastify'
import { type SweepSummary, sweepEscalations } from '../escalation/sweep.ts'

interface LambdaContext {
  awsRequestId?: string
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by @fastify/aws-lambda when the app runs as a Lambda. */
    awsLambda?: { event: unknown; context: LambdaContext }
  }
}

/** What the EventBridge schedule sends (template.yaml): run the escalation sweep. */
export interface SweepEvent {
  task: 'escalation-sweep'
}

function isSweepEvent(event: unknown): event is SweepEvent {
  return typeof event === 'object' && event !== null && (event as SweepEvent).task === 'escalation-sweep'
}

/**
 * The Lambda handler, shared by lambda.ts and the tests. API Gateway events go through
 * @fastify/aws-lambda; `pathParameterUsedAsPath` routes on the `{proxy+}` parameter, which carries no
 * stage prefix for either REST (v1) or HTTP API (v2) events, and the adapter decodes base64 bodies
 * (HTTP APIs send form posts that way) before Fastify parses them. The schedule's event runs the sweep.
 */
export function createLambdaHandler(app: FastifyInstance) {
  const api = awsLambdaFastify(app, {
    pathParameterUsedAsPath: 'proxy',
    // Do not wait for the database pool's idle sockets before returning the response.
    callbackWaitsForEmptyEventLoop: false
  })
  // Every log line of a request carries the Lambda request id beside Fastify's (API Gateway's) one.
  app.addHook('onRequest', async (request) => {
    const awsRequestId = request.awsLambda?.context?.awsRequestId
    if (awsRequestId) request.log = request.log.child({ awsRequestId })
  })

  let coldStart = true
  return async function handler(event: unknown, context: LambdaContext & Record<string, unknown>): Promise<unknown> {
    if (coldStart) {
      coldStart = false
      await app.metrics.coldStart()
    }
    if (isSweepEvent(event)) {
      const log = app.log.child({ awsRequestId: context.awsRequestId })
      const summary: SweepSummary = await sweepEscalations(app.services(log))
      log.info(summary, 'escalation sweep')
      return summary
    }
    return api(event as Parameters<typeof api>[0], context as unknown as Parameters<typeof api>[1])
  }
}
