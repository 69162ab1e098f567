// `npm run build`: bundles the Lambda entry points with esbuild into dist/. Each is one minified ESM
// file with source maps; the SDKs only some requests need (OpenAI, Pinecone, SageMaker, the Twilio
// REST client, Secrets Manager) are split into chunks beside it that Node loads on first use, so a
// cold start reads only what it runs. PGlite (local development only) is left out, and so are
// Fastify's default schema compilers (see bundle-stubs/). pdf.js, which reads the PDFs HR uploads
// (POST /documents), loads its worker and font data from beside itself: it ships as its own files in
// the API bundle's node_modules, read only when a PDF is uploaded.
import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build, type BuildOptions } from 'esbuild'

export const ENTRY_POINTS = { api: 'lambda.ts', migrate: 'app/lambda/migrate-handler.ts' } as const

// ESM bundles of CommonJS packages need `require` (aws-lambda-fastify#191, aws-sam-cli#4827).
export const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

export function buildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    banner: { js: REQUIRE_BANNER },
    external: [
      '@electric-sql/pglite',
      '@electric-sql/pglite/*',
      '@electric-sql/pglite-pgvector',
      'pdfjs-dist',
      'pdfjs-dist/*'
    ],
    alias: {
      '@fastify/ajv-compiler': './scripts/bundle-stubs/unused-schema-compiler.cjs',
      '@fastify/fast-json-stringify-compiler': './scripts/bundle-stubs/unused-schema-compiler.cjs'
    },
    logLevel: 'warning'
  }
}

export async function buildAll(root = 'dist'): Promise<Record<string, number>> {
  await rm(root, { recursive: true, force: true })
  const sizes: Record<string, number> = {}
  for (const [name, entry] of Object.entries(ENTRY_POINTS)) {
    const outdir = `${root}/${name}`
    await build(buildOptions(entry, outdir))
    await writeFile(`${outdir}/package.json`, '{"type":"module"}\n')
    sizes[name] = (await stat(`${outdir}/index.mjs`)).size
  }
  await shipPdfJs(`${root}/api/node_modules/pdfjs-dist`)
  // The migration function applies the SQL files it ships with.
  await mkdir(`${root}/migrate/migrations`, { recursive: true })
  await cp('migrations', `${root}/migrate/migrations`, { recursive: true })
  return sizes
}

/** pdf.js's legacy (Node) build, its license and the data it loads at run time; no source maps. */
async function shipPdfJs(target: string): Promise<void> {
  const source = 'node_modules/pdfjs-dist'
  for (const file of ['package.json', 'LICENSE']) await cp(join(source, file), join(target, file))
  for (const folder of ['cmaps', 'standard_fonts', 'wasm'])
    await cp(join(source, folder), join(target, folder), { recursive: true })
  await mkdir(join(target, 'legacy/build'), { recursive: true })
  for (const file of await readdir(join(source, 'legacy/build')))
    if (/^pdf(\.worker)?\.mjs$/.test(file))
      await cp(join(source, 'legacy/build', file), join(target, 'legacy/build', file))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await buildAll()
  for (const [name, bytes] of Object.entries(sizes))
    console.log(`dist/${name}/index.mjs ${(bytes / 1024).toFixed(0)} KB`)
}
