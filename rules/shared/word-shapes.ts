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
  return shapeAt(word, 0, word.length)
}

/** `shapeOf(text.slice(from, to))` without the slice: a part of a word. */
export function shapeAt(text: string, from: number, to: number): number {
  return (((to - from) & 15) << 10) | ((text.charCodeAt(from) & 31) << 5) | (text.charCodeAt(to - 1) & 31)
}

/**
 * A finer filter over one list of words, for a list much larger than the
 * ones above (untranslated-french's listed words): 17 bits mixed from a word's
 * length and its first two and last two code units, one bit each in a 16 KB
 * set (`fineShapeSet`). A bit unset proves a word is not in the list; ~1 word in
 * 4 of native prose shares a bit of that list (with `shapeOf`'s 14 bits, ~1
 * in 2).
 */
export function fineShapeOf(word: string): number {
  return fineShapeAt(word, 0, word.length)
}

/** `fineShapeOf(text.slice(from, to))` without the slice. */
export function fineShapeAt(text: string, from: number, to: number): number {
  const last = to - 1
  const second = last > from ? 1 : 0
  const hash =
    to - from + 0x3d * text.charCodeAt(from) + 0x1f3 * text.charCodeAt(from + second) + 0x3a1 * text.charCodeAt(last - second) + 0x7e5 * text.charCodeAt(last)
  return Math.imul(hash, 0x9e3779b1) >>> 15
}

/** The bits of `fineShapeOf` that `words` set. */
export function fineShapeSet(words: Iterable<string>): Int32Array {
  const set = new Int32Array(1 << 12)
  for (const word of words) {
    const shape = fineShapeOf(word)
    set[shape >>> 5]! |= 1 << (shape & 31)
  }
  return set
}

/** Whether some word of the set's list has the shape `shape` (`fineShapeOf`). */
export const inShapeSet = (set: Int32Array, shape: number): boolean => (set[shape >>> 5]! & (1 << (shape & 31))) !== 0
