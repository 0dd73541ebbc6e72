import {firstCharacters} from '../../src/engine/first-characters.js'
import {anchored, singleLine, type FurnitureEntry} from './entry.js'

/** What a line matcher found: its entry, and how much of the line, from its start, it covers. */
export interface LineMatch {
  entry: FurnitureEntry
  length: number
}

/** Past this many distinct first characters, a line’s entries are picked anew each time (the cache stays small). */
const cachedFirsts = 4096

/** An entry’s sticky regex, and what its match can start with (`undefined`: anything, or nothing at all). */
interface Compiled {
  regex: RegExp
  start: RegExp | undefined
}

/** Each entry compiled once per process, as written or without case: an entry of two matchers (`line` and `start` ones) is read once. */
const compiledEntries = [new Map<FurnitureEntry, Compiled>(), new Map<FurnitureEntry, Compiled>()] as const

function compiled(entry: FurnitureEntry, cased: boolean): Compiled {
  const cache = compiledEntries[cased ? 1 : 0]
  let found = cache.get(entry)
  if (!found) {
    const pattern = singleLine(entry.pattern)
    const first = firstCharacters(pattern)
    found = {
      regex: new RegExp(anchored({...entry, pattern}), cased ? 'muy' : 'imuy'),
      start: first === undefined ? undefined : new RegExp(first, cased ? 'uy' : 'iuy')
    }
    cache.set(entry, found)
  }
  return found
}

/**
 * Entries that stand at the start of a trimmed line (`line` and `start`
 * places), each a sticky regex, tried in order: the first that matches wins,
 * as in one alternation of them all. A line is tried only against the
 * entries that can start with its first character, which is one test per
 * entry and distinct first character: one alternation of the lexicon cost
 * ~3× the entries tried one by one (V8 skips a regex on what it can start
 * with only when the regex is one entry’s), and trying every entry ~3× more
 * than trying those. The entries are read (their first characters) at the
 * matcher’s first line, not when the rule is set up: a run that never needs
 * a matcher (lines that hold no entry’s keyword, no wrapped paragraph) does
 * not pay for it.
 */
export function lineMatcher(entries: readonly FurnitureEntry[], cased: boolean): (text: string) => LineMatch | undefined {
  let regexes: RegExp[] | undefined
  let starts: Array<RegExp | undefined> = []
  const byFirst = new Map<number, number[]>()
  const candidates = (text: string): number[] => {
    const first = text.codePointAt(0) ?? -1
    let list = byFirst.get(first)
    if (list) return list
    list = []
    for (let index = 0; index < starts.length; index++) {
      const start = starts[index]
      if (start) start.lastIndex = 0
      if (!start || start.test(text)) list.push(index)
    }
    if (byFirst.size < cachedFirsts) byFirst.set(first, list)
    return list
  }
  return function (text) {
    if (!regexes) {
      const all = entries.map((entry) => compiled(entry, cased))
      regexes = all.map((entry) => entry.regex)
      starts = all.map((entry) => entry.start)
    }
    for (const index of candidates(text)) {
      const regex = regexes[index]!
      regex.lastIndex = 0
      const match = regex.exec(text)
      if (!match) continue
      // An empty match ends the search, as it would the alternation.
      if (match[0].length === 0) return undefined
      // Without the spaces after it, nor the markup that closes the line (`</p>`, masked).
      let length = match[0].length
      while (length > 0 && ' \t\uFFFC'.includes(text[length - 1]!)) length--
      return {entry: entries[index]!, length}
    }
    return undefined
  }
}
