import {countAtOrBelow, itself} from '../engine/sorted.js'
import type {TextReader} from '../engine/types.js'

/**
 * What the incremental linter reads of the document’s text: a few characters
 * around each block it places, and the spans of fingerprints. A string
 * serves (a language server’s whole text); so does `LaidOutText`.
 */
export interface DocumentText extends TextReader {
  startsWith(search: string, at: number): boolean
}

/**
 * The text of editor blocks joined by blank lines, read from the blocks
 * themselves: the joined text is a concatenation of a few strings, which V8
 * copies whole (1 MB for 1 MB) at the first character read from it. Reading
 * the blocks instead leaves it as it is (the file’s value, read by whoever
 * needs it).
 */
export class LaidOutText implements DocumentText {
  /** The editor block read last: reads mostly go forward, a few characters at a time. */
  private index = 0

  constructor(
    readonly length: number,
    /** Where each editor block starts, and its text; a separator of line feeds follows each. */
    private readonly starts: readonly number[],
    private readonly texts: readonly string[]
  ) {}

  charCodeAt(offset: number): number {
    if (!(offset >= 0 && offset < this.length)) return Number.NaN
    const index = this.blockAt(offset)
    const relative = offset - this.starts[index]!
    const own = this.texts[index]!
    return relative < own.length ? own.charCodeAt(relative) : lineFeed
  }

  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length))
    end = Math.max(start, Math.min(end, this.length))
    let sliced = ''
    let at = start
    while (at < end) {
      const index = this.blockAt(at)
      const blockStart = this.starts[index]!
      const own = this.texts[index]!
      const ownEnd = blockStart + own.length
      if (at < ownEnd) {
        const stop = Math.min(end, ownEnd)
        sliced += own.slice(at - blockStart, stop - blockStart)
        at = stop
      } else {
        const stop = Math.min(end, this.starts[index + 1] ?? this.length)
        sliced += '\n'.repeat(stop - at)
        at = stop
      }
    }
    return sliced
  }

  startsWith(search: string, at: number): boolean {
    at = Math.max(0, Math.min(at, this.length))
    if (at + search.length > this.length) return false
    for (let index = 0; index < search.length; index++) if (this.charCodeAt(at + index) !== search.charCodeAt(index)) return false
    return true
  }

  private blockAt(offset: number): number {
    const {starts, index} = this
    if (offset >= starts[index]! && (index + 1 >= starts.length || offset < starts[index + 1]!)) return index
    this.index = countAtOrBelow(starts, offset, itself) - 1
    return this.index
  }
}

const lineFeed = 10
