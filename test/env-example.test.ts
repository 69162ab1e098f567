import { readFile } from 'node:fs/promises'
import t from 'tap'
import { ConfigSchema } from '../app/config.ts'

t.test('.env.example lists every variable, each with a comment', async (t) => {
  const lines = (await readFile(new URL('../.env.example', import.meta.url), 'utf8')).split('\n')
  const documented = new Map<string, string>()
  lines.forEach((line, i) => {
    const match = /^([A-Z][A-Z0-9_]*)=/.exec(line)
    if (match) documented.set(match[1]!, lines[i - 1] ?? '')
  })
  for (const key of Object.keys(ConfigSchema.properties)) {
    t.ok(documented.has(key), `${key} is in .env.example`)
    t.match(documented.get(key) ?? '', /^# \S/, `${key} has a comment above it`)
  }
  for (const key of documented.keys()) t.ok(key in ConfigSchema.properties, `${key} is a real setting`)
})
