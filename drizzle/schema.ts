// The source of truth for the database. `npm run db:generate` turns changes here into SQL in migrations/.
// Extensions and the optional pgvector table live in custom migrations (see migrations/README.md),
// because drizzle-kit cannot express "only where the extension exists".
export * from './core-schema.ts'
export * from './faq-schema.ts'
export * from './knowledge-schema.ts'
export * from './admin-schema.ts'
