import awsLambdaFastify from '@fastify/aws-lambda'
import type { FastifyInstance } from 'fastify'

/**
 * The API Gateway adapter, shared by lambda.ts and the tests. `pathParameterUsedAsPath` routes on the
 * `{proxy+}` parameter, which carries no stage prefix for either REST (v1) or HTTP API (v2) events;
 * the adapter decodes base64 bodies (HTTP APIs send form posts that way) before Fastify parses them.
 */
export function createLambdaHandler (app: FastifyInstance) {
  return awsLambdaFastify(app, {
    pathParameterUsedAsPath: 'proxy',
    // Do not wait for the database pool's idle sockets before returning the response.
    callbackWaitsForEmptyEventLoop: false
  })
}
