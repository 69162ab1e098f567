// Stands in for Fastify's default schema compilers (Ajv, fast-json-stringify) in the Lambda bundle:
// the app always passes its own (app/schema-compilers.ts), so these are never called, and leaving
// them out saves parsing about 300 KB on every cold start.
'use strict'
module.exports = function unusedSchemaCompiler() {
  throw new Error('Fastify default schema compilers are not bundled; pass schemaController.compilersFactory')
}
