export class TimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number
  ) {
    super(`${what} timed out after ${ms} ms`)
    this.name = 'TimeoutError'
  }
}

/**
 * Runs `task` with an AbortSignal that fires after `ms`, and rejects with TimeoutError then even if
 * the task ignores the signal: a provider that hangs must never hold up the webhook.
 */
export async function withTimeout<T>(what: string, ms: number, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(what, ms)
      controller.abort(error)
      reject(error)
    }, ms)
  })
  try {
    const running = task(controller.signal)
    // The loser of the race may still reject later; keep that from becoming an unhandled rejection.
    running.catch(() => {})
    return await Promise.race([running, timeout])
  } finally {
    clearTimeout(timer)
  }
}
