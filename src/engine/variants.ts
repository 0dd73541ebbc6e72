/**
 * Consistency without a list (Vale’s “consistency” kind, minus its pairs):
 * a document’s spellings are grouped by a normalised key, and the spellings
 * of a group other than its most frequent one are the inconsistent ones.
 * The state per document is a count and the offsets per spelling.
 */

/** One spelling of a group, with every place it was seen. */
export interface Variant {
  /** Tells spellings apart: occurrences with equal ids are one spelling. */
  id: string
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
  /** Records an occurrence; `counts` says whether this occurrence is enough for its spelling to count. Returns its spelling. */
  add(key: string, id: string, display: string, start: number, end: number, counts: boolean): Variant
  /** The spelling `id` of group `key`, if seen. */
  variant(key: string, id: string): Variant | undefined
  /** Every group, by key, with its spellings. */
  groups(): Iterable<[string, readonly Variant[]]>
  /** Makes every spelling of group `key` count. */
  admit(key: string): void
  /** Every group with two or more counted spellings. */
  conflicts(): Generator<Conflict>
}

export function createVariantTally(): VariantTally {
  // Arrays, not maps: nearly every group holds one spelling, and a document has one group per name.
  const groups = new Map<string, Variant[]>()

  return {
    add(key, id, display, start, end, counts) {
      let group = groups.get(key)
      if (!group) groups.set(key, (group = []))
      return addToGroup(group, id, display, start, end, counts)
    },
    variant(key, id) {
      const group = groups.get(key)
      return group && spelling(group, id)
    },
    groups: () => groups.entries(),
    admit(key) {
      for (const variant of groups.get(key) ?? []) variant.counts = true
    },
    *conflicts() {
      for (const [key, group] of groups) {
        if (group.length < 2) continue
        const variants = group.filter((variant) => variant.counts)
        if (variants.length < 2) continue
        variants.sort((a, b) => b.spans.length - a.spans.length || firstStart(a) - firstStart(b))
        yield {key, majority: variants[0]!, variants}
      }
    }
  }
}

/**
 * Records an occurrence in a group (see `VariantTally.add`); returns its
 * spelling. `make` completes a spelling met for the first time (a caller
 * that keeps more per spelling).
 */
export function addToGroup<V extends Variant>(
  group: V[],
  id: string,
  display: string,
  start: number,
  end: number,
  counts: boolean,
  make: (variant: Variant) => V = (variant) => variant as V
): V {
  const variant = spelling(group, id)
  if (!variant) {
    const added = make({id, display, counts, spans: [start, end]})
    group.push(added)
    return added
  }
  variant.spans.push(start, end)
  if (counts && !variant.counts) {
    variant.display = display
    variant.counts = true
  }
  return variant
}

/** The spelling `id` of a group, if seen (a loop: `add` runs once per occurrence). */
function spelling<V extends Variant>(group: readonly V[], id: string): V | undefined {
  for (const variant of group) if (variant.id === id) return variant
  return undefined
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
