import { defineConfig } from 'drizzle-kit'

// Used by drizzle-kit only (`npm run db:generate`); the app applies migrations itself (app/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './drizzle/schema.ts',
  out: './migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' }
})
