import {matchAll} from './regex-parts.js'

/** One text pattern of a rule’s data. */
export interface PatternEntry {
  /** Regular expression source; it must match exactly the offending span and may not use named groups. */
  pattern: string
  /** Short description of the artifact, shown in parentheses. */
  what: string
  /** Why it is an artifact. */
  note: string
  /** Replacements for the matched text; absent when there is no mechanical fix, `[]` to delete. */
  expected?: (actual: string) => readonly string[]
  /** What to do when there is no replacement. */
  advice?: string
  /**
   * Widen the match over the spaces (including no-break ones) before or after
   * it, up to the previous match: cheaper than a pattern that starts with a
   * run of spaces, and two matches never overlap.
   */
  absorbSpaces?: 'before' | 'after'
  /**
   * Context the match extends backwards over, so that the regex can skip to
   * a rarer character: `le 7 février` is found at its digit and reported
   * from `le`. Checked by a lookbehind once `pattern` has matched, not at
   * every position the scan stops at.
   */
  before?: string
  /** Reported as info: the pattern finds an artifact often, not always. */
  lowConfidence?: boolean
  /**
   * More matches than this in one block mean the block is written that way
   * throughout on purpose (a transcript run together, a table): none of them
   * is reported.
   */
  quietAbove?: number
  /**
   * The entry finds one of several styles of one thing (Vale’s “consistency”
   * kind: `{group: 'date order', name: 'day first'}`): its matches are held
   * until the document ends, and reported only where the document uses
   * another style of the group more often. On a tie, a `preferred` style
   * wins (the house style: `9 p.m.` rather than `21:00`), or else the style
   * seen first.
   */
  style?: {group: string; name: string; preferred?: boolean}
}

export interface PatternMatch<Entry extends PatternEntry> {
  entry: Entry
  start: number
  end: number
  text: string
}

/** A list of patterns compiled into one alternation: one pass over the text finds them all. */
export interface PatternSet<Entry extends PatternEntry> {
  find(text: string, offset: number): Iterable<PatternMatch<Entry>>
}

/** How a pattern set is compiled and reported; see `compilePatterns`. */
export interface PatternOptions {
  /** What every match starts with; see `compilePatterns`. */
  first?: string
  lead?: string
  trim?: boolean
}

/**
 * Compiles `entries` into one alternation.
 * - `first` is what every match starts with: a character class (`[«»\d]`),
 *   or alternatives of short prefixes. Written as a lookahead in front of
 *   everything else, it lets V8 skip to the next place it holds instead of
 *   trying every alternative (and every lookbehind) at every position:
 *   french-typography ran 5× faster. A rule whose entries each start with a
 *   character of their own (their context checked by a lookbehind after it)
 *   needs no `first`: V8 skips to those characters itself, and a `first`
 *   class that holds frequent characters (`.`, `,`, digits) slows it down
 *   (french-typography’s 65 entries: 11 ms per MB without one, 13 with; 36
 *   when they started with lookarounds behind a `first`).
 * - `lead` is a zero-width pattern that every entry starts with (such as
 *   `wordBefore`), written once in front of the alternation: V8 checks a
 *   leading lookbehind at every position before it can skip ahead, so one
 *   shared check costs a third of one per entry.
 * - `trim`: report matches without their leading and trailing spaces and
 *   tabs. Line patterns match `^[ \t]*…[ \t]*$` and trim, rather than use a
 *   `(?<=^[ \t]*)` lookbehind, which rescans a run of white space at every
 *   position in it (quadratic on a line of spaces).
 */
export function compilePatterns<Entry extends PatternEntry>(entries: readonly Entry[], flags: string, options: PatternOptions = {}): PatternSet<Entry> {
  // Built at the first `find`, not when the rule list is imported: a run that never gets to a rule’s patterns pays nothing for them.
  let regex: RegExp | undefined
  const compiled = (): RegExp => {
    const source =
      (options.first ? '(?=' + options.first + ')' : '') +
      (options.lead ?? '') +
      '(?:' +
      entries
        .map(
          (entry, index) => '(?<p' + index + '>' + entry.pattern + ')' + (entry.before ? '(?<=(?<b' + index + '>' + entry.before + ')\\k<p' + index + '>)' : '')
        )
        .join('|') +
      ')'
    return new RegExp(source, flags.includes('g') ? flags : flags + 'g')
  }

  function* matches(regex: RegExp, text: string, offset: number): Generator<PatternMatch<Entry>> {
    let previousEnd = 0
    for (const match of matchAll(regex, text)) {
      if (match[0].length === 0) continue
      const groups = match.groups ?? {}
      const index = entries.findIndex((_, index) => groups['p' + index] !== undefined)
      const entry = entries[index]
      if (!entry) continue
      let end = match.index + match[0].length
      let start = match.index - (entry.before ? (groups['b' + index]?.length ?? 0) : 0)
      if (entry.absorbSpaces === 'before') {
        while (start > previousEnd && isSpace(text.charCodeAt(start - 1))) start--
      } else if (entry.absorbSpaces === 'after') {
        while (end < text.length && isSpace(text.charCodeAt(end))) end++
        regex.lastIndex = end
      }
      previousEnd = end
      if (options.trim) {
        while (start < end && isBlank(text.charCodeAt(start))) start++
        while (end > start && isBlank(text.charCodeAt(end - 1))) end--
      }
      if (start === end) continue
      yield {entry, start: offset + start, end: offset + end, text: text.slice(start, end)}
    }
  }

  return {
    find(text, offset) {
      regex ??= compiled()
      // Most blocks hold no match: one search says so without making a generator (a short block’s fixed cost).
      regex.lastIndex = 0
      return regex.exec(text) === null ? noMatches : matches(regex, text, offset)
    }
  }
}

const noMatches: Iterable<never> = Object.freeze([])

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/** A space, a no-break space or a narrow no-break space: the spaces of French typography. */
function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f
}
