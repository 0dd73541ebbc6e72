import type {Paragraph} from 'nlcst'
import {runRules} from '../engine/run.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Block, Finding, Summarized, Token} from '../engine/types.js'
import type {Piece} from './layout.js'
import {lineStartsOf, type BlockMessages} from './messages.js'

/** A paragraph of a block as the walked rules are walked over it again: its sentences, tokenised. */
export interface RecordedParagraph {
  /** The nlcst paragraph, kept only when a walked rule has a `paragraph` handler. */
  node: Paragraph | undefined
  sentences: Token[][]
}

/**
 * One block of the engine, linted once: what the rules found in it alone
 * (offsets in the block), the summaries the document decisions read, and,
 * only for rules walked over the whole document again (an `end` handler
 * without a decision), its tokens.
 */
export interface BlockRun {
  readonly text: string
  /** The block as the walked rules see it: `start`, `nodeBase`, the tokens and the summaries move with it (`place`). */
  readonly block: Block
  readonly paragraphs: readonly RecordedParagraph[]
  /** The findings of each rule run per block (block rules, then deciding rules), in order, at offsets in the block. */
  readonly findings: ReadonlyArray<readonly Finding[]>
  /** Whether any rule found something in the block. */
  readonly found: boolean
  /** Its findings that delete text (`expected: []`), which may drop a document finding (see `reportUpdate`). */
  readonly deletions: readonly Finding[]
  /** The summaries of each deciding rule, in order, at the block’s place (wherever it moves). */
  readonly summaries: ReadonlyArray<ReadonlyArray<Summarized<unknown>>>
  /** Words walked, as `lint()` counts them. */
  readonly words: number
  /** Its index among the blocks of the update that last took it, and that update’s number (the incremental linter’s bookkeeping). */
  order: number
  update: number
  /** The piece of an editor block it was linted for (see `Layout`), if any. */
  piece: Piece | undefined
  /** The line and column of its first character, where it stands now. */
  line: number
  column: number
  /** Offsets in `text` where its second, third… lines start. */
  readonly lineStarts: readonly number[]
  /** Its messages as the last update made them (see `reportUpdate`). */
  messages: BlockMessages | undefined
  /** Per deciding rule, the findings its kept decision gave this block (`RuleContext.reportBlock`), at offsets in the block: kept, and moved, with it. */
  decided: Array<readonly Finding[] | undefined> | undefined
}

/** Whether a block has findings of its own or given by a decision (see `BlockRun.decided`). */
export function hasFindings(run: BlockRun): boolean {
  return run.found || run.decided !== undefined
}

/**
 * Parses and lints one block on its own: the rules run as in a whole
 * document (`runRules` over the block’s text), short of the document
 * decisions; the deciding rules’ summaries are kept. `rules`: the block
 * rules, then the deciding ones (`deciding` of them). `record`: whether to
 * record the tokens (for walked rules), `keepNodes` the nlcst paragraphs too;
 * `piece`: the piece of an editor block `text` is, if any.
 */
export function lintBlock(
  text: string,
  piece: Piece | undefined,
  rules: readonly ActiveRule[],
  deciding: number,
  record: boolean,
  keepNodes: boolean
): BlockRun {
  const paragraphs: RecordedParagraph[] = []
  let masked = text
  const observer = record
    ? {
        block(block: Block) {
          masked = block.text
        },
        paragraph(node: Paragraph) {
          paragraphs.push({node: keepNodes ? node : undefined, sentences: []})
        },
        sentence(tokens: readonly Token[]) {
          paragraphs.at(-1)!.sentences.push(tokens as Token[])
        }
      }
    : undefined
  const walked = runRules(text, text, rules, undefined, observer, false)
  const findings = rules.map((rule) => walked.findings.get(rule) ?? [])
  const nodes = keepNodes ? paragraphs.map((paragraph) => paragraph.node!) : []
  const block: Block = {text: masked, start: 0, paragraphs: nodes, nodeBase: 0}
  const found = findings.some((list) => list.length > 0)
  // Placed once the run is made: each summary knows its run (see `RuleContext.reportBlock`). An array of its length (one grown by pushes holds room for more, in every block).
  const summaries: Array<Array<Summarized<unknown>>> = walked.summaries.slice(rules.length - deciding)
  const run: BlockRun = {
    text,
    block,
    // Kept on every block: one array for all when nothing is recorded.
    paragraphs: record ? paragraphs : unrecorded,
    findings,
    found,
    deletions: found ? findings.flatMap((list) => list.filter((finding) => finding.expected?.length === 0)) : none,
    summaries,
    words: walked.words,
    order: -1,
    update: -1,
    piece,
    line: 1,
    column: 1,
    lineStarts: lineStartsOf(text),
    messages: undefined,
    decided: undefined
  }
  for (let index = 0; index < summaries.length; index++) summaries[index] = summaries[index]!.map(({start, summary}) => new PlacedSummary(run, start, summary))
  return run
}

const unrecorded: readonly RecordedParagraph[] = []

/** The deletions of a block with no findings (most blocks): one array for all. */
const none: readonly Finding[] = []

/** Moves a block to document offset `start`: its tokens and place, in place (cheaper than copies, for every block of every update); its summaries follow its place. */
export function place(run: BlockRun, start: number): void {
  const delta = start - run.block.start
  if (delta === 0) return
  for (const paragraph of run.paragraphs) {
    for (const tokens of paragraph.sentences) {
      for (const token of tokens) {
        token.start += delta
        token.end += delta
      }
    }
  }
  run.block.start = start
  run.block.nodeBase = start
}

/** A block’s summary, at the offset the block stands at now: moving a block moves its summaries with no write to each. */
export class PlacedSummary<Summary> implements Summarized<Summary> {
  constructor(
    /** The block it summarises. */
    readonly run: BlockRun,
    private readonly offset: number,
    readonly summary: Summary
  ) {}

  get start(): number {
    return this.run.block.start + this.offset
  }
}
