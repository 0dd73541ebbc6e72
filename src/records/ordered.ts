/**
 * Maps `items` through `run`, `limit` at a time, yielding the results in
 * input order. At most `limit` items are read ahead of the result being
 * yielded, so memory stays bounded however long the input is; a result is
 * yielded as soon as it and those before it are done, without waiting for
 * more input (a pipe that sends one record gets its result back at once).
 * When reading `items` fails, the results of the items read before are
 * yielded first, then the error is thrown. `run` must not reject.
 */
export async function* orderedMap<Item, Result>(
  items: AsyncIterable<Item> | Iterable<Item>,
  run: (item: Item) => Promise<Result>,
  limit: number
): AsyncGenerator<Result> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<Item>)[Symbol.iterator]()
  // In input order: the first settles first or holds back the rest.
  const pending: Array<Promise<Result>> = []
  let reading: Promise<IteratorResult<Item>> | undefined
  let done = false
  try {
    for (;;) {
      if (!done && !reading && pending.length < limit) {
        reading = Promise.resolve(iterator.next())
        // Handled below, or after the pending results when reading fails.
        reading.catch(() => {})
      }
      const first = pending[0]
      // Take the next input when it comes before the first result (or there is no result to wait for).
      const readFirst =
        reading &&
        (!first ||
          (await Promise.race([
            first.then(() => false),
            reading.then(
              () => true,
              () => true
            )
          ])))
      if (readFirst) {
        let next: IteratorResult<Item>
        try {
          next = await reading!
        } catch (error) {
          done = true
          for (const result of pending.splice(0)) yield await result
          throw error
        }
        reading = undefined
        if (next.done) done = true
        else pending.push(run(next.value))
        continue
      }
      if (!first) return
      pending.shift()
      yield await first
    }
  } finally {
    if (!done) await iterator.return?.()
  }
}
