import {findingMaker} from '../engine/findings.js'
import type {ActiveRule} from '../engine/settings.js'
import {deletes, reportingContext} from '../engine/run.js'
import type {Finding, KeptDecision, Report, Summarized, TextReader} from '../engine/types.js'
import {countAtOrBelow, startOf} from '../engine/sorted.js'
import type {BlockRun, PlacedSummary} from './block-run.js'
import type {DocumentText} from './document-text.js'
import {splice, stretch} from './layout.js'

/**
 * The deciding rules’ view of the document between updates: each rule’s
 * summaries, in document order, in one array kept from update to update
 * and changed by splicing in only the blocks an update added or took away
 * (`replace`), with those summaries handed to the rule’s kept decision
 * (`keepDecision`); a rule without one decides over the whole array
 * (`decide`). An update tells it, in document order, the blocks kept in
 * place (`keep`) and, between two of them, what replaced the blocks of the
 * last update that stood there (`replace`).
 */
export class Decisions {
  /** Per deciding rule: the summaries of the document, in order (those of the last update, then changed by this one’s replacements). */
  private readonly summaries: Array<Array<Summarized<unknown>>>
  /** Per deciding rule: how many summaries the document has up to the last block kept in this update (where the next replacement goes). */
  private readonly at: number[]
  /** Per deciding rule: the summaries this update took away and brought, the latter in document order. */
  private removed: Array<Array<Summarized<unknown>>>
  private added: Array<Array<Summarized<unknown>>>
  private readonly kept: Array<KeptDecision<unknown> | undefined>
  /** The blocks whose kept findings (`BlockRun.decided`) an update changed: the linter lists them among the blocks with findings. */
  readonly changed: BlockRun[] = []
  /**
   * The text of the update being decided, and one finding maker over it for
   * every update: its wordings are made once per linter, not again at each
   * update for every finding the decisions give (and its one closure stays
   * optimised, where one made per update was compiled again in the edits).
   */
  private readonly text = new CurrentText()
  private readonly makeFinding = findingMaker(this.text)

  constructor(private readonly deciding: readonly ActiveRule[]) {
    this.summaries = deciding.map(() => [])
    this.at = deciding.map(() => 0)
    this.removed = deciding.map(() => [])
    this.added = deciding.map(() => [])
    this.kept = deciding.map(({rule, settings}) => rule.keepDecision?.(settings))
  }

  /** Starts an update whose first block not kept at the head of the document stood at `start` (the summaries before it stay). */
  begin(start: number): void {
    for (let index = 0; index < this.at.length; index++) this.at[index] = countAtOrBelow(this.summaries[index]!, start - 1, startOf)
  }

  /** The next block kept where it stood (after those kept or replaced before it in this update). */
  keep(run: BlockRun): void {
    const {at} = this
    for (let index = 0; index < at.length; index++) at[index]! += run.summaries[index]!.length
  }

  /** The blocks of the last update from `from` to `to` (its order, `to` excluded) give way to `added` (new here, in order), after the last block kept. */
  replace(previous: readonly BlockRun[], from: number, to: number, added: readonly BlockRun[]): void {
    for (let index = 0; index < this.deciding.length; index++) {
      const removed = this.removed[index]!
      const brought = this.added[index]!
      const count = takeAway(previous, from, to, index, removed)
      const first = brought.length
      // A stretch of blocks at a time (a first update brings every block): see `bring`.
      for (let at = 0; at < added.length; at += stretch) bring(added, at, Math.min(added.length, at + stretch), index, brought)
      splice(this.summaries[index]!, this.at[index]!, count, brought, first)
      this.at[index]! += brought.length - first
    }
  }

  /**
   * Each deciding rule’s document findings for `text` (once every block of
   * the update is kept or replaced): its kept decision told what changed,
   * else its decision over every summary. `read`: the text as the linter
   * reads it (see `LaidOutText`), handed to the decisions as `context.read`.
   */
  decide(text: string, read: DocumentText = text): Map<ActiveRule, Finding[]> {
    const findings = new Map<ActiveRule, Finding[]>()
    // `read` slices the editor's blocks without copying the whole text.
    this.text.read = read
    const {makeFinding} = this
    for (let index = 0; index < this.deciding.length; index++) {
      const entry = this.deciding[index]!
      const list: Finding[] = []
      findings.set(entry, list)
      const context = reportingContext(entry, text, (report) => {
        const finding = makeFinding(report, undefined)
        if (finding) list.push(finding)
      })
      context.read = read
      const kept = this.kept[index]
      if (kept) {
        context.reportBlock = (summary, reports) => {
          const run = (summary as PlacedSummary<unknown>).run
          setDecided(run, index, blockFindings(run, reports))
          this.changed.push(run)
        }
        kept.update(context, this.summaries[index]!, {removed: this.removed[index]!, added: this.added[index]!})
      } else entry.rule.decide!(context, this.summaries[index]!)
    }
    // Fresh lists: a kept decision may hold on to those it was handed.
    for (let index = 0; index < this.deciding.length; index++) {
      if (this.removed[index]!.length > 0) this.removed[index] = []
      if (this.added[index]!.length > 0) this.added[index] = []
    }
    this.text.read = ''
    return findings
  }
}

/** The text an update's findings are made from: the document being decided (see `Decisions.decide`). */
class CurrentText implements TextReader {
  read: TextReader = ''

  get length(): number {
    return this.read.length
  }

  charCodeAt(offset: number): number {
    return this.read.charCodeAt(offset)
  }

  slice(start: number, end: number): string {
    return this.read.slice(start, end)
  }
}

/** Pushes to `removed` the `index`-th deciding rule’s summaries of the runs `from` to `to` of `previous`, whose findings kept for it go with them (the decision gives them again if a block comes back elsewhere); returns how many. */
function takeAway(previous: readonly BlockRun[], from: number, to: number, index: number, removed: Array<Summarized<unknown>>): number {
  let count = 0
  for (let order = from; order < to; order++) {
    const run = previous[order]!
    for (const summary of run.summaries[index]!) {
      removed.push(summary)
      count++
    }
    if (run.decided?.[index]) setDecided(run, index, undefined)
  }
  return count
}

/**
 * Pushes to `brought` the `index`-th deciding rule’s summaries of `added`
 * from `from` to `to`: called a `stretch` at a time, so that a first update
 * of a large document, which brings every block, makes it hot by its calls
 * and V8 optimises it there (one loop over every block had `replace`
 * compiled for that loop alone, then again at the first edits).
 */
function bring(added: readonly BlockRun[], from: number, to: number, index: number, brought: Array<Summarized<unknown>>): void {
  for (let at = from; at < to; at++) for (const summary of added[at]!.summaries[index]!) brought.push(summary)
}

/** Sets the kept findings of the `index`-th deciding rule on `run` (none: `undefined`); its messages are made again. */
function setDecided(run: BlockRun, index: number, findings: readonly Finding[] | undefined): void {
  const decided = run.decided ?? []
  decided[index] = findings
  run.decided = decided.some((list) => list !== undefined) ? decided : undefined
  run.messages = undefined
}

/** A block’s reports (`RuleContext.reportBlock`) as findings at offsets in it, without those inside its deletions (as `dropInsideDeletions` drops them in `lint()`). */
function blockFindings(run: BlockRun, reports: readonly Report[]): readonly Finding[] | undefined {
  if (reports.length === 0) return undefined
  const makeFinding = findingMaker(run.text)
  const findings: Finding[] = []
  for (const report of reports) {
    if (report.expected?.length === 0) throw new Error('A block’s kept reports may not delete text')
    const finding = makeFinding(report, undefined)
    if (finding && !run.deletions.some((deletion) => deletes(deletion, finding))) findings.push(finding)
  }
  return findings.length > 0 ? findings : undefined
}
