// Opens the database the config points at: PostgreSQL through postgres.js when DATABASE_URL is set,
// otherwise an embedded PGlite, so `npm run dev` needs nothing installed.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { type SQL, sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { PGlite, PGliteInterface } from '@electric-sql/pglite'
import type { DatabaseConfig } from '../config.ts'
import type { CheckInfo, Dependency } from '../lib/health.ts'

// No schema is given to drizzle: nothing uses its relational queries (`db.query`), and building
// their table map cost every cold start a few milliseconds.
export type Db = PgDatabase<PgQueryResultHKT>

export interface Database extends Dependency {
  db: Db
  driver: 'postgres' | 'pglite'
  close: () => Promise<void>
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config)
    : fromPglite(await openPglite(config.PGLITE_DIR))
}

async function openPostgres(url: string, config: DatabaseConfig): Promise<Database> {
  const { default: postgres } = await import('postgres')
  const { drizzle } = await import('drizzle-orm/postgres-js')
  const secret = config.DATABASE_SECRET_ARN ? await secretPassword(config) : undefined
  const client = postgres(url, {
    // A Lambda instance serves one request at a time: a small pool per instance keeps
    // many instances inside the server's max_connections.
    max: config.DATABASE_POOL_MAX,
    // postgres.js asks for the password on each new connection ("Dynamic passwords" in its README).
    ...(secret
      ? { password: secret.password }
      : config.DATABASE_PASSWORD
        ? { password: config.DATABASE_PASSWORD }
        : {}),
    // Frozen Lambda environments leave dead sockets; recycle idle and old connections.
    idle_timeout: 20,
    max_lifetime: 60 * 30,
    connect_timeout: config.DATABASE_CONNECT_TIMEOUT_S,
    prepare: config.DATABASE_PREPARE,
    // Saves a catalogue query on every new connection; drizzle parses the arrays we use itself.
    fetch_types: false,
    onnotice: () => {},
    connection: {
      application_name: 'frontline-sms-assistant',
      statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: 30_000
    }
  })
  // drizzle sends every query through `unsafe` with prepare off (it prepares only statements given a
  // name), so each would be parsed, planned and described (a round trip of its own) every time. Now
  // each is prepared once per connection. The statements of every text have fixed texts (arrays are
  // single parameters); the few whose text varies (an `in` list's length) add one per shape until
  // the connection is recycled (max_lifetime).
  const unsafe = client.unsafe.bind(client)
  client.unsafe = ((query: string, params?: unknown[], options?: object) =>
    watchAuthentication(
      unsafe(query, params as never, { ...options, prepare: config.DATABASE_PREPARE }),
      secret
    )) as typeof client.unsafe
  if (secret) {
    const begin = client.begin.bind(client)
    client.begin = ((...args: Parameters<typeof begin>) =>
      begin(...args).catch((error: unknown) => {
        secret.failed(error)
        throw error
      })) as typeof client.begin
  }
  const db = drizzle(client) as unknown as Db
  return {
    db,
    driver: 'postgres',
    name: 'postgres',
    check: () => checkDatabase(db, 'PostgreSQL'),
    close: () => client.end({ timeout: 5 })
  }
}

interface SecretPassword {
  /** The password for a new connection: from the secret's cache, or read again after a refusal. */
  password: () => Promise<string>
  /** Told of a query's error: an authentication failure makes the next connection read the secret again. */
  failed: (error: unknown) => void
}

// invalid_password, and invalid_authorization_specification (what RDS Proxy answers a stale password with).
const AUTHENTICATION_FAILED = new Set(['28P01', '28000'])

/**
 * The password from DATABASE_SECRET_ARN (an RDS-managed secret, {"username", "password"}), which RDS
 * rotates: a connection refused with a stale one makes the next connection read the secret afresh.
 */
async function secretPassword(config: DatabaseConfig): Promise<SecretPassword> {
  const { secretStore, secretName } = await import('../secrets/secrets-manager.ts')
  const store = secretStore(config)
  const arn = config.DATABASE_SECRET_ARN!
  let refresh = false
  return {
    async password() {
      const fields = await store.json(arn, { refresh })
      refresh = false
      if (typeof fields.password !== 'string') throw new Error(`the secret ${secretName(arn)} has no password`)
      return fields.password
    },
    failed(error) {
      if (AUTHENTICATION_FAILED.has((error as { code?: string })?.code ?? '')) refresh = true
    }
  }
}

/** Passes a query's authentication failure to the secret, leaving the query itself as it was. */
function watchAuthentication<T extends PromiseLike<unknown>>(query: T, secret: SecretPassword | undefined): T {
  if (!secret) return query
  const then = query.then.bind(query) as PromiseLike<unknown>['then']
  // postgres.js queries are lazy thenables with methods of their own (values(), ...): patched, not wrapped.
  // biome-ignore lint/suspicious/noThenProperty: the query stays the thenable it was, told of its failure
  ;(query as { then: unknown }).then = (
    onFulfilled?: (value: unknown) => unknown,
    onRejected?: (e: unknown) => unknown
  ) =>
    then(onFulfilled, (error: unknown) => {
      secret.failed(error)
      if (onRejected) return onRejected(error)
      throw error
    })
  return query
}

export async function openPglite(dir: string): Promise<PGlite> {
  const [{ PGlite }, { pg_trgm }, { vector }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite-pgvector')
  ])
  if (dir.includes('://')) return PGlite.create(dir, { extensions: { pg_trgm, vector } })
  await mkdir(dir, { recursive: true })
  const release = await lockDirectory(dir)
  try {
    const client = await PGlite.create(dir, { extensions: { pg_trgm, vector } })
    const close = client.close.bind(client)
    client.close = async () => {
      try {
        await close()
      } finally {
        await release()
      }
    }
    return client
  } catch (error) {
    await release()
    throw error
  }
}

/**
 * PGlite is a single-process database: two processes writing one folder would corrupt it. A lock file
 * turns that into a clear error (say, `npm run search` while `npm run dev` is running).
 */
async function lockDirectory(dir: string): Promise<() => Promise<void>> {
  const lockPath = join(dir, '..', `${basename(dir)}.lock`)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: 'wx' })
      return () => rm(lockPath, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(await readFile(lockPath, 'utf8').catch(() => ''))
      if (owner && isRunning(owner)) {
        throw new Error(
          `the embedded database in ${dir} is in use by process ${owner} (is \`npm run dev\` running?). Stop it, or set DATABASE_URL.`
        )
      }
      await rm(lockPath, { force: true }) // left behind by a process that is gone
    }
  }
  throw new Error(`could not lock ${dir}`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Wraps an open PGlite (also used by tests, which clone a migrated template). */
export async function fromPglite(client: PGlite | PGliteInterface, { closeClient = true } = {}): Promise<Database> {
  const { drizzle } = await import('drizzle-orm/pglite')
  // clone() is typed as the interface but returns a PGlite.
  const db = drizzle(client as PGlite) as unknown as Db
  return {
    db,
    driver: 'pglite',
    name: 'pglite',
    check: () => checkDatabase(db, 'embedded PGlite'),
    close: async () => {
      if (closeClient && !client.closed) await client.close()
    }
  }
}

/** Rows of a raw query; the two drivers shape `execute` results differently. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[]
}

/** The anonymous /validate: the database answers (one round trip, nothing read). */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`)
}

/** /validate's database check: it answers, and how many migrations and people it holds. */
async function checkDatabase(db: Db, mode: string): Promise<CheckInfo> {
  const [row] = await queryRows<{ people: number; migrations: number }>(
    db,
    sql`select (select count(*)::int from people) as people,
               (select count(*)::int from drizzle.__drizzle_migrations) as migrations`
  )
  return { mode, detail: `${row?.migrations} migrations, ${row?.people} people` }
}
