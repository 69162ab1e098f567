import fp from 'fastify-plugin'
import { type Database, type Db, openDatabase } from '../db/database.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** drizzle over PostgreSQL (postgres.js) or the embedded PGlite. */
    db: Db
    /** The database itself: its driver, health check and close. */
    database: Database
  }
}

export default fp<{ database?: Database }>(
  async (app, opts) => {
    const database = opts.database ?? (await openDatabase(app.config))
    app.decorate('db', database.db)
    app.decorate('database', database)
    app.addHook('onClose', async () => {
      await database.close()
    })
  },
  { name: 'db', dependencies: ['config'] }
)
