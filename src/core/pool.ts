// Async work with a bounded number of calls in flight, for file-system round trips.

/**
 * Calls `work` on each item `take()` hands out, at most `limit` at a time. Each finished call
 * starts the next, so one slow round trip holds up only its own slot, not a whole batch. Items
 * may be added while it runs; `take()` returning undefined ends a worker, which is also how a
 * caller stops early (cancelled, out of time).
 */
export async function drain<T>(
  take: () => T | undefined,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const worker = async (): Promise<void> => {
    for (let item = take(); item !== undefined; item = take()) await work(item);
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
}

/** `take` over a fixed list, stopping early once `stop()` holds. */
export function taking<T>(items: readonly T[], stop: () => boolean = () => false): () => T | undefined {
  let next = 0;
  return () => (next < items.length && !stop() ? items[next++] : undefined);
}
