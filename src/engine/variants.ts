/**
 * Consistency without a list (Vale’s “consistency” kind, minus its pairs):
 * a document’s spellings are grouped by a normalised key, and the spellings
 * of a group other than its most frequent one are the inconsistent ones.
 * The state per document is a count and the offsets per spelling.
 */

/** One spelling of a group, with every place it was seen. */
export interface Variant {
  /** The spelling as shown in messages: as written where it counts. */
  display: string
  /** Whether the spelling counts: a spelling seen only where it is ambiguous (a capital opening a sentence) does not. */
  counts: boolean
  /** Offsets of its occurrences, as `[start, end, start, end, …]`. */
  spans: number[]
}

/** A group whose spellings differ: the one to keep and the others. */
export interface Conflict {
  key: string
  majority: Variant
  /** Every counted spelling, most frequent first (a tie goes to the one seen first). */
  variants: Variant[]
}

export interface VariantTally {
  /**
   * Records an occurrence. `id` tells spellings apart (spellings with equal
   * ids are one spelling); `counts` says whether this occurrence is enough
   * for the spelling to count.
   */
  add(key: string, id: string, display: string, start: number, end: number, counts: boolean): void
  /** The spellings of a group by id, to add spellings found another way (see `add`). */
  group(key: string): ReadonlyMap<string, Variant> | undefined
  keys(): Iterable<string>
  /** Every group with two or more counted spellings. */
  conflicts(): Generator<Conflict>
}

export function createVariantTally(): VariantTally {
  const groups = new Map<string, Map<string, Variant>>()

  return {
    add(key, id, display, start, end, counts) {
      let group = groups.get(key)
      if (!group) {
        group = new Map()
        groups.set(key, group)
      }
      const variant = group.get(id)
      if (!variant) {
        group.set(id, {display, counts, spans: [start, end]})
        return
      }
      variant.spans.push(start, end)
      if (counts && !variant.counts) {
        variant.display = display
        variant.counts = true
      }
    },
    group: (key) => groups.get(key),
    keys: () => groups.keys(),
    *conflicts() {
      for (const [key, group] of groups) {
        if (group.size < 2) continue
        const variants = [...group.values()].filter((variant) => variant.counts)
        if (variants.length < 2) continue
        variants.sort((a, b) => b.spans.length - a.spans.length || firstStart(a) - firstStart(b))
        yield {key, majority: variants[0]!, variants}
      }
    }
  }
}

/** How many times a spelling occurs. */
export function occurrences(variant: Variant): number {
  return variant.spans.length / 2
}

function firstStart(variant: Variant): number {
  let first = Infinity
  for (let index = 0; index < variant.spans.length; index += 2) first = Math.min(first, variant.spans[index]!)
  return first
}
