/**
 * Runs `work` on the items with at most `window` under way, and yields the results in the items'
 * order, whatever order they finish in: a parallel run prints what a single-threaded one prints.
 * The window bounds memory too: results waiting for an earlier one are at most `window`.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, window: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    const result = work(item);
    // Awaited in turn below; until then a failure must not count as unhandled.
    result.catch(() => undefined);
    pending.push(result);
    if (pending.length >= window) yield await (pending.shift() as Promise<R>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<R>);
}
