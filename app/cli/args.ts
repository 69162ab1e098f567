import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './run-cli.ts'

/** node:util parseArgs with usage errors instead of stack traces. */
export function parseCliArgs<T extends ParseArgsConfig['options']>(
  options: T,
  usage: string,
  args = process.argv.slice(2)
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\nusage: ${usage}`)
  }
}

/** Reads standard input line by line (for --jsonl). */
export async function* stdinLines(): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline')
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) yield line
  }
}
