import { ConfigError } from '../config.ts'
import { serializeError } from '../lib/logger.ts'

/**
 * Runs a CLI's main function: a clear message and exit code 1 on failure, never a stack for bad
 * config or usage, and any other error printed through the logger's redaction (no phone numbers or
 * query parameters on the terminal either).
 */
export async function runCli(main: () => Promise<unknown>): Promise<void> {
  try {
    const code = await main()
    if (typeof code === 'number') process.exitCode = code
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) console.error(error.message)
    else console.error(serializeError(error).stack ?? serializeError(error).message)
    process.exitCode = 1
  }
}

/** A mistake in how the command was called: printed without a stack trace. */
export class UsageError extends Error {}
