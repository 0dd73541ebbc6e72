import {compilePatterns, type PatternEntry, type PatternMatch, type PatternOptions, type PatternSet} from './pattern-set.js'
import {defineOptionlessRule, type Rule, type RuleDefinition} from './rule.js'
import type {Block, Report} from './types.js'

type Meta = Pick<RuleDefinition<object, unknown>, 'id' | 'description' | 'category' | 'severity' | 'fixable'>

/**
 * A rule made of text patterns alone (Vale’s “existence” and “substitution”
 * kinds): the patterns are compiled once into one alternation and run once
 * over each block; every match is reported with its entry’s wording.
 * Options: `lead`, `trim` (see `compilePatterns`).
 */
export function definePatternRule(
  meta: Meta,
  entries: readonly PatternEntry[],
  flags: string,
  options: PatternOptions = {}
): Rule {
  const patterns = compilePatterns(entries, flags, options)
  return defineOptionlessRule({
    ...meta,
    prepare: () => patterns,
    create({settings, report}) {
      return {
        block(block) {
          reportPatternMatches(settings, block, report)
        }
      }
    }
  })
}

/**
 * Reports every match of `patterns` in `block` with its entry’s wording.
 * Matches of an entry with `quietAbove` are held until the block ends and
 * dropped when there are more of them than that (see `PatternEntry`).
 */
export function reportPatternMatches<Entry extends PatternEntry>(
  patterns: PatternSet<Entry>,
  block: Block,
  report: (report: Report) => void
): void {
  let held: Map<Entry, Array<PatternMatch<Entry>>> | undefined
  for (const match of patterns.find(block.text, block.start)) {
    if (match.entry.quietAbove === undefined) {
      report(reportOf(match))
      continue
    }
    held ??= new Map()
    const list = held.get(match.entry) ?? []
    list.push(match)
    held.set(match.entry, list)
  }
  if (!held) return
  for (const [entry, list] of held) {
    if (list.length <= entry.quietAbove!) for (const match of list) report(reportOf(match))
  }
}

function reportOf(match: PatternMatch<PatternEntry>): Report {
  return {
    start: match.start,
    end: match.end,
    what: match.entry.what,
    expected: match.entry.expected?.(match.text),
    advice: match.entry.advice,
    note: match.entry.note,
    lowConfidence: match.entry.lowConfidence
  }
}
