import { ConfigError } from '../config.ts'

/** Runs a CLI's main function: a clear message and exit code 1 on failure, never a stack for bad config. */
export async function runCli(main: () => Promise<unknown>): Promise<void> {
  try {
    const code = await main()
    if (typeof code === 'number') process.exitCode = code
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) console.error(error.message)
    else console.error(error)
    process.exitCode = 1
  }
}

/** A mistake in how the command was called: printed without a stack trace. */
export class UsageError extends Error {}
