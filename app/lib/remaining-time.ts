/** A Lambda context's remaining time as a function, when there is one (a local server or a test has none). */
export function remainingTime(context?: { getRemainingTimeInMillis?: () => number }): (() => number) | undefined {
  const remaining = context?.getRemainingTimeInMillis
  return typeof remaining === 'function' ? () => remaining.call(context) : undefined
}
