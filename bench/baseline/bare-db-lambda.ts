// A second baseline for `npm run bench:cold`: the bare app of bare-lambda.ts plus the database work
// any such webhook must do, on the same driver: connect, look the sender up and count the text.
// Our figure over this one is what our own code costs a cold start, beyond the database round trips.
import awsLambdaFastify from '@fastify/aws-lambda'
import formbody from '@fastify/formbody'
import Fastify from 'fastify'
import postgres from 'postgres'

const sql = postgres(process.env.DATABASE_URL!, { max: 1, fetch_types: false, onnotice: () => {} })
const app = Fastify()
await app.register(formbody)
app.post('/message', async (request, reply) => {
  const { From } = request.body as { From: string }
  await sql`select id from people where phone = ${From}`
  await sql`insert into rate_limits (key, window_start, count) values (${`sms:${From}`}, date_trunc('hour', now()), 1)
            on conflict (key, window_start) do update set count = rate_limits.count + 1`
  return reply
    .type('text/xml')
    .send('<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks!</Message></Response>')
})
export const handler = awsLambdaFastify(app, { pathParameterUsedAsPath: 'proxy' })
await app.ready()
