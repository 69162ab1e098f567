import { randomBytes } from 'node:crypto'
import postgres from 'postgres'

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

export function median(values: number[]): number {
  return percentile(values, 50)
}

/** A fresh database on the server of `adminUrl`; `drop` removes it. */
export async function scratchDatabase(
  adminUrl: string,
  prefix: string
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} })
      await cleanup.unsafe(`drop database if exists ${name} with (force)`)
      await cleanup.end()
    }
  }
}

export function jsonFlag(): boolean {
  return process.argv.includes('--json')
}
