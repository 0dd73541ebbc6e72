/**
 * How many of `items`, sorted by `key` ascending, have a key at or below
 * `limit` (a binary search): the index of the first one above it, or, less
 * one, of the last one at or below it (`-1` when none is).
 */
export function countAtOrBelow<Item>(items: ArrayLike<Item>, limit: number, key: (item: Item) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(items[middle]!) <= limit) low = middle + 1
    else high = middle
  }
  return low
}

/** The key of a number: itself. */
export const itself = (value: number): number => value

/** The key of a span: where it starts. */
export const startOf = (span: {start: number}): number => span.start

/** Sorts `numbers` ascending and drops repeats, in place (a matcher's candidate places, gathered out of order). */
export function sortUnique(numbers: number[]): void {
  numbers.sort((a, b) => a - b)
  let kept = 1
  for (let step = 1; step < numbers.length; step++) if (numbers[step] !== numbers[kept - 1]) numbers[kept++] = numbers[step]!
  if (numbers.length > 0) numbers.length = kept
}
