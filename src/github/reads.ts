/**
 * Concurrent reads against a counted request budget. Promise.all rejects at the first
 * failure while the other requests are still in flight or queued by the throttling
 * plugin, and a request is counted only when it is sent: a budget check made right
 * after would read a count that is still growing.
 */

/** Like Promise.all, but rejects (with the first failure) only once every read has settled. */
export async function allReads<T extends readonly unknown[] | []>(
  reads: T
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = (await Promise.allSettled(reads)) as PromiseSettledResult<unknown>[]
  const values: unknown[] = []
  for (const result of results) {
    if (result.status === 'rejected') throw result.reason
    values.push(result.value)
  }
  return values as {
    -readonly [K in keyof T]: Awaited<T[K]>
  }
}

/** A read whose failure the caller reports and goes on without. */
type Settled<T> = { value: T } | { error: unknown }

export function settle<T>(read: Promise<T>): Promise<Settled<T>> {
  return read.then(
    value => ({ value }),
    (error: unknown) => ({ error })
  )
}
