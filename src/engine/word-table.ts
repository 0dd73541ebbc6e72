/**
 * A fixed table of words to values, for lookups made at every token. A
 * token's string is new (a slice of its block's text), and `Map.get` hashes
 * a new string in the runtime, a call per token; this table hashes the code
 * units here, and most words of English copy meet an empty slot at the
 * first probe (the table is at most a quarter full).
 */
export class WordTable<Value> {
  private readonly hashes: Int32Array
  private readonly words: Array<string | undefined>
  private readonly values: Array<Value | undefined>
  private readonly mask: number

  constructor(entries: Iterable<readonly [word: string, value: Value]>) {
    const list = [...entries]
    let size = 16
    while (size < list.length * 4) size *= 2
    this.mask = size - 1
    this.hashes = new Int32Array(size)
    this.words = new Array<string | undefined>(size).fill(undefined)
    this.values = new Array<Value | undefined>(size).fill(undefined)
    for (const [word, value] of list) {
      const hash = wordHash(word)
      let slot = hash & this.mask
      while (this.hashes[slot] !== 0 && this.words[slot] !== word) slot = (slot + 1) & this.mask
      this.hashes[slot] = hash
      this.words[slot] = word
      this.values[slot] = value
    }
  }

  /** The value of `word`, or nothing. */
  get(word: string): Value | undefined {
    const hash = wordHash(word)
    const {hashes, mask} = this
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = hashes[slot]!
      if (found === 0) return undefined
      if (found === hash && this.words[slot] === word) return this.values[slot]
    }
  }
}

/** A hash of every code unit of `word`, never 0 (an empty slot). */
export function wordHash(word: string): number {
  let hash = word.length
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x9e3779b1)
  return (hash ^ (hash >>> 15)) | 1
}
