import type {Paragraph, Root} from 'nlcst'
import {BlockReader, treeBlocks, type TextBlock} from './blocks.js'
import {findingMaker} from './findings.js'
import type {ActiveRule} from './settings.js'
import {sentenceTokens} from './tokens.js'
import type {Block, Finding, RuleContext, SourceText, Summarized, Token, Visitor} from './types.js'
import {countAtOrBelow, startOf} from './sorted.js'

/** What a run found: each active rule’s findings, and the number of words walked. */
export interface Run {
  findings: Map<ActiveRule, Finding[]>
  /** The words of every sentence walked: the word nodes a tree of the document holds. */
  words: number
  /** Each active rule’s block summaries, in document order (empty for a rule without `decide`). */
  summaries: Array<Array<Summarized<unknown>>>
}

/**
 * Runs every active rule over the document in one pass: each block is visited
 * once and each sentence is tokenised once, for all rules together; then
 * every `end` handler and every document decision (`decide`) runs.
 * `source` is a parsed tree, the blocks themselves (Markdown and HTML,
 * bridged as they are iterated), or, to parse block by block, the text itself.
 * `sourceText`: the document, when `text` is not it (Markdown and HTML read
 * with character references decoded); findings are placed in it.
 * `observer`: handlers called after the rules’ (the incremental linter
 * records each block’s tokens with them). `decide: false` stops before the
 * document decisions and `end` handlers (the incremental linter takes each
 * block’s summaries, and decides over the whole document itself).
 */
export function runRules(
  source: Root | Iterable<Block> | string,
  text: string,
  active: readonly ActiveRule[],
  sourceText?: SourceText,
  observer?: Visitor,
  decide = true
): Run {
  const walk = startWalk(text, active, sourceText)
  const {findings, summaries} = walk
  const visitors = observer ? [...walk.visitors, observer] : walk.visitors
  const blockVisitors = visitors.filter((visitor) => visitor.block)
  const paragraphVisitors = visitors.filter((visitor) => visitor.paragraph)
  const sentenceVisitors = visitors.filter((visitor) => visitor.sentence)
  // Without paragraph handlers, no one reads a block’s nlcst: the tokens of plain text are read without it where they can be.
  const next =
    typeof source === 'string'
      ? readerOf(new BlockReader(source, paragraphVisitors.length === 0))
      : iteratorOf('type' in source ? treeBlocks(source, text) : source)
  let words = 0

  for (let block = next(); block; block = next()) {
    walk.enter(block)
    for (let index = 0; index < blockVisitors.length; index++) blockVisitors[index]!.block!(block)
    const sentences = (block as Partial<TextBlock>).sentences
    if (sentences) {
      for (let index = 0; index < sentences.length; index++) words += visitSentence(sentences[index]!, block, sentenceVisitors)
    }
    // One pass over the paragraphs: those of a long block are parsed as they come (see `parseBlocks`).
    else {
      for (const paragraph of block.paragraphs) {
        for (const visitor of paragraphVisitors) visitor.paragraph!(paragraph, block)
        words += visitSentences(paragraph, block, sentenceVisitors)
      }
    }
    walk.leave(block)
  }

  if (decide) walk.finish(summaries)
  dropInsideDeletions(findings)
  return {findings, words, summaries}
}

/** The rules’ handlers for one document, with the findings they report, placed in the block being visited. */
export interface Walk {
  findings: Map<ActiveRule, Finding[]>
  /** One per active rule, in order. */
  visitors: Visitor[]
  /** The summaries of the blocks left so far, per active rule, in order (see `Visitor.summary`). */
  summaries: Array<Array<Summarized<unknown>>>
  /** The block being visited. */
  enter(block: Block): void
  /** Done with the block: keeps each rule’s summary of it. */
  leave(block: Block): void
  /** Once every block is walked: calls the `end` handlers, then each rule’s decision over `summaries` (per active rule, in order). */
  finish(summaries: ReadonlyArray<ReadonlyArray<Summarized<unknown>>>): void
}

/**
 * Creates the handlers of every active rule for one document. `runRules`
 * walks them over the document; the incremental linter (`src/incremental`)
 * finishes its document-level rules over the summaries it kept of each block.
 */
export function startWalk(text: string, active: readonly ActiveRule[], sourceText?: SourceText): Walk {
  const findings = new Map<ActiveRule, Finding[]>()
  const visitors: Visitor[] = []
  const contexts: Array<RuleContext<unknown>> = []
  const summaries: Array<Array<Summarized<unknown>>> = []
  let current: Block | undefined
  const makeFinding = findingMaker(text, sourceText)

  for (const entry of active) {
    const list: Finding[] = []
    findings.set(entry, list)
    const context = reportingContext(entry, text, (report) => {
      const finding = makeFinding(report, current)
      if (finding) list.push(finding)
    })
    contexts.push(context)
    visitors.push(entry.rule.create(context))
    summaries.push([])
  }
  const summarizing = visitors.filter((visitor) => visitor.summary)
  const summarized = summaries.filter((_, index) => visitors[index]!.summary)
  const sparse = active.filter((_, index) => visitors[index]!.summary).map((entry) => entry.rule.sparseSummaries === true)
  return {
    findings,
    visitors,
    summaries,
    enter(block) {
      current = block
    },
    leave(block) {
      // Every block, for every rule: an indexed loop over the rules that sum up (no iterator or entry per rule).
      for (let index = 0; index < summarizing.length; index++) {
        const summary = summarizing[index]!.summary!(block)
        // A sparse rule's block without facts keeps no entry (most short paragraphs).
        if (summary !== undefined || !sparse[index]) summarized[index]!.push({start: block.start, summary})
      }
    },
    finish(kept) {
      current = undefined
      for (const visitor of visitors) visitor.end?.()
      for (let index = 0; index < active.length; index++) active[index]!.rule.decide?.(contexts[index]!, kept[index]!)
    }
  }
}

/** What `entry`’s handlers or decision get for one document of `text`: what they report goes to `report`. */
export function reportingContext(entry: ActiveRule, text: string, report: RuleContext<unknown>['report']): RuleContext<unknown> {
  return {settings: entry.settings, text, claimedByOthers: entry.rule.claimedByOthers, report}
}

/**
 * A finding inside a span that another finding says to delete (`expected:
 * []`, such as a line of scraper boilerplate) is moot: the text goes away.
 * Deletions sorted by start, with the furthest end reached so far, answer
 * “is this span inside a larger deletion?” in O(log n) per finding.
 */
export function dropInsideDeletions(findings: Map<ActiveRule, Finding[]>): void {
  const deletions: Finding[] = []
  for (const list of findings.values()) for (const finding of list) if (finding.expected?.length === 0) deletions.push(finding)
  if (deletions.length === 0) return
  deletions.sort((a, b) => a.start - b.start)
  // reach[i]: the deletion among the first i + 1 that ends furthest.
  const reach: Finding[] = []
  for (const [index, deletion] of deletions.entries()) {
    const previous = reach[index - 1]
    reach.push(previous && previous.end >= deletion.end ? previous : deletion)
  }
  const inside = (finding: Finding): boolean => {
    const last = countAtOrBelow(deletions, finding.start, startOf) - 1
    const widest = last === -1 ? undefined : reach[last]!
    return widest !== undefined && widest !== finding && deletes(widest, finding)
  }
  for (const [active, list] of findings) {
    const kept = list.filter((finding) => !inside(finding))
    if (kept.length !== list.length) findings.set(active, kept)
  }
}

/** Whether `deletion` drops `finding`: it holds the finding (starting at or before it) and is wider. */
export function deletes(deletion: Finding, finding: Finding): boolean {
  return deletion.start <= finding.start && deletion.end >= finding.end && deletion.end - deletion.start > finding.end - finding.start
}

/** The blocks of plain text, one at a time: no iterator result per block. */
function readerOf(reader: BlockReader): () => Block | undefined {
  return () => reader.next()
}

function iteratorOf(blocks: Iterable<Block>): () => Block | undefined {
  const iterator = blocks[Symbol.iterator]()
  return () => {
    const result = iterator.next()
    return result.done ? undefined : result.value
  }
}

/** Visits the sentences of a paragraph (tokenised once for all visitors); returns how many words they hold. */
function visitSentences(paragraph: Paragraph, block: Block, visitors: readonly Visitor[]): number {
  let words = 0
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    if (visitors.length === 0) {
      for (const node of child.children) if (node.type === 'WordNode') words++
      continue
    }
    words += visitSentence(sentenceTokens(child, block.nodeBase), block, visitors)
  }
  return words
}

/** Hands a sentence’s tokens to every visitor; returns how many words it holds. */
function visitSentence(tokens: readonly Token[], block: Block, visitors: readonly Visitor[]): number {
  let words = 0
  for (let index = 0; index < tokens.length; index++) if (tokens[index]!.kind === 'word') words++
  for (let index = 0; index < visitors.length; index++) visitors[index]!.sentence!(tokens, block)
  return words
}
