import {matchAll} from './patterns.js'

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
}

export interface PatternMatch<Entry extends PatternEntry> {
  entry: Entry
  start: number
  end: number
  text: string
}

/** A list of patterns compiled into one alternation: one pass over the text finds them all. */
export interface PatternSet<Entry extends PatternEntry> {
  find(text: string, offset: number): Generator<PatternMatch<Entry>>
}

/**
 * Compiles `entries` into one alternation. `lead` is a zero-width pattern that
 * every entry starts with (such as `wordBefore`), written once in front of the
 * alternation: V8 checks a leading lookbehind at every position before it can
 * skip ahead, so one shared check costs a third of one per entry.
 */
export function compilePatterns<Entry extends PatternEntry>(
  entries: readonly Entry[],
  flags: string,
  lead = ''
): PatternSet<Entry> {
  const source = lead + '(?:' + entries.map((entry, index) => '(?<p' + index + '>' + entry.pattern + ')').join('|') + ')'
  const regex = new RegExp(source, flags.includes('g') ? flags : flags + 'g')

  return {
    *find(text, offset) {
      for (const match of matchAll(regex, text)) {
        if (match[0].length === 0) continue
        const groups = match.groups ?? {}
        const index = entries.findIndex((_, index) => groups['p' + index] !== undefined)
        const entry = entries[index]
        if (!entry) continue
        yield {entry, start: offset + match.index, end: offset + match.index + match[0].length, text: match[0]}
      }
    }
  }
}
