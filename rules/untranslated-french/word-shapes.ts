/**
 * A filter over a list of words by their length and their first and last
 * characters, kept in a 2 KB bit set: `false` proves a word is not listed
 * without hashing it or touching the list’s table (most words of English
 * copy), `true` means it may be. For lookups made for every word.
 */
export function wordShapes(words: Iterable<string>): (word: string) => boolean {
  const bits = new Uint32Array(512)
  for (const word of words) {
    const key = shape(word)
    bits[key >>> 5]! |= 1 << (key & 31)
  }
  return (word) => {
    const key = shape(word)
    return (bits[key >>> 5]! & (1 << (key & 31))) !== 0
  }
}

/** 14 bits: the length (mod 16), and the first and last code units (mod 32: `a`–`z` apart). */
function shape(word: string): number {
  return ((word.length & 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31)
}
