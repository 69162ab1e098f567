// Search recall by fact: for each answerable question of an answer set, is its fact (the set's regular
// expression) in the text of the first k chunks the full-text search returns? What a model can answer
// from depends on it, whatever the answer writer then does with the passages.
//   npm run eval:search -- <corpus>=<questions.jsonl> [...] [--depth 5,10,20,30] [--json] [--misses]
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fromPglite, openPglite } from '../app/db/database.ts'
import { runMigrations } from '../app/db/migrate.ts'
import { synonymsCache } from '../app/knowledge/company-terms.ts'
import { searchFullText } from '../app/knowledge/full-text-search.ts'
import { ingestPaths } from '../app/knowledge/ingest.ts'
import type { RetrievedChunk } from '../app/knowledge/types.ts'
import { type AnswerCase, readCases } from './answer-eval.ts'

export interface RecallFigures {
  answerable: number
  /** Depth to the share of answerable questions whose fact is in the first `depth` chunks. */
  factAt: Record<number, number>
  /** The questions whose fact is not within the deepest depth. */
  misses: string[]
}

/** The text a reader of a chunk sees: where it is and what it says, spaces as in a reply. */
export function chunkText(chunk: RetrievedChunk): string {
  return `${chunk.title} ${chunk.heading} ${chunk.content}`.replace(/\s+/g, ' ')
}

export async function evaluateRecall(corpus: string[], cases: AnswerCase[], depths: number[]): Promise<RecallFigures> {
  const database = await fromPglite(await openPglite('memory://'))
  try {
    await runMigrations(database)
    await ingestPaths(
      database.db,
      corpus.map((p) => resolve(p))
    )
    const synonyms = synonymsCache(database.db)
    const answerable = cases.filter((c) => c.fact !== null)
    const found = new Map(depths.map((d) => [d, 0]))
    const misses: string[] = []
    for (const c of answerable) {
      const fact = new RegExp(c.fact!, 'i')
      let deepest = false
      for (const depth of depths) {
        const chunks = await searchFullText(database.db, c.q, { limit: depth, synonyms: await synonyms() })
        const hit = chunks.slice(0, depth).some((chunk) => fact.test(chunkText(chunk)))
        if (hit) found.set(depth, found.get(depth)! + 1)
        deepest = hit
      }
      if (!deepest) misses.push(c.q)
    }
    const share = (n: number) => Math.round((n / Math.max(1, answerable.length)) * 1000) / 1000
    return {
      answerable: answerable.length,
      factAt: Object.fromEntries([...found].map(([d, n]) => [d, share(n)])),
      misses
    }
  } finally {
    await database.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      depth: { type: 'string', default: '5,10,20,30' },
      json: { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false }
    }
  })
  const depths = values.depth.split(',').map(Number)
  const report: Record<string, RecallFigures> = {}
  for (const set of positionals) {
    const [corpus, file] = set.split('=')
    if (!corpus || !file) throw new Error(`expected <corpus>=<questions.jsonl>, got "${set}"`)
    const figures = await evaluateRecall(corpus.split(','), await readCases(file), depths)
    report[basename(file)] = figures
    const at = depths.map((d) => `top ${d} ${Math.round(figures.factAt[d]! * 100)}%`).join('  ')
    console.log(`${set.padEnd(60)} n=${figures.answerable}  fact in ${at}`)
    if (values.misses) for (const q of figures.misses) console.log(`    missed: ${q}`)
  }
  if (values.json) console.log(JSON.stringify(report))
}
