import {wordHash} from '../../src/engine/word-table.js'

/**
 * What a rule worked out about each distinct word, kept from sentence to
 * sentence and from document to document: a growing table hashed in JS, as
 * `WordTable` is (a token's string is new, and `Map.get` hashes a new string
 * through a call into the runtime). It forgets every word once it holds
 * `limit` of them, so that a long-running linter keeps no more (name-variants'
 * records hold ~235 bytes per word: ~4 MB at the default limit).
 */
export class WordCache<Value> {
  private hashes = new Int32Array(0)
  private words: Array<string | undefined> = []
  private values: Array<Value | undefined> = []
  private mask = -1
  /** How many words it holds. */
  size = 0

  constructor(private readonly limit = 1 << 14) {
    this.clear()
  }

  /**
   * The value kept for `word`, or nothing. The probe is `WordTable.get`’s,
   * written again: one function shared by both tables made the preset slower
   * (1 MB, one process taking turns: min 533 → 583 and 493 → 586 CPU ms).
   */
  get(word: string): Value | undefined {
    const hash = wordHash(word)
    const {hashes, mask} = this
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = hashes[slot]!
      if (found === 0) return undefined
      if (found === hash && this.words[slot] === word) return this.values[slot]
    }
  }

  /** Keeps `value` for `word` (not held yet: `get` gave nothing). */
  add(word: string, value: Value): void {
    if (this.size >= this.limit) this.clear()
    // At most half full: most lookups meet their word or an empty slot at once.
    if ((this.size + 1) * 2 > this.mask + 1) this.grow()
    this.place(wordHash(word), word, value)
    this.size++
  }

  /** Forgets every word. */
  clear(): void {
    this.resize(256)
    this.size = 0
  }

  private place(hash: number, word: string, value: Value): void {
    let slot = hash & this.mask
    while (this.hashes[slot] !== 0) slot = (slot + 1) & this.mask
    this.hashes[slot] = hash
    this.words[slot] = word
    this.values[slot] = value
  }

  private grow(): void {
    const {hashes, words, values} = this
    this.resize(hashes.length * 2)
    for (let slot = 0; slot < hashes.length; slot++) if (hashes[slot] !== 0) this.place(hashes[slot]!, words[slot]!, values[slot]!)
  }

  private resize(size: number): void {
    this.hashes = new Int32Array(size)
    this.words = new Array<string | undefined>(size).fill(undefined)
    this.values = new Array<Value | undefined>(size).fill(undefined)
    this.mask = size - 1
  }
}
