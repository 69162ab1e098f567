import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { listItems } from '../config.ts'
import { allowedBaseUrls, type GatewayContext, gatewayBaseUrl } from '../lib/public-url.ts'

/** The Lambda context fields the app reads. */
export interface LambdaContext {
  awsRequestId?: string
  getRemainingTimeInMillis?: () => number
}

export interface PublicUrl {
  /** The base URL Twilio called for this request (see lib/public-url.ts); undefined when not allowed. */
  of: (request: FastifyRequest) => string | undefined
  /** Outside a request (the sweep's status callbacks): PUBLIC_BASE_URL, or the last allowed one seen. */
  current: () => string | undefined
  /** Takes a base URL from elsewhere (the schedule's event) when it is allowed; what it took, if anything. */
  accept: (url: unknown) => string | undefined
}

declare module 'fastify' {
  interface FastifyInstance {
    publicUrl: PublicUrl
  }
  interface FastifyRequest {
    /** Set by @fastify/aws-lambda when the app runs as a Lambda. */
    awsLambda?: { event: unknown; context: LambdaContext }
  }
}

export default fp(
  async (app) => {
    const fixed = app.config.PUBLIC_BASE_URL
    const allowed = allowedBaseUrls(listItems(app.config.API_GATEWAY_BASE_URLS))
    let learned: string | undefined
    const accept = (url: unknown) => {
      if (typeof url !== 'string' || !allowed(url)) return undefined
      learned = url
      return url
    }
    const of = (request: FastifyRequest) => {
      if (fixed) return fixed
      const event = request.awsLambda?.event as { requestContext?: GatewayContext } | undefined
      return accept(gatewayBaseUrl(event?.requestContext))
    }
    app.decorate('publicUrl', { of, current: () => fixed ?? learned, accept })
    // Every API Gateway request teaches the instance its URL, so texts sent later carry status callbacks.
    if (!fixed)
      app.addHook('onRequest', async (request) => {
        of(request)
      })
  },
  { name: 'public-url', dependencies: ['config'] }
)
