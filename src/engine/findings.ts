import {coversCode} from './code.js'
import {reasonFor} from './wording.js'
import type {Block, Finding, Report, SourceText, TextReader} from './types.js'

const unfixable = 'fix it by hand (the source spells it with markup or a character reference)'

/** The texts read whose wordings a maker keeps, at most (then it starts again). */
const maxWordings = 4096

/**
 * Turns what rules report into findings for one document: the source text a
 * report covers (`actual`) and its reason in house style. A report that
 * covers inline code is dropped (see `code.ts`). When the text rules read is
 * not the document itself (`sourceText`: Markdown and HTML with character
 * references decoded), spans are taken back to the document.
 *
 * Findings come by the hundred thousand on some inputs (`MM. MM. …`), and
 * they are worded alike: each wording is built once and shared, flat. (V8
 * keeps a string built with `+` as a tree of its parts, several times its
 * size, and messages outlive the run.)
 *
 * `text` is the document, or a reader of it (`TextReader`: the editor's
 * decisions hand the reader of its blocks, which slices without copying the
 * whole text).
 */
export function findingMaker(text: TextReader, sourceText?: SourceText): (report: Report, block: Block | undefined) => Finding | undefined {
  const maker = newFindingMaker(text, sourceText)
  return (report, block) => makeFinding(maker, report, block)
}

/** What a finding maker keeps for one document (see `findingMaker`): plain data read by `makeFinding`. */
export interface FindingMaker {
  text: TextReader
  sourceText: SourceText | undefined
  /** Each string a finding holds, once. */
  strings: Map<string, string>
  /** Reasons by the text read, then by wording: no key to build for each finding. */
  reasons: Map<string, Array<{what?: string; expected?: readonly string[]; advice?: string; reason: string}>>
  /** The block last asked about, and whether it reads as its source (no masked URL, markup or reference): then `read` is `actual`. */
  verbatimBlock: Block | undefined
  verbatim: boolean
}

/** A finding maker's state for one document (see `findingMaker`). */
export function newFindingMaker(text: TextReader, sourceText?: SourceText): FindingMaker {
  return {text, sourceText, strings: new Map(), reasons: new Map(), verbatimBlock: undefined, verbatim: false}
}

/**
 * The finding `maker` makes of `report`, met in `block` (see `findingMaker`).
 * A module function over plain data, not a closure made per document: the
 * engine's report functions call it from every rule, and code that inlined
 * a closure of one document is thrown away when that closure dies.
 */
export function makeFinding(maker: FindingMaker, report: Report, block: Block | undefined): Finding | undefined {
  const {text, sourceText} = maker
  if (block && coversCode(block, report.start, report.end)) return undefined
  if (block !== maker.verbatimBlock) {
    maker.verbatimBlock = block
    maker.verbatim = block !== undefined && block.text === text.slice(block.start, block.start + block.text.length)
  }
  const written = text.slice(report.start, report.end)
  const read = maker.verbatim ? written : (readText(block, report) ?? written)
  // The span in the document: one that takes in part of a decoded reference covers all of it.
  let {start, end} = report
  let actual = written
  let exact = true
  if (sourceText) {
    const span = sourceText.span(start, end)
    start = span.start
    end = span.end
    exact = span.exact
    actual = sourceText.source.slice(start, end)
  }
  // Where the rule read other text than the source holds (masked markup, a reference
  // not decoded), describe what it read and leave the fix to a person.
  const fixable = !report.expected || (read === written && exact && (!sourceText || report.expected.every((value) => sourceText.canReplace(start, end, value))))
  const expected = fixable ? report.expected : undefined
  const advice = fixable ? report.advice : unfixable
  const {reasons, strings} = maker
  let reason = report.reason
  if (reason === undefined) {
    // An editor keeps one maker for its whole session (`src/incremental/decisions.ts`): it does not keep every wording it ever made.
    if (reasons.size >= maxWordings) {
      reasons.clear()
      strings.clear()
    }
    const worded = reasons.get(read) ?? []
    if (worded.length === 0) reasons.set(read, worded)
    const what = report.what
    reason = worded.find((entry) => entry.what === what && entry.advice === advice && sameList(entry.expected, expected))?.reason
    if (reason === undefined) {
      reason = intern(strings, reasonFor(read, {...report, expected, advice}))
      worded.push({what, expected, advice, reason})
    }
  } else reason = intern(strings, reason)
  // One shape for every finding, whichever rule reported it.
  return {
    start,
    end,
    what: report.what,
    expected,
    advice,
    note: intern(strings, report.note),
    lowConfidence: report.lowConfidence,
    anchor: report.anchor,
    actual,
    reason
  }
}

function intern(strings: Map<string, string>, value: string): string {
  const known = strings.get(value)
  if (known !== undefined) return known
  strings.set(value, value)
  return value
}

/** Whether two lists of strings (a finding's or report's `expected`) hold the same strings in the same order. */
export function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((value, index) => value === b[index]))
}

/** The block text a report covers, when it lies in the block being visited. */
function readText(block: Block | undefined, report: Report): string | undefined {
  if (!block || report.start < block.start || report.end > block.start + block.text.length) return undefined
  return block.text.slice(report.start - block.start, report.end - block.start)
}
