import {compilePatterns, type PatternEntry, type PatternMatch, type PatternOptions, type PatternSet} from './alternation.js'
import {defineOptionlessRule, type Rule, type RuleDefinition} from './rule.js'
import type {Report, Summarized, Visitor} from './types.js'
import {createVariantTally} from './variants.js'

type Meta = Pick<RuleDefinition<object, unknown>, 'id' | 'description' | 'category' | 'severity' | 'fixable'>

/**
 * A rule made of text patterns alone (Vale’s “existence”, “substitution”
 * and “consistency” kinds): the patterns are compiled once into one
 * alternation and run once over each block; every match is reported with its
 * entry’s wording.
 * Options: `lead`, `trim` (see `compilePatterns`).
 */
export function definePatternRule(meta: Meta, entries: readonly PatternEntry[], flags: string, options: PatternOptions = {}): Rule {
  const patterns = compilePatterns(entries, flags, options)
  return defineOptionlessRule({
    ...meta,
    prepare: () => patterns,
    create: ({settings, report}) => patternVisitor(settings, report),
    decide: decideStyles
  })
}

/** A match of an entry with a `style`, held for the document decision: its report, at offsets in its block. */
export interface StyleMatch {
  group: string
  name: string
  preferred: boolean
  report: Report
}

/**
 * Reports every match of `patterns` in each block with its entry’s wording.
 * Matches of an entry with `quietAbove` are held until the block ends and
 * dropped when there are more of them than that; matches of an entry with a
 * `style` are the block’s summary, and only those of a minority style in
 * the document are reported (`decideStyles`; see `PatternEntry`).
 */
export function patternVisitor<Entry extends PatternEntry>(patterns: PatternSet<Entry>, report: (report: Report) => void): Visitor<StyleMatch[] | undefined> {
  let styled: StyleMatch[] | undefined

  return {
    block(block) {
      let quiet: Map<Entry, Array<PatternMatch<Entry>>> | undefined
      for (const match of patterns.find(block.text, block.start)) {
        const {entry} = match
        if (entry.style) {
          const held = reportOf(match)
          styled ??= []
          styled.push({
            group: entry.style.group,
            name: entry.style.name,
            preferred: entry.style.preferred === true,
            report: {...held, start: held.start - block.start, end: held.end - block.start}
          })
        } else if (entry.quietAbove === undefined) {
          report(reportOf(match))
        } else {
          quiet ??= new Map()
          quiet.set(entry, [...(quiet.get(entry) ?? []), match])
        }
      }
      for (const [entry, list] of quiet ?? []) {
        if (list.length <= entry.quietAbove!) for (const match of list) report(reportOf(match))
      }
    },
    summary() {
      const summary = styled
      styled = undefined
      return summary
    }
  }
}

/** Reports the matches of the styles other than the most frequent of their group in the document. */
export function decideStyles({report}: {report(report: Report): void}, blocks: ReadonlyArray<Summarized<StyleMatch[] | undefined>>): void {
  const styles = createVariantTally()
  const held = new Map<number, Report>()
  const preferred = new Set<string>()
  for (const {start, summary} of blocks) {
    for (const match of summary ?? []) {
      const at = match.report.start + start
      styles.add(match.group, match.name, match.name, at, match.report.end + start, true)
      if (match.preferred) preferred.add(match.group + '\u0000' + match.name)
      held.set(at, {...match.report, start: at, end: match.report.end + start})
    }
  }
  for (const {key, variants} of styles.conflicts()) {
    // Most frequent first; on a tie, a preferred style before the others (the sort is stable: then the one seen first).
    const rank = (variant: (typeof variants)[number]) => variant.spans.length + (preferred.has(key + '\u0000' + variant.id) ? 0.5 : 0)
    variants.sort((a, b) => rank(b) - rank(a))
    for (const variant of variants.slice(1)) {
      for (let index = 0; index < variant.spans.length; index += 2) report(held.get(variant.spans[index]!)!)
    }
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
