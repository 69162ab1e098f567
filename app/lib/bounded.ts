/**
 * Runs `work` over `items` in order, at most `limit` at a time, starting each only while `mayStart()`
 * says so (a deadline): returns how many were never started. A failing item is reported to `onError`
 * and does not stop the others.
 */
export async function forEachBounded<T>(
  items: readonly T[],
  {
    limit,
    mayStart = () => true,
    onError
  }: { limit: number; mayStart?: () => boolean; onError: (error: unknown, item: T) => void },
  work: (item: T) => Promise<void>
): Promise<number> {
  let next = 0
  let skipped = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!
      if (!mayStart()) {
        skipped++
        continue
      }
      try {
        await work(item)
      } catch (error) {
        onError(error, item)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return skipped
}
