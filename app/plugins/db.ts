import fp from 'fastify-plugin'
import { type Database, type Db, openDatabase } from '../db/database.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** drizzle over PostgreSQL (postgres.js) or the embedded PGlite. */
    db: Db
    dbDriver: Database['driver']
  }
}

export default fp<{ database?: Database }>(
  async (app, opts) => {
    const database = opts.database ?? (await openDatabase(app.config))
    app.decorate('db', database.db)
    app.decorate('dbDriver', database.driver)
    app.addHook('onClose', async () => {
      await database.close()
    })
  },
  { name: 'db', dependencies: ['config'] }
)
