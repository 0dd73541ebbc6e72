import {firstCharacters} from './first-characters.js'

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
  /**
   * Where a match may start, for the scans that find those places before the
   * alternation is tried there: a regular expression (or several, any of
   * which) that holds where every match of `pattern` starts (where `pattern`
   * starts, not `before`). Entries share triggers, each a shape V8 scans
   * fast (a character class, a mark and what follows it): one scan of a
   * block for all of them, and the alternation of the entries that may start
   * with the character found only at the few places found. The entries
   * without one are scanned for with their own patterns, in the same scan. A
   * trigger may also hold one character early, at a character no entry may
   * start with (`_` before a word, where `\b` sees no edge): the next one is
   * tried. A trigger that misses a match loses it
   * (`tests/engine/pattern-set.test.ts` holds them).
   */
  trigger?: string | readonly string[]
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
  /** The matches of `find`, each handed to `visit` in order: no iterator or array made for a text that holds none. */
  each(text: string, offset: number, visit: (match: PatternMatch<Entry>) => void): void
  /** Searches one of which finds something in every text where `each` does: the scans of the triggers, or the alternation (see `RuleDefinition.blockGates`). */
  gates(): readonly RegExp[]
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
  /** The alternation of the entries at `indices` (all by default), each in a group named by its index in `entries`. */
  const source = (indices: readonly number[] = entries.map((_, index) => index)): string =>
    (options.first ? '(?=' + options.first + ')' : '') +
    (options.lead ?? '') +
    '(?:' +
    indices
      .map((index) => {
        const entry = entries[index]!
        return '(?<p' + index + '>' + entry.pattern + ')' + (entry.before ? '(?<=(?<b' + index + '>' + entry.before + ')\\k<p' + index + '>)' : '')
      })
      .join('|') +
    ')'
  const plainFlags = flags.replaceAll('g', '').replaceAll('y', '')
  // Built at the first `find`, not when the rule list is imported: a run that never gets to a rule’s patterns pays nothing for them.
  let regex: RegExp | undefined
  let triggered: Triggered | undefined

  /**
   * The match of `match` (an exec of the alternation at `text`) handed to `visit`, widened or trimmed; returns where
   * the next match may start (past the spaces it absorbed after it) and sets `last.end`.
   */
  function visitMatch(match: RegExpExecArray, text: string, offset: number, last: {end: number}, visit: (match: PatternMatch<Entry>) => void): number {
    const after = match.index + match[0].length
    const groups = match.groups ?? {}
    const index = entries.findIndex((_, index) => groups['p' + index] !== undefined)
    const entry = entries[index]
    if (!entry) return after
    let end = after
    let start = match.index - (entry.before ? (groups['b' + index]?.length ?? 0) : 0)
    if (entry.absorbSpaces === 'before') {
      while (start > last.end && isSpace(text.charCodeAt(start - 1))) start--
    } else if (entry.absorbSpaces === 'after') {
      while (end < text.length && isSpace(text.charCodeAt(end))) end++
    }
    last.end = end
    const resume = end
    if (options.trim) {
      while (start < end && isBlank(text.charCodeAt(start))) start++
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--
    }
    if (start !== end) visit({entry, start: offset + start, end: offset + end, text: text.slice(start, end)})
    return resume
  }

  /** Every match in `text`, in order, handed to `visit`: a loop, without an iterator or a closure per text (most texts hold none). */
  function each(text: string, offset: number, visit: (match: PatternMatch<Entry>) => void): void {
    if (hasTriggers) {
      triggered ??= compileTriggered(entries, source, plainFlags)
      // Most blocks hold no place a match may start: one search per scanner says so, making nothing (`search` makes no match array).
      const {scanners} = triggered
      let found: number[] | undefined
      for (let index = 0; index < scanners.length; index++) {
        const at = text.search(scanners[index]!)
        if (at === -1) continue
        found ??= new Array<number>(scanners.length).fill(-1)
        found[index] = at
      }
      if (found === undefined) return
      const last = {end: 0}
      let at = nextPlace(scanners, text, found, 0)
      while (at !== -1) {
        let sticky = triggered.stickyAt(text, at)
        let match = sticky === null ? null : stickyExec(sticky, text, at)
        // A trigger may stop before a match: at an underscore before a word, where `\b` sees no edge. Where none matched
        // at an underscore, the next character is tried, through a run of them (`x__dont`); the search then goes on
        // after the run.
        while (match === null && at + 1 < text.length && text.charCodeAt(at) === underscore) {
          sticky = triggered.stickyAt(text, ++at)
          if (sticky !== null) match = stickyExec(sticky, text, at)
        }
        at = nextPlace(scanners, text, found, match === null || match[0].length === 0 ? at + 1 : visitMatch(match, text, offset, last, visit))
      }
      return
    }
    const found = (regex ??= new RegExp(source(), plainFlags + 'g'))
    found.lastIndex = 0
    let last: {end: number} | undefined
    let match: RegExpExecArray | null
    while ((match = found.exec(text)) !== null) {
      if (match[0].length === 0) found.lastIndex++
      else found.lastIndex = visitMatch(match, text, offset, (last ??= {end: 0}), visit)
    }
  }

  const hasTriggers = entries.some((entry) => entry.trigger !== undefined)
  return {
    find(text, offset) {
      let list: Array<PatternMatch<Entry>> | undefined
      each(text, offset, (match) => (list ??= []).push(match))
      return list ?? noMatches
    },
    each,
    gates() {
      if (hasTriggers) return (triggered ??= compileTriggered(entries, source, plainFlags)).scanners
      return [(regex ??= new RegExp(source(), plainFlags + 'g'))]
    }
  }
}

const underscore = 0x5f

function stickyExec(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at
  return sticky.exec(text)
}

/**
 * A pattern set with triggers: `scanners` find the places a match may start
 * (the triggers of all entries, and the patterns of the entries without
 * any, in one alternation per scan flags: one scan of a block instead of one
 * per trigger), and at each place the alternation of the entries that may
 * start with the character there is tried, sticky. Trying an entry where
 * its own trigger does not hold finds nothing (a trigger holds wherever its
 * entry’s match starts), so the first entry that matches at the first place
 * where one does is what the whole alternation finds scanning on its own.
 */
interface Triggered {
  scanners: RegExp[]
  /** The sticky alternation of the entries whose match may start at `at` in `text`, or null when none may. */
  stickyAt(text: string, at: number): RegExp | null
}

function compileTriggered(entries: readonly PatternEntry[], source: (indices: readonly number[]) => string, flags: string): Triggered {
  const triggers = new Set<string>()
  const untriggered: string[] = []
  for (const entry of entries) {
    if (entry.trigger === undefined) untriggered.push(entry.pattern)
    for (const trigger of typeof entry.trigger === 'string' ? [entry.trigger] : (entry.trigger ?? [])) triggers.add(trigger)
  }
  if (untriggered.length > 0) triggers.add('(?:' + untriggered.join('|') + ')')
  // Triggers that scan with the same flags share a scan: one pass stops at the places of any of them (french-typography’s five: ~1.4× faster than a pass each).
  const byFlags = new Map<string, string[]>()
  for (const trigger of triggers) {
    const scan = scanFlags(trigger, flags)
    byFlags.set(scan, [...(byFlags.get(scan) ?? []), '(?:' + trigger + ')'])
  }
  // What each entry’s match may start with, read from its pattern (undefined: anything); compiled at the first place that needs it.
  let starts: Array<RegExp | undefined> | undefined
  const byCode = new Map<number, RegExp | null>()
  const byIndices = new Map<string, RegExp>()
  const unicode = flags.includes('u')
  function stickyFor(code: number): RegExp | null {
    let sticky = byCode.get(code)
    if (sticky !== undefined) return sticky
    starts ??= entries.map((entry) => {
      const first = firstCharacters(entry.pattern)
      return first === undefined ? undefined : new RegExp('^' + first, flags)
    })
    const character = unicode ? String.fromCodePoint(code) : String.fromCharCode(code)
    const indices: number[] = []
    for (let index = 0; index < entries.length; index++) if (starts[index]?.test(character) !== false) indices.push(index)
    if (indices.length === 0) sticky = null
    else {
      const key = indices.join(',')
      sticky = byIndices.get(key)
      if (!sticky) byIndices.set(key, (sticky = new RegExp(source(indices), flags + 'y')))
    }
    byCode.set(code, sticky)
    return sticky
  }
  return {
    scanners: [...byFlags].map(([scan, list]) => new RegExp(list.join('|'), scan)),
    // A scan without `u` may stop inside a surrogate pair, where no match of a `u` alternation starts.
    stickyAt: (text, at) => (unicode && insidePair(text, at) ? null : stickyFor(unicode ? text.codePointAt(at)! : text.charCodeAt(at)))
  }
}

/**
 * A trigger without Unicode properties or code point escapes scans without
 * the `u` flag, where V8 skips ~20× faster over a class of non-ASCII
 * characters; it then finds what it finds with it, and more (the halves of
 * a surrogate pair: `stickyMatches` skips the second). Not with `i`, which
 * folds more cases with `u`.
 */
function scanFlags(trigger: string, flags: string): string {
  return flags.includes('i') || /\\[pP]\{|\\u\{/.test(trigger) ? flags + 'g' : flags.replace('u', '') + 'g'
}

/** The next place at or after `from` where a scanner finds a trigger, or -1; `found` holds where each found one last (-1: none left). */
function nextPlace(scanners: readonly RegExp[], text: string, found: number[], from: number): number {
  let next = -1
  for (let index = 0; index < scanners.length; index++) {
    let at = found[index]!
    if (at !== -1 && at < from) {
      const scanner = scanners[index]!
      // In Unicode mode a search from inside a surrogate pair finds what the pair starts: no match starts inside one.
      for (let search = from; at !== -1 && at < from; search++) {
        scanner.lastIndex = search
        at = scanner.exec(text)?.index ?? -1
      }
      found[index] = at
    }
    if (at !== -1 && (next === -1 || at < next)) next = at
  }
  return next
}

const noMatches: Iterable<never> = Object.freeze([])

/** Whether `at` is the second half of a surrogate pair. */
function insidePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  const before = text.charCodeAt(at - 1)
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff
}

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

/** A space, a no-break space or a narrow no-break space: the spaces of French typography. */
function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f
}
