// The postgres.js we ship carries a patch (patches/postgres+3.4.9.patch): when a connection's socket
// closed with a write still buffered, 3.4.9 kept the stale bytes and a cancelled write timer, so the
// next connection on that slot never sent its startup message, and a query sent between the socket's
// 'error' and 'close' events was never settled. Both hung a webhook under a database outage. These
// drive the real driver against the real server; each test fails on the unpatched driver.
import net from 'node:net'
import postgres from 'postgres'
import t from 'tap'

const url = process.env.TEST_DATABASE_URL

/** A client whose sockets the test can reach, through the driver's `socket` option (not in its types). */
function clientWithSockets({ max = 1, prepare = true } = {}) {
  const sockets: net.Socket[] = []
  // With this option the driver expects the socket connected.
  const socket = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const { hostname, port } = new URL(url!)
      const connection = net.connect(Number(port || 5432), hostname, () => resolve(connection)).once('error', reject)
      sockets.push(connection)
    })
  const options = { max, prepare, connect_timeout: 3, onnotice: () => {}, socket }
  return { sql: postgres(url!, options as postgres.Options<Record<string, never>>), sockets }
}

/** Settles with the query's outcome, or 'pending' if it has not settled within the time. */
function outcomeWithin(query: Promise<unknown>, ms: number): Promise<string> {
  return Promise.race([
    query.then(
      () => 'resolved',
      (error: Error & { code?: string }) => `rejected ${error.code ?? error.message}`
    ),
    new Promise<string>((resolve) => setTimeout(() => resolve('pending'), ms).unref())
  ])
}

t.test('postgres.js patch', { skip: !url && 'TEST_DATABASE_URL not set' }, async (t) => {
  t.test(
    "two connections closing at once: work sent to the second in the first one's close fails, and both connect again",
    async (t) => {
      const { sql, sockets } = clientWithSockets({ max: 2 })
      t.teardown(() => sql.end({ timeout: 1 }))
      await Promise.all([sql`select pg_sleep(0.05)`, sql`select pg_sleep(0.05)`])
      t.equal(sockets.length, 2, 'two connections open')
      // As when the server kills every connection: the first close fails that connection's queries,
      // whose callers send more work, which the pool gives to the other (idle) connection, whose own
      // close comes next in the same turn of the event loop. Whichever closes first sends it.
      let late: Promise<string> | undefined
      for (const socket of sockets) {
        socket.prependOnceListener('close', () => {
          late ??= outcomeWithin(sql`select 1 as late`, 5_000)
        })
      }
      const closed = Promise.all(sockets.map((s) => new Promise((resolve) => s.once('close', resolve))))
      for (const socket of sockets) socket.destroy()
      await closed

      t.match(await late, /^rejected /, 'the late query fails instead of waiting')
      const next = await Promise.all(
        [1, 2, 3, 4].map((n) => outcomeWithin(sql`select pg_sleep(0.05), ${n}::int`, 10_000))
      )
      t.same(next, ['resolved', 'resolved', 'resolved', 'resolved'], 'both connections serve queries again')
    }
  )

  t.test('a transaction whose connection is killed fails; the process goes on', async (t) => {
    const { sql, sockets } = clientWithSockets()
    const admin = postgres(url!, { max: 1, onnotice: () => {} })
    t.teardown(() => Promise.all([sql.end({ timeout: 1 }), admin.end()]))
    await sql`select 1`
    const [{ pid }] = await sql<{ pid: number }[]>`select pg_backend_pid() as pid`
    // The statement in flight fails and the driver rolls back on a connection that has closed.
    const transaction = outcomeWithin(
      sql.begin(async (tx) => {
        await tx`select pg_sleep(2)`
        await tx`select 1`
      }),
      5_000
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    await admin`select pg_terminate_backend(${pid}::int)`

    t.match(await transaction, /^rejected /, 'the transaction is rejected')
    t.equal(await outcomeWithin(sql`select 2 as next`, 10_000), 'resolved', 'the next query is answered')
    t.equal(sockets.length, 2, 'on a new connection')
  })
  t.test('without prepared statements, values that need no type from the server take one round trip', async (t) => {
    // Behind RDS Proxy (DATABASE_PREPARE=false) every statement was described first, a round trip of
    // its own before it ran: the answer path's four round trips were eight.
    const { sql, sockets } = clientWithSockets({ prepare: false })
    t.teardown(() => sql.end({ timeout: 1 }))
    await sql`select 1`
    let writes = 0
    const socket = sockets[0]!
    const write = socket.write.bind(socket) as (...args: unknown[]) => boolean
    socket.write = ((...args: unknown[]) => {
      writes++
      return write(...args)
    }) as typeof socket.write

    const [row] = await sql.unsafe(
      'select $1::int + $2::int as n, $3::text as s, $4::bool as b, $5::timestamptz as d, $6::text as none',
      [1, 2, 'café', true, new Date(Date.UTC(2026, 0, 2)), null]
    )
    t.same(row, { n: 3, s: 'café', b: true, d: new Date(Date.UTC(2026, 0, 2)), none: null })
    t.equal(writes, 1, 'parse, describe, bind and execute sent together')

    writes = 0
    const [json] = await sql.unsafe('select $1::jsonb as j', [sql.json({ shift: 'late' })])
    t.same(json, { j: { shift: 'late' } }, 'a value the server must type is still described first')
    t.equal(writes, 2)
    t.same(await sql.unsafe('select count(*)::int as n from pg_prepared_statements'), [{ n: 0 }], 'nothing is prepared')
  })
})
