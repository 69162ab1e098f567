// The baseline for `npm run bench`: a bare Fastify server that parses the same form body and returns
// a fixed TwiML reply. Prints its URL on stdout.
import formbody from '@fastify/formbody'
import Fastify from 'fastify'

const app = Fastify()
await app.register(formbody)
app.post('/message', async (_request, reply) =>
  reply.type('text/xml').send('<?xml version="1.0" encoding="UTF-8"?><Response><Message>Thanks!</Message></Response>')
)
const url = await app.listen({ port: 0, host: '127.0.0.1' })
console.log(url)
