// tap 21's bundled TypeScript plugin breaks with TypeScript 7, so package.json disables it and loads
// tsx instead. tap only honours that after `tap build`, which a fresh `npm ci` has not run yet.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const built = readFileSync('node_modules/@tapjs/test/test-built/dist/esm/index.js', 'utf8')
if (built.includes('@tapjs/typescript')) {
  console.log('rebuilding tap without its TypeScript plugin (once after install)')
  execFileSync(process.execPath, ['node_modules/tap/dist/esm/run.mjs', 'build'], { stdio: 'inherit' })
}
