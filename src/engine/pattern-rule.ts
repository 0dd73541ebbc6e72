import {compilePatterns, type PatternEntry, type PatternMatch, type PatternOptions, type PatternSet} from './alternation.js'
import {defineOptionlessRule, shifted, type Rule, type RuleDefinition} from './rule.js'
import {countAtOrBelow, startOf} from './sorted.js'
import type {KeptDecision, Report, Summarized, Visitor} from './types.js'
import {createVariantTally, type Variant} from './variants.js'

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
  return defineOptionlessRule({...meta, prepare: () => patterns, ...patternRuleParts<PatternEntry>()})
}

/**
 * What every rule made of a pattern set declares beside its metadata and
 * settings (`definePatternRule`, `defineLanguagePatternRule`): its gates,
 * its handlers and its decision over the style matches.
 */
export function patternRuleParts<Entry extends PatternEntry>(): Pick<
  RuleDefinition<object, PatternSet<Entry>, StyleMatch[] | undefined>,
  'blockGates' | 'create' | 'decide' | 'keepDecision' | 'sparseSummaries'
> {
  return {
    blockGates: (settings) => settings.gates(),
    create: ({settings, report}) => patternVisitor(settings, report),
    decide: decideStyles,
    keepDecision: keptStyles,
    sparseSummaries: true
  }
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
  let quiet: Map<Entry, Array<PatternMatch<Entry>>> | undefined
  let blockStart = 0

  // One closure for every block (a block without a match makes nothing).
  function visit(match: PatternMatch<Entry>): void {
    const {entry} = match
    if (entry.style) {
      const held = reportOf(match)
      styled ??= []
      styled.push({
        group: entry.style.group,
        name: entry.style.name,
        preferred: entry.style.preferred === true,
        report: {...held, start: held.start - blockStart, end: held.end - blockStart}
      })
    } else if (entry.quietAbove === undefined) {
      report(reportOf(match))
    } else {
      quiet ??= new Map()
      const list = quiet.get(entry)
      if (list) list.push(match)
      else quiet.set(entry, [match])
    }
  }

  return {
    block(block) {
      blockStart = block.start
      patterns.each(block.text, block.start, visit)
      if (quiet === undefined) return
      for (const [entry, list] of quiet) {
        if (list.length <= entry.quietAbove!) for (const match of list) report(reportOf(match))
      }
      quiet = undefined
    },
    summary() {
      const summary = styled
      styled = undefined
      return summary
    }
  }
}

type Styled = Summarized<StyleMatch[] | undefined>

/**
 * Reports the matches of the styles other than the most frequent of their
 * group in the document (the document decision of a pattern rule), in
 * document order. Blocks without a style match may be left out of `blocks`:
 * they change nothing (see `keptStyles`).
 */
export function decideStyles({report}: {report(report: Report): void}, blocks: readonly Styled[]): void {
  const styles = createVariantTally()
  const preferred = new Set<string>()
  for (const {start, summary} of blocks) {
    if (summary === undefined) continue
    for (const match of summary) {
      styles.add(match.group, match.name, match.name, match.report.start + start, match.report.end + start, true)
      if (match.preferred) preferred.add(match.group + '\u0000' + match.name)
    }
  }
  let minority: Set<Variant> | undefined
  for (const {key, variants} of styles.conflicts()) {
    // Most frequent first; on a tie, a preferred style before the others (the sort is stable: then the one seen first).
    const rank = (variant: Variant) => variant.spans.length + (preferred.has(key + '\u0000' + variant.id) ? 0.5 : 0)
    variants.sort((a, b) => rank(b) - rank(a))
    minority ??= new Set()
    for (let index = 1; index < variants.length; index++) minority.add(variants[index]!)
  }
  if (minority === undefined) return
  for (const {start, summary} of blocks) {
    if (summary === undefined) continue
    for (const match of summary) if (minority.has(styles.variant(match.group, match.name)!)) report(shifted(match.report, start))
  }
}

/**
 * `decideStyles` kept between updates (see `KeptDecision`): the blocks that
 * hold a style match, in document order, are kept, so that an update reads
 * those few instead of every block’s summary. Blocks do not overlap: their
 * document order is the order of their starts, which move with them.
 */
export function keptStyles(): KeptDecision<StyleMatch[] | undefined> {
  let styled: Styled[] = []
  return {
    update(context, _, {removed, added}) {
      let gone: Set<Styled> | undefined
      for (const block of removed) if (block.summary !== undefined) (gone ??= new Set()).add(block)
      if (gone !== undefined) styled = styled.filter((block) => !gone.has(block))
      for (const block of added) {
        if (block.summary !== undefined) styled.splice(countAtOrBelow(styled, block.start, startOf), 0, block)
      }
      decideStyles(context, styled)
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
