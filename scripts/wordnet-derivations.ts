// Words of one family that stem apart ("injured" and "injury", "probation" and "probationary"): PostgreSQL's
// English stemmer (Snowball) leaves them different, so a question with one misses a handbook with the
// other. WordNet 3.1 links them (its "derivationally related form" and "pertains to" pointers); kept
// here are the pairs that share their first letters (a change of suffix, not "lose" and "loss"), keyed
// by the stem search reads. Keeping only words its sense-tagged corpus uses lost probation/probationary
// and the gains with it (docs/benchmarks.md).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stem } from '../app/lib/stem.ts'

const FILES = ['noun', 'verb', 'adj', 'adv'] as const
const POS: Readonly<Record<string, string>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' }
const RELATED = new Set(['+', '\\'])

/** Stem to the other words of its family, from WordNet's data files. */
export async function derivations(wordnet: string): Promise<Record<string, string[]>> {
  const lines = new Map<string, string[]>()
  for (const pos of FILES)
    lines.set(
      pos,
      (await readFile(join(wordnet, `data.${pos}`), 'utf8')).split('\n').filter((l) => l && !l.startsWith(' '))
    )
  const synsets = new Map<string, string[]>()
  for (const [pos, list] of lines)
    for (const line of list) {
      const f = line.split(' ')
      const count = Number.parseInt(f[3]!, 16)
      synsets.set(
        `${pos}:${f[0]}`,
        Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, ''))
      )
    }
  const family = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const key = stem(from)
    if (!family.has(key)) family.set(key, new Set())
    family.get(key)!.add(to)
  }
  for (const [pos, list] of lines)
    for (const line of list) {
      const f = line.split(' ')
      const words = synsets.get(`${pos}:${f[0]}`)!
      let i = 4 + 2 * Number.parseInt(f[3]!, 16)
      const pointers = Number.parseInt(f[i++]!, 10)
      for (let k = 0; k < pointers; k++, i += 4) {
        if (!RELATED.has(f[i]!)) continue
        const sourceTarget = f[i + 3]!
        const a = words[Number.parseInt(sourceTarget.slice(0, 2), 16) - 1]
        const b = synsets.get(`${POS[f[i + 2]!]}:${f[i + 1]}`)?.[Number.parseInt(sourceTarget.slice(2), 16) - 1]
        if (!a || !b || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b) || stem(a) === stem(b)) continue
        if (!sameFamily(a, b)) continue
        add(a, b)
        add(b, a)
      }
    }
  return Object.fromEntries(
    [...family].sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, words]) => [key, [...words].sort()])
  )
}

/** A change of suffix: the words share all but their last three letters, and four at least. */
function sameFamily(a: string, b: string): boolean {
  let shared = 0
  while (shared < a.length && a[shared] === b[shared]) shared++
  return shared >= 4 && shared >= Math.min(a.length, b.length) - 3
}
