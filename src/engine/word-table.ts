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
  /** Of a table made from a layout (`fromLayout`): each slot's code, and what makes its value at its word's first lookup. */
  private readonly codes: readonly number[] | undefined
  private readonly valueOf: ((word: string, code: number) => Value) | undefined

  constructor(entries: Iterable<readonly [word: string, value: Value]>, layout?: WordTableLayout, valueOf?: (word: string, code: number) => Value) {
    const list = layout ? [] : [...entries]
    let size = 16
    while (size < list.length * 4) size *= 2
    if (layout) size = layout.size
    this.mask = size - 1
    this.hashes = new Int32Array(size)
    this.words = new Array<string | undefined>(size).fill(undefined)
    this.values = new Array<Value | undefined>(size).fill(undefined)
    this.codes = layout && new Array<number>(size).fill(0)
    this.valueOf = valueOf
    if (layout) {
      for (let index = 0; index < layout.slots.length; index++) {
        const slot = layout.slots[index]!
        this.hashes[slot] = layout.hashes[index]!
        this.words[slot] = layout.words[index]!
        ;(this.codes as number[])[slot] = layout.codes[index]!
      }
      return
    }
    for (const [word, value] of list) {
      const hash = wordHash(word)
      let slot = hash & this.mask
      while (this.hashes[slot] !== 0 && this.words[slot] !== word) slot = (slot + 1) & this.mask
      this.hashes[slot] = hash
      this.words[slot] = word
      this.values[slot] = value
    }
  }

  /**
   * A table of `layout`'s words (`layoutOf`), each word's value made from
   * its code at its first lookup: a table read from a layout computed when
   * the package is built costs no hashing, and most words are never met.
   */
  static fromLayout<Value>(layout: WordTableLayout, valueOf: (word: string, code: number) => Value): WordTable<Value> {
    return new WordTable<Value>([], layout, valueOf)
  }

  /** The slots a table of `entries` (words and their codes, a word listed twice keeping its last) puts them in, for `fromLayout`. */
  static layoutOf(entries: Iterable<readonly [word: string, code: number]>): WordTableLayout {
    const table = new WordTable<number>(entries)
    const layout: WordTableLayout = {size: table.mask + 1, slots: [], hashes: [], words: [], codes: []}
    for (let slot = 0; slot <= table.mask; slot++) {
      if (table.hashes[slot] === 0) continue
      layout.slots.push(slot)
      layout.hashes.push(table.hashes[slot]!)
      layout.words.push(table.words[slot]!)
      layout.codes.push(table.values[slot]!)
    }
    return layout
  }

  /** The value of `word`, or nothing. */
  get(word: string): Value | undefined {
    const hash = wordHash(word)
    const {hashes, mask} = this
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = hashes[slot]!
      if (found === 0) return undefined
      if (found === hash && this.words[slot] === word) return this.values[slot] ?? this.made(slot)
    }
  }

  private made(slot: number): Value | undefined {
    if (!this.valueOf) return undefined
    return (this.values[slot] = this.valueOf(this.words[slot]!, this.codes![slot]!))
  }
}

/** Where a table puts its words (`WordTable.layoutOf`): its size, and each filled slot with its hash, word and code. */
export interface WordTableLayout {
  size: number
  slots: number[]
  hashes: number[]
  words: string[]
  codes: number[]
}

/** A hash of every code unit of `word`, never 0 (an empty slot). */
export function wordHash(word: string): number {
  let hash = word.length
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x9e3779b1)
  return (hash ^ (hash >>> 15)) | 1
}
