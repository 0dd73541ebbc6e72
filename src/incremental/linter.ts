import {VFile} from 'vfile'
import {blockSpans} from '../engine/blocks.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Options} from '../options.js'
import {setup} from '../preset.js'
import {hasFindings, lintBlock, place, type BlockRun} from './block-run.js'
import {Decisions} from './decisions.js'
import {walkDocument} from './document-walk.js'
import {layout, splice, type BlockInput, type Piece, type SpanCache} from './layout.js'
import {countAtOrBelow} from '../engine/sorted.js'
import {placeInLines, readingAfter, reportUpdate, straddles, type KeptMessages, type Reading} from './messages.js'
import {LaidOutText, type DocumentText} from './document-text.js'

export type {BlockInput} from './layout.js'

/** A linter that keeps what it learnt of each block between updates of one document. */
export interface IncrementalLinter {
  /**
   * Lints the document made of `blocks` (in document order, joined by blank
   * lines), parsing only the blocks not seen in the last update. Returns
   * (synchronously) the file `lint()` would give for the joined text, with
   * the same messages.
   */
  update(blocks: readonly BlockInput[]): VFile
  /**
   * Lints a whole text that an editor changed somewhere (a language server is
   * sent edits, not blocks): cut into blocks at blank lines as `lint()` cuts
   * it, with only the blocks not seen in the last update parsed. `file`: the
   * file to report to (its text is `text`), else a new one.
   */
  lintText(text: string, file?: VFile): VFile
}

/**
 * Creates a linter for one document of plain text that an editor changes
 * block by block (a paragraph, a heading, a list item). Each block is parsed
 * and linted once; the rules that read the whole document (spellings that
 * must agree, quotations across paragraphs) are walked again at each update
 * over the tokens kept of every block.
 */
export function createLinter(options?: Options | null): IncrementalLinter {
  if (options?.format && options.format !== 'text') {
    throw new Error('createLinter() lints plain text blocks, not `' + options.format + '`: leave `format` out')
  }
  return linterOf(setup(options), options)
}

/** An incremental linter running the `active` rules (`createLinter`’s, or a test’s); `options` are recorded in each file. */
export function linterOf(active: readonly ActiveRule[], options?: Options | null): IncrementalLinter {
  const {blockRules, deciding, walked, keepNodes} = splitRules(active)
  const perBlock = [...blockRules, ...deciding]
  // The runs of the last update, in order (spliced from update to update), and by text: a block seen before, wherever it now stands, is reused.
  const runs: BlockRun[] = []
  const known = new Map<string, BlockRun[]>()
  // Of the last update: its text, the runs with findings (in order), whether its lines were placed exactly, and its words.
  let lastText = ''
  const found: BlockRun[] = []
  let exact = true
  let words = 0
  let updates = 0
  let spanCache: SpanCache | undefined
  // Whether the runs are the blocks of the layout last returned (the last update came through `update`).
  let fromLayout = false
  const decisions = new Decisions(deciding)
  const keptMessages: KeptMessages = {path: undefined, byRule: new Map(), stable: 0, tailFrom: 0, tailTo: 0, shift: 0, updates: 0}
  const pass = new MiddlePass(runs, known, decisions, perBlock, deciding.length, walked.length > 0, keepNodes)

  return {
    update(blocks) {
      const {laidOut, cache} = layout(blocks, spanCache)
      spanCache = cache
      const kept = fromLayout ? laidOut : undefined
      fromLayout = true
      const read = new LaidOutText(laidOut.text.length, laidOut.editorStarts, laidOut.editorTexts)
      return lintLaidOut(laidOut.text, read, laidOut.spans, laidOut.pieces, kept)
    },
    lintText(text, file) {
      // The spans of every block, read before any is linted (a cursor of their own: nothing shared with the parse of a block).
      const spans: number[] = []
      for (const [start, end] of blockSpans(text)) spans.push(start, end)
      fromLayout = false
      return lintLaidOut(text, text, spans, [], undefined, file)
    }
  }

  /**
   * Lints `text` (read as `read`: see `LaidOutText`), whose engine blocks are `spans` (start and end of each), of
   * which `pieces` are known (see `Layout`). The blocks of the last update
   * that stand as they stood at the head of the document, and at its tail
   * (moved by what the edit added), are kept with nothing read or written
   * but the tail’s offsets, lines and order; only the blocks between are
   * matched, linted and placed. `kept`: how many blocks stand so at the head
   * and tail, when the layout knows (its blocks are the last update’s), else
   * they are compared.
   */
  function lintLaidOut(
    text: string,
    read: DocumentText,
    spans: readonly number[],
    pieces: ReadonlyArray<Piece | undefined>,
    kept?: {keptHead: number; keptTail: number},
    file = new VFile(text)
  ): VFile {
    const update = ++updates
    const count = spans.length / 2
    const old = runs.length
    const delta = text.length - lastText.length
    // Whether the text from `from` to `to` of the last update reads the same `shift` later.
    const sameGap = (from: number, to: number, shift: number): boolean => {
      for (let at = from; at < to; at++) if (read.charCodeAt(at + shift) !== lastText.charCodeAt(at)) return false
      return true
    }
    let head = 0
    let tail = 0
    if (exact && kept) {
      head = kept.keptHead
      tail = kept.keptTail
      // What the runs stand for now (see `Piece`): the layout may have found pieces again at the edges of its head and tail.
      for (let index = head - 1; index >= 0 && runs[index]!.piece !== pieces[index]; index--) runs[index]!.piece = pieces[index]
      for (let index = 0; index < tail && runs[old - tail + index]!.piece !== pieces[count - tail + index]; index++)
        runs[old - tail + index]!.piece = pieces[count - tail + index]
    } else if (exact) {
      // A block that is the same piece as the last update’s, after another such, stands as it stood (see `Piece`); others are read.
      let pieceBefore = false
      while (head < old && head < count) {
        const run = runs[head]!
        const piece = pieces[head]
        if (piece === undefined || !pieceBefore) {
          const start = run.block.start
          const before = runs[head - 1]
          if (spans[2 * head] !== start || !sameGap(before ? before.block.start + before.text.length : 0, start, 0)) break
        }
        if (!holds(run, head, spans, pieces, read)) break
        // What the run stands for now: a piece only while it is one (see `Piece`).
        run.piece = piece
        pieceBefore = piece !== undefined
        head++
      }
      let pieceAfter = false
      while (tail < old - head && tail < count - head) {
        const run = runs[old - 1 - tail]!
        const piece = pieces[count - 1 - tail]
        if (piece === undefined || !pieceAfter) {
          const start = run.block.start
          if (spans[2 * (count - 1 - tail)] !== start + delta) break
          // The gap after it, up to the block after it, kept too.
          if (tail > 0 && !sameGap(start + run.text.length, runs[old - tail]!.block.start, delta)) break
        }
        if (!holds(run, count - 1 - tail, spans, pieces, read)) break
        run.piece = piece
        pieceAfter = piece !== undefined
        tail++
      }
    }
    const middleEnd = old - tail
    // The text up to the end of the head reads as the last update’s.
    const lastHead = runs[head - 1]
    keptMessages.stable = lastHead ? lastHead.block.start + lastHead.text.length : 0
    const previous = runs.slice(head, middleEnd)
    // The runs with findings: those of the head and tail (by their order in the last update), and those of the middle, found again.
    const foundHead = countAtOrBelow(found, head - 1, orderOf)
    const foundTail = countAtOrBelow(found, middleEnd - 1, orderOf)

    decisions.begin(head === old ? Number.POSITIVE_INFINITY : runs[head]!.block.start)
    pass.begin(update, spans, pieces, read, head, middleEnd, lastHead)
    // One call per block: the loop here stays small (see `MiddlePass`).
    for (let index = head; index < count - tail; index++) pass.lintAt(index)
    const {middle, middleFound, added, lastKept, reading, at} = pass
    let placedExactly = pass.placedExactly
    words += pass.words
    if (added.length > 0 || middleEnd > lastKept + 1) decisions.replace(runs, lastKept + 1, middleEnd, added)
    // Blocks gone from the document are forgotten.
    for (const run of previous) {
      words -= run.words
      if (run.update !== update) forget(known, run)
    }
    // The tail: moved by `delta`, its lines by as many as the edit added (its first block read again).
    if (tail > 0) {
      const first = runs[middleEnd]!
      const line = first.line
      const last = runs[old - 1]!
      if (straddles(read, first.block.start + delta) || straddles(read, last.block.start + last.text.length + delta)) placedExactly = false
      placeInLines(read, first, at, first.block.start + delta, reading)
      const lines = first.line - line
      const moved = count - old
      moveRuns(runs, middleEnd, old, delta, lines, moved, walked.length > 0)
    }
    // The text from the first block of the tail to the end of its last reads as the last update’s, moved.
    keptMessages.tailFrom = tail > 0 ? runs[middleEnd]!.block.start : Number.POSITIVE_INFINITY
    keptMessages.tailTo = tail > 0 ? runs[old - 1]!.block.start + runs[old - 1]!.text.length : Number.NEGATIVE_INFINITY
    keptMessages.shift = delta
    splice(runs, head, middleEnd - head, middle)
    splice(found, foundHead, foundTail - foundHead, middleFound)
    pass.end()
    exact = placedExactly
    lastText = text

    const fromDocument = decisions.decide(text, read)
    // Blocks a decision gave findings to (see `RuleContext.reportBlock`) are among those with findings.
    for (const run of decisions.changed) {
      const at = countAtOrBelow(found, run.order, orderOf)
      if (found[at - 1] !== run && hasFindings(run)) found.splice(at, 0, run)
    }
    decisions.changed.length = 0
    if (walked.length > 0) for (const [rule, list] of walkDocument(text, runs, walked)) fromDocument.set(rule, list)
    reportUpdate(file, read, runs, found, exact, {active, perBlock, decidingFrom: blockRules.length}, fromDocument, keptMessages)
    file.data.mtlint = {options: options ?? undefined, words}
    return file
  }
}

/** Whether the run `run` is the engine block at `index` of `spans`: the same piece when known (`pieces`), else read in the document. */
function holds(run: BlockRun, index: number, spans: readonly number[], pieces: ReadonlyArray<Piece | undefined>, read: DocumentText): boolean {
  const start = spans[2 * index]!
  const piece = pieces[index]
  return piece === undefined ? run.text.length === spans[2 * index + 1]! - start && read.startsWith(run.text, start) : run.piece === piece
}

/**
 * The blocks of an update between the head and tail kept (see
 * `lintLaidOut`), one call per block: each matched with a run of the last
 * update (the one expected next, else one of the same text) or linted, and
 * placed. A first update calls it for every block, so V8 optimises it there,
 * once; in `lintLaidOut` the loop would make that large function hot, and
 * compiled again at the first edits (tens of ms each, in the bench’s first
 * edits).
 */
class MiddlePass {
  /** The blocks placed, in order, and those with findings; the runs added since the last one kept in place. */
  middle: BlockRun[] = []
  middleFound: BlockRun[] = []
  added: BlockRun[] = []
  /** The last update’s order of the last block kept in place (in increasing order: the summaries kept keep their order). */
  lastKept = -1
  /** The run of the last update expected next: blocks mostly stand where they stood. */
  cursor = 0
  /** Where the lines are read (from the end of the head on), and up to where. */
  reading: Reading = {line: 1, lineStart: 0}
  at = 0
  placedExactly = true
  /** Words of the blocks placed. */
  words = 0
  private update = 0
  private head = 0
  private middleEnd = 0
  private spans: readonly number[] = []
  private pieces: ReadonlyArray<Piece | undefined> = []
  private read: DocumentText = ''

  constructor(
    private readonly runs: readonly BlockRun[],
    private readonly known: Map<string, BlockRun[]>,
    private readonly decisions: Decisions,
    private readonly perBlock: readonly ActiveRule[],
    private readonly deciding: number,
    private readonly record: boolean,
    private readonly keepNodes: boolean
  ) {}

  /** Starts the blocks of `update` after the `head` kept (the last of which is `lastHead`), up to the last update’s `middleEnd`. */
  begin(
    update: number,
    spans: readonly number[],
    pieces: ReadonlyArray<Piece | undefined>,
    read: DocumentText,
    head: number,
    middleEnd: number,
    lastHead: BlockRun | undefined
  ): void {
    this.update = update
    this.spans = spans
    this.pieces = pieces
    this.read = read
    this.head = head
    this.middleEnd = middleEnd
    this.middle = []
    this.middleFound = []
    this.added = []
    this.cursor = head
    this.lastKept = head - 1
    this.reading = lastHead ? readingAfter(lastHead) : {line: 1, lineStart: 0}
    this.at = lastHead ? lastHead.block.start + lastHead.text.length : 0
    this.placedExactly = !straddles(read, this.at)
    this.words = 0
  }

  /** The engine block at `index`: matched or linted, and placed. */
  lintAt(index: number): void {
    const {runs, spans, pieces, read, update, decisions} = this
    const start = spans[2 * index]!
    const end = spans[2 * index + 1]!
    const expected = this.cursor < this.middleEnd ? runs[this.cursor] : undefined
    let run = expected && expected.update !== update && holds(expected, index, spans, pieces, read) ? expected : undefined
    const inPlace = run !== undefined && run.order > this.lastKept
    if (!run) {
      const piece = pieces[index]
      const blockText = piece ? piece.text : read.slice(start, end)
      run = take(this.known, blockText, start, update, this.head, this.middleEnd)
      if (!run) {
        run = lintBlock(blockText, piece, this.perBlock, this.deciding, this.record, this.keepNodes)
        const same = this.known.get(blockText)
        if (same) same.push(run)
        else this.known.set(blockText, [run])
      }
    }
    if (inPlace) {
      // The blocks of the last update between the last one kept and this one are gone (or moved: added elsewhere).
      if (this.added.length > 0 || run.order > this.lastKept + 1) decisions.replace(runs, this.lastKept + 1, run.order, this.added)
      this.added.length = 0
      decisions.keep(run)
      this.lastKept = run.order
    } else this.added.push(run)
    // After a block edited (new), the one after it is expected next.
    this.cursor = run.order === -1 ? this.cursor + 1 : run.order + 1
    run.update = update
    run.order = index
    run.piece = pieces[index]
    place(run, start)
    if (straddles(read, start) || straddles(read, end)) this.placedExactly = false
    placeInLines(read, run, this.at, start, this.reading)
    this.at = end
    this.middle.push(run)
    if (hasFindings(run)) this.middleFound.push(run)
    this.words += run.words
  }

  /** Lets go of the update’s arrays and text (the linter holds what it keeps). */
  end(): void {
    this.middle = []
    this.middleFound = []
    this.added = []
    this.spans = []
    this.pieces = []
    this.read = ''
  }
}

const orderOf = (run: BlockRun): number => run.order

/**
 * Moves the runs of the tail, from `from` to `to`, by `delta` characters,
 * `lines` lines (all but the first, placed already) and `moved` places in
 * order, touching of each run only what changed (typing in a paragraph adds
 * no line and no block); `recorded`: whether their tokens move too. Every
 * update runs it over about half the document: a function of its own, small,
 * optimised after a few updates (inside `lintLaidOut`, it waited for the
 * whole of that function to be, and made it costlier to compile).
 */
function moveRuns(runs: readonly BlockRun[], from: number, to: number, delta: number, lines: number, moved: number, recorded: boolean): void {
  if (delta !== 0 && !recorded) {
    // No tokens recorded (see `lintBlock`): the block’s place alone.
    for (let index = from; index < to; index++) {
      const block = runs[index]!.block
      block.start += delta
      block.nodeBase += delta
    }
  } else if (delta !== 0) for (let index = from; index < to; index++) place(runs[index]!, runs[index]!.block.start + delta)
  if (lines !== 0) for (let index = from + 1; index < to; index++) runs[index]!.line += lines
  if (moved !== 0) for (let index = from; index < to; index++) runs[index]!.order += moved
}

/**
 * Rules whose findings in a block depend on that block alone; rules that
 * read the whole document in two parts (`decide`), run per block too, their
 * summaries kept; and rules walked over the whole document again, which
 * have an `end` handler and no decision. Their handlers are made once here
 * to see which they have (making them is cheap: state only).
 */
function splitRules(active: readonly ActiveRule[]): {blockRules: ActiveRule[]; deciding: ActiveRule[]; walked: ActiveRule[]; keepNodes: boolean} {
  const blockRules: ActiveRule[] = []
  const deciding: ActiveRule[] = []
  const walked: ActiveRule[] = []
  let keepNodes = false
  for (const entry of active) {
    const visitor = entry.rule.create({settings: entry.settings, text: '', report() {}, claimedByOthers: entry.rule.claimedByOthers})
    if (entry.rule.decide) deciding.push(entry)
    else if (visitor.end) {
      walked.push(entry)
      keepNodes ||= visitor.paragraph !== undefined
    } else blockRules.push(entry)
  }
  return {blockRules, deciding, walked, keepNodes}
}

/** A run of the last update for `text` between `from` and `to` in its order, not taken by this `update` yet, preferably the one that stood at `start`. */
function take(known: ReadonlyMap<string, BlockRun[]>, text: string, start: number, update: number, from: number, to: number): BlockRun | undefined {
  const runs = known.get(text)?.filter((run) => run.update !== update && run.order >= from && run.order < to)
  return runs?.find((run) => run.block.start === start) ?? runs?.at(-1)
}

/** Drops `run` from `known`. */
function forget(known: Map<string, BlockRun[]>, run: BlockRun): void {
  const runs = known.get(run.text)!
  if (runs.length === 1) known.delete(run.text)
  else runs.splice(runs.indexOf(run), 1)
}
