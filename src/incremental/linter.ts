import {VFile} from 'vfile'
import {blockSpans} from '../engine/blocks.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Options} from '../options.js'
import {setup} from '../preset.js'
import {lintBlock, place, type BlockRun} from './block-run.js'
import {Decisions} from './decisions.js'
import {walkDocument} from './document-walk.js'
import {layout, type BlockInput, type SpanCache} from './layout.js'
import {BlockLines, reportUpdate} from './messages.js'

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
  // The runs of the last update, in order, and by text: a block seen before, wherever it now stands, is reused.
  let previous: BlockRun[] = []
  const known = new Map<string, BlockRun[]>()
  let updates = 0
  let spanCache: SpanCache | undefined
  const decisions = new Decisions(deciding)

  return {
    update(blocks) {
      const {laidOut, cache} = layout(blocks, spanCache)
      spanCache = cache
      return lintLaidOut(laidOut.text, laidOut.spans, laidOut.texts)
    },
    lintText(text, file) {
      // Gathered first: `blockSpans` shares its regular expression with the parse of each block.
      const spans: number[] = []
      for (const [start, end] of blockSpans(text)) spans.push(start, end)
      return lintLaidOut(text, spans, [], file)
    }
  }

  /** Lints `text`, whose engine blocks are `spans` (start and end of each), of which `texts` are known (see `Layout`). */
  function lintLaidOut(text: string, spans: readonly number[], texts: ReadonlyArray<string | undefined>, file = new VFile(text)): VFile {
    const runs: BlockRun[] = []
    const lines = new BlockLines(text, runs)
    const update = ++updates
    // The run of the last update expected next: blocks mostly stand where they stood.
    let cursor = 0
    // The last update’s order of the last block kept in place (in increasing order: the summaries kept keep their order), and the blocks added since.
    let lastKept = -1
    const added: BlockRun[] = []
    let words = 0
    decisions.begin()
    for (let index = 0; index < spans.length; index += 2) {
      const start = spans[index]!
      const end = spans[index + 1]!
      const ownText = texts[index >> 1]
      const expected = previous[cursor]
      // A known text is mostly the very string of the last update (compared at once); else the document is read.
      let run =
        expected &&
        expected.update !== update &&
        (ownText === undefined ? expected.text.length === end - start && text.startsWith(expected.text, start) : expected.text === ownText)
          ? expected
          : undefined
      const inPlace = run !== undefined && run.order > lastKept
      if (!run) {
        const blockText = ownText ?? text.slice(start, end)
        run = take(known, blockText, start, update)
        if (!run) {
          run = lintBlock(blockText, perBlock, deciding.length, walked.length > 0, keepNodes)
          const same = known.get(blockText)
          if (same) same.push(run)
          else known.set(blockText, [run])
        }
      }
      if (inPlace) {
        // The blocks of the last update between the last one kept and this one are gone (or moved: added elsewhere).
        if (added.length > 0 || run.order > lastKept + 1) decisions.replace(previous, lastKept + 1, run.order, added)
        added.length = 0
        decisions.keep(run)
        lastKept = run.order
      } else added.push(run)
      // After a block edited (new), the one after it is expected next.
      cursor = run.order === -1 ? cursor + 1 : run.order + 1
      run.update = update
      run.order = runs.length
      place(run, start)
      lines.add(run, start)
      runs.push(run)
      words += run.words
    }
    if (added.length > 0 || previous.length > lastKept + 1) decisions.replace(previous, lastKept + 1, previous.length, added)
    // Blocks gone from the document are forgotten.
    for (const run of previous) if (run.update !== update) forget(known, run)
    previous = runs

    const fromDocument = decisions.decide(text)
    if (walked.length > 0) for (const [rule, list] of walkDocument(text, runs, walked)) fromDocument.set(rule, list)
    reportUpdate(file, text, runs, lines, {active, perBlock}, fromDocument)
    file.data.mtlint = {options: options ?? undefined, words}
    return file
  }
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

/** A run of the last update for `text` not taken by this `update` yet, preferably the one that stood at `start`. */
function take(known: ReadonlyMap<string, BlockRun[]>, text: string, start: number, update: number): BlockRun | undefined {
  const runs = known.get(text)?.filter((run) => run.update !== update)
  return runs?.find((run) => run.block.start === start) ?? runs?.at(-1)
}

/** Drops `run` from `known`. */
function forget(known: Map<string, BlockRun[]>, run: BlockRun): void {
  const runs = known.get(run.text)!
  if (runs.length === 1) known.delete(run.text)
  else runs.splice(runs.indexOf(run), 1)
}
