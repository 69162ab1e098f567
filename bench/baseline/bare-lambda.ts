// The baseline for `npm run bench:cold`: a bare Fastify app on @fastify/aws-lambda that parses the
// same form body and returns a fixed TwiML reply.
import awsLambdaFastify from '@fastify/aws-lambda'
import formbody from '@fastify/formbody'
import Fastify from 'fastify'

const app = Fastify()
await app.register(formbody)
app.post('/message', async (_request, reply) =>
  reply.type('text/xml').send('<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks!</Message></Response>')
)
export const handler = awsLambdaFastify(app, { pathParameterUsedAsPath: 'proxy' })
await app.ready()
