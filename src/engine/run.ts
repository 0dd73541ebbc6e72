import type {Paragraph, Root} from 'nlcst'
import {blockGates, opens, startBatch, type BlockGates} from './block-gates.js'
import {BlockReader, treeBlocks, type TextBlock} from './blocks.js'
import {makeFinding, newFindingMaker, type FindingMaker} from './findings.js'
import type {ActiveRule} from './settings.js'
import {itemAt, sentenceTokens} from './tokens.js'
import type {Block, Finding, Report, RuleContext, SourceText, Summarized, Token, Visitor} from './types.js'
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
  try {
    return walkRules(walk, source, text, observer, decide)
  } catch (error) {
    walk.abandon()
    throw error
  }
}

function walkRules(walk: Walk, source: Root | Iterable<Block> | string, text: string, observer: Visitor | undefined, decide: boolean): Run {
  const {findings, summaries} = walk
  const visitors = observer ? [...walk.visitors, observer] : walk.visitors
  const blockVisitors = visitors.filter((visitor) => visitor.block)
  const paragraphVisitors = visitors.filter((visitor) => visitor.paragraph)
  const sentenceVisitors = visitors.filter((visitor) => visitor.sentence)
  // Without paragraph handlers, no one reads a block’s nlcst: the tokens of plain text are read without it where they can be.
  const reader = typeof source === 'string' ? new BlockReader(source, paragraphVisitors.length === 0) : undefined
  const iterator = typeof source === 'string' ? undefined : ('type' in source ? treeBlocks(source, text) : source)[Symbol.iterator]()
  let words = 0
  let last: Block | undefined
  // Blocks read as tokens are walked in batches (see `walkBatch`).
  const batch: Batch = {blocks: [], length: 0}

  for (let block = nextBlock(reader, iterator); block; block = nextBlock(reader, iterator)) {
    last = block
    if ((block as Partial<TextBlock>).sentences) {
      batch.blocks.push(block as TextBlock)
      batch.length += block.text.length
      if (batch.blocks.length === batchBlocks || batch.length >= batchCharacters) words += walkBatch(walk as RulesWalk, batch, visitors)
      continue
    }
    if (batch.blocks.length !== 0) words += walkBatch(walk as RulesWalk, batch, visitors)
    walk.enter(block)
    for (let index = 0; index < blockVisitors.length; index++) blockVisitors[index]!.block!(block)
    // One pass over the paragraphs: those of a long block are parsed as they come (see `parseBlocks`).
    for (const paragraph of block.paragraphs) {
      for (const visitor of paragraphVisitors) visitor.paragraph!(paragraph, block)
      words += visitSentences(paragraph, block, sentenceVisitors)
    }
    walk.leave(block)
  }
  if (batch.blocks.length !== 0) words += walkBatch(walk as RulesWalk, batch, visitors)

  // Kept as the handlers are (see `lastWalk`): the block reader's and the blocks' classes live only while an instance does.
  if (reader) lastWalk.reader = reader
  if (last) lastWalk.block = last
  if (decide) walk.finish(summaries)
  else releaseSinks(walk as RulesWalk)
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
  /** The walk ends early (a handler threw): lets go of the rules’ kept report functions, so that the next walk takes them again. */
  abandon(): void
}

/**
 * Creates the handlers of every active rule for one document. `runRules`
 * walks them over the document; the incremental linter (`src/incremental`)
 * finishes its document-level rules over the summaries it kept of each block.
 *
 * The walk is plain data with module functions for methods, and each rule
 * reports through a function kept for the life of its `ActiveRule` (see
 * `sinkOf`): V8 inlines the functions a hot call site has seen, with their
 * closures and contexts as constants, and throws that code away once they
 * die, so closures made per document were compiled again at every lint.
 */
export function startWalk(text: string, active: readonly ActiveRule[], sourceText?: SourceText): Walk {
  const findings = new Map<ActiveRule, Finding[]>()
  const visitors: Visitor[] = []
  const contexts: Array<RuleContext<unknown>> = []
  const summaries: Array<Array<Summarized<unknown>>> = []
  const sinks: Sink[] = []
  const walk: RulesWalk = {
    findings,
    visitors,
    summaries,
    current: undefined,
    maker: newFindingMaker(text, sourceText),
    active,
    contexts,
    sinks,
    summarizing: [],
    summarized: [],
    sparse: [],
    gates: blockGates(active),
    enter: enterBlock,
    leave: leaveBlock,
    finish: finishWalk,
    abandon: abandonWalk
  }
  for (const entry of active) {
    const list: Finding[] = []
    findings.set(entry, list)
    const {sink, report} = sinkOf(entry)
    sink.list = list
    sink.walk = walk
    sinks.push(sink)
    const context = reportingContext(entry, text, report)
    contexts.push(context)
    visitors.push(entry.rule.create(context))
    summaries.push([])
  }
  walk.summarizing = visitors.filter((visitor) => visitor.summary)
  walk.summarized = summaries.filter((_, index) => visitors[index]!.summary)
  walk.sparse = active.filter((_, index) => visitors[index]!.summary).map((entry) => entry.rule.sparseSummaries === true)
  return walk
}

/** A walk’s state (see `startWalk`). */
interface RulesWalk extends Walk {
  /** The block being visited. */
  current: Block | undefined
  maker: FindingMaker
  active: readonly ActiveRule[]
  contexts: Array<RuleContext<unknown>>
  /** Where each active rule’s reports go, in order. */
  sinks: Sink[]
  /** The visitors with a summary, their lists of summaries, and whether each is sparse. */
  summarizing: Visitor[]
  summarized: Array<Array<Summarized<unknown>>>
  sparse: boolean[]
  /** The active rules’ block gates (see `RuleDefinition.blockGates`), read in `walkBatch`. */
  gates: BlockGates
}

function enterBlock(this: RulesWalk, block: Block): void {
  this.current = block
}

function leaveBlock(this: RulesWalk, block: Block): void {
  const {summarizing} = this
  // Every block, for every rule: an indexed loop over the rules that sum up (no iterator or entry per rule).
  for (let index = 0; index < summarizing.length; index++) keepSummary(this, index, block, summarizing[index]!.summary!(block))
}

/** Keeps the summary of a block by the `index`th rule that sums up: a sparse rule's block without facts keeps no entry (most short paragraphs). */
function keepSummary(walk: RulesWalk, index: number, block: Block, summary: unknown): void {
  if (summary !== undefined || !walk.sparse[index]) walk.summarized[index]!.push({start: block.start, summary})
}

function finishWalk(this: RulesWalk, kept: ReadonlyArray<ReadonlyArray<Summarized<unknown>>>): void {
  const {visitors, active, contexts} = this
  this.current = undefined
  for (const visitor of visitors) visitor.end?.()
  for (let index = 0; index < active.length; index++) active[index]!.rule.decide?.(contexts[index]!, kept[index]!)
  releaseSinks(this)
}

function abandonWalk(this: RulesWalk): void {
  releaseSinks(this)
}

/** Where one active rule’s reports go: the list of the walk they are made in (`walk` undefined: no walk holds it). */
interface Sink {
  list: Finding[]
  walk: RulesWalk | undefined
}

const noFindings: Finding[] = []
const keptSinks = new WeakMap<ActiveRule, {sink: Sink; report: RuleContext<unknown>['report']}>()

/**
 * The sink of `entry` and the one report function that fills it, kept for
 * the life of the entry (an entry lives as long as its processor's
 * options), so that the rules' calls to `report` see one function from one
 * document to the next. A second walk that starts while the first holds the
 * sink (none does: walks run to their end synchronously) gets one of its own.
 */
function sinkOf(entry: ActiveRule): {sink: Sink; report: RuleContext<unknown>['report']} {
  const kept = keptSinks.get(entry)
  if (kept && kept.sink.walk === undefined) return kept
  const sink: Sink = {list: noFindings, walk: undefined}
  const made = {sink, report: (report: Report) => reportTo(sink, report)}
  if (!kept) keptSinks.set(entry, made)
  return made
}

function reportTo(sink: Sink, report: Report): void {
  const walk = sink.walk!
  const finding = makeFinding(walk.maker, report, walk.current)
  if (finding) sink.list.push(finding)
}

/**
 * The handlers of the last walk done, kept until the next is done: a rule's
 * handlers are closures made per document, and V8 keeps their optimised code
 * only while a closure that runs it is alive. Without them, each lint of a
 * process compiled every hot handler again (~17 per warm lint of 1 MB); with
 * them, the next document's handlers start with that code. What they hold of
 * their document (its text, a rule's state) is let go at the next walk. The
 * last block reader and block are kept too: an instance's hidden class is
 * held only by live instances (V8's transition tree holds it weakly), and
 * `runRules`, which checks them, was compiled again at every lint.
 */
const lastWalk: {handlers: readonly Visitor[]; reader: BlockReader | undefined; block: Block | undefined} = {handlers: [], reader: undefined, block: undefined}

/** The walk is done: its sinks no longer hold its findings, and its handlers are kept (see `lastWalk`). */
function releaseSinks(walk: RulesWalk): void {
  for (const sink of walk.sinks) {
    sink.list = noFindings
    sink.walk = undefined
  }
  lastWalk.handlers = walk.visitors
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
    const previous = itemAt(reach, index - 1)
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

/** The next block: of plain text, from `reader` (no iterator result per block); else from `iterator`. */
function nextBlock(reader: BlockReader | undefined, iterator: Iterator<Block> | undefined): Block | undefined {
  if (reader) return reader.next()
  const result = iterator!.next()
  return result.done ? undefined : result.value
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
  for (let index = 0; index < visitors.length; index++) visitors[index]!.sentence!(tokens, block)
  return wordsIn(tokens)
}

/**
 * A batch of blocks read as tokens holds at most this many blocks, and ends
 * at the block that brings its text to this many characters: the tokens of
 * ~64 KB of text (~1 MB of objects) are alive at once. Batches of 64 blocks
 * or 8 KB gained half as much on prose (1 MB, fresh processes taking turns:
 * 286 against 261 CPU ms); batches of 4,096 blocks or 256 KB no more.
 */
export const batchBlocks = 1024
export const batchCharacters = 65_536

/** Blocks read as tokens waiting to be walked (see `walkBatch`), and the length of their text. */
interface Batch {
  blocks: TextBlock[]
  length: number
}

/**
 * Walks a batch of blocks read as tokens one rule at a time, and empties it: each visitor
 * takes every block of the batch (its `block`, `sentence` and `summary`
 * handlers, in that order, block after block) before the next visitor does.
 * Each rule sees its blocks in document order as before, and rules share no
 * state. Taken block by block, every block ran the handlers of all the
 * rules in turn: the rules’ code and tables took turns every few words (a
 * paragraph of prose, a line of a headline list or of subtitles), and both
 * 1 MB of prose and 1 MB of four-word paragraphs cost 13–14% less CPU
 * time in batches (issue 14). A rule’s `block` handler is not handed a
 * block that lacks its gates (see `block-gates.ts`). Returns the words the
 * batch holds.
 */
function walkBatch(walk: RulesWalk, pending: Batch, visitors: readonly Visitor[]): number {
  const batch = pending.blocks
  const {summarizing, gates} = walk
  startBatch(gates, batch.length)
  for (let at = 0; at < visitors.length; at++) {
    const visitor = visitors[at]!
    const kept = visitor.summary ? summarizing.indexOf(visitor) : -1
    // The observer, past the active rules, has no gate.
    const gated = at < gates.byRule.length ? gates.byRule[at] : undefined
    for (let index = 0; index < batch.length; index++) {
      const block = batch[index]!
      walk.current = block
      if (visitor.block && (gated === undefined || opens(gates, gated, index, block.text))) visitor.block(block)
      if (visitor.sentence) {
        const sentences = block.sentences!
        for (let position = 0; position < sentences.length; position++) visitor.sentence(sentences[position]!, block)
      }
      if (kept !== -1) keepSummary(walk, kept, block, visitor.summary!(block))
    }
  }
  let words = 0
  for (let index = 0; index < batch.length; index++) {
    const sentences = batch[index]!.sentences!
    for (let position = 0; position < sentences.length; position++) words += wordsIn(sentences[position]!)
  }
  batch.length = 0
  pending.length = 0
  return words
}

function wordsIn(tokens: readonly Token[]): number {
  let words = 0
  for (let index = 0; index < tokens.length; index++) if (tokens[index]!.kind === 'word') words++
  return words
}
