import {firstCharacters, topAlternatives} from '../../src/engine/first-characters.js'
import {anchored, singleLine, type FurnitureEntry} from './entry.js'

/** What a line matcher found: its entry, and how much of the line, from its start, it covers. */
export interface LineMatch {
  entry: FurnitureEntry
  length: number
}

/** One top-level alternative of an entry’s pattern, anchored to its place. */
interface Unit {
  entry: FurnitureEntry
  source: string
  /** Tells whether a line that starts with a character may match; undefined when any may. */
  startsWith: RegExp | undefined
}

/** The units a line’s first character lets match, in one sticky alternation. */
interface Group {
  units: readonly Unit[]
  regex: RegExp | undefined
}

/**
 * Entries that stand at the start of a trimmed line (`line` and `start`
 * places), in a sticky alternation: one attempt per line, where a search
 * over the text would try every entry at every character.
 *
 * The alternation is cut by the line’s first character: each entry’s
 * pattern is split into its top-level alternatives (`a|b` then `c` tries
 * them in the same order as `(?:a|b)|c`), and a line is tried against those
 * that can start with its first character, compiled together the first time
 * such a line comes. V8 compiles a regex at its first match, and the
 * lexicon’s start-of-line patterns (~25 KB, without case) cost ~40 ms of CPU
 * to compile together; a text pays for the letters its lines start with.
 */
export function lineMatcher(entries: readonly FurnitureEntry[], cased: boolean): (text: string) => LineMatch | undefined {
  if (entries.length === 0) return () => undefined
  const flags = cased ? 'muy' : 'imuy'
  let units: Unit[] | undefined
  const byFirst = new Map<string, Group>()
  const byUnits = new Map<string, Group>()
  const groupOf = (first: string): Group => {
    units ??= entries.flatMap((entry) =>
      topAlternatives(singleLine(entry.pattern)).map((pattern): Unit => {
        const source = anchored({...entry, pattern})
        const starts = firstCharacters(source)
        // The entry’s flags, but not sticky: the class folds case as the entry does.
        return {entry, source, startsWith: starts.any ? undefined : new RegExp('[' + [...starts.members].join('') + ']', cased ? 'u' : 'iu')}
      })
    )
    const chosen = units.filter((unit) => !unit.startsWith || unit.startsWith.test(first))
    // Characters that let the same units match share one regex (`T` and `t`).
    const key = chosen.map((unit) => units!.indexOf(unit)).join(',')
    const group = byUnits.get(key) ?? {units: chosen, regex: undefined}
    byUnits.set(key, group)
    byFirst.set(first, group)
    return group
  }
  return function (text) {
    const first = String.fromCodePoint(text.codePointAt(0) ?? 0)
    const group = byFirst.get(first) ?? groupOf(first)
    if (group.units.length === 0) return undefined
    group.regex ??= new RegExp(group.units.map((unit, index) => '(?<p' + index + '>' + unit.source + ')').join('|'), flags)
    group.regex.lastIndex = 0
    const match = group.regex.exec(text)
    if (!match || match[0].length === 0) return undefined
    const index = group.units.findIndex((_, index) => match.groups!['p' + index] !== undefined)
    // Without the spaces after it, nor the markup that closes the line (`</p>`, masked).
    let length = match[0].length
    while (length > 0 && ' \t\uFFFC'.includes(text[length - 1]!)) length--
    return {entry: group.units[index]!.entry, length}
  }
}
