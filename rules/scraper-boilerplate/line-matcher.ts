import {anchored, singleLine, type FurnitureEntry} from './entry.js'

/** What a line matcher found: its entry, and how much of the line, from its start, it covers. */
export interface LineMatch {
  entry: FurnitureEntry
  length: number
}

/**
 * Entries that stand at the start of a trimmed line (`line` and `start`
 * places), in one sticky alternation: one attempt per line, where a search
 * over the text would try every entry at every character.
 */
export function lineMatcher(entries: readonly FurnitureEntry[], cased: boolean): (text: string) => LineMatch | undefined {
  if (entries.length === 0) return () => undefined
  const source = entries.map((entry, index) => '(?<p' + index + '>' + anchored({...entry, pattern: singleLine(entry.pattern)}) + ')').join('|')
  const regex = new RegExp(source, cased ? 'muy' : 'imuy')
  return function (text) {
    regex.lastIndex = 0
    const match = regex.exec(text)
    if (!match || match[0].length === 0) return undefined
    const index = entries.findIndex((_, index) => match.groups!['p' + index] !== undefined)
    // Without the spaces after it, nor the markup that closes the line (`</p>`, masked).
    let length = match[0].length
    while (length > 0 && ' \t\uFFFC'.includes(text[length - 1]!)) length--
    return {entry: entries[index]!, length}
  }
}
