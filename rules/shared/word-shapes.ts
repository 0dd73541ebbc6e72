/**
 * Filters over lists of words by their length and their first and last
 * characters, kept in a 16 KB table of bit flags (one flag per list): a flag
 * unset proves a word is not in that list without hashing it or touching the
 * list’s table (most words of English copy); set, it may be. For lookups made
 * for every word: one shape, read once, answers for every list.
 */
export function shapeTable(lists: ReadonlyArray<readonly [words: Iterable<string>, flag: number]>): Uint8Array {
  const table = new Uint8Array(1 << 14)
  for (const [words, flag] of lists) for (const word of words) table[shapeOf(word)]! |= flag
  return table
}

/** 14 bits: the length (mod 16), and the first and last code units (mod 32: `a`–`z` apart; the same for either case). */
export function shapeOf(word: string): number {
  return ((word.length & 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31)
}
