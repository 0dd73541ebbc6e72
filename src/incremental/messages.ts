import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {compareMessage} from 'vfile-sort'
import {sameList} from '../engine/findings.js'
import {fingerprint, fingerprintReach} from '../engine/fingerprint.js'
import {findingMessage, reportFindings, withoutStackTraces} from '../engine/messages.js'
import {dropInsideDeletions} from '../engine/run.js'
import type {ActiveRule} from '../engine/settings.js'
import type {Finding} from '../engine/types.js'
import type {BlockRun} from './block-run.js'
import type {DocumentText} from './document-text.js'
import {countAtOrBelow, itself} from '../engine/sorted.js'

/** A block’s messages as last made, and where the block stood then: made again only when it moved (or a neighbour changed the text their fingerprint reads). */
export interface BlockMessages {
  /** The update (`KeptMessages.updates`) they were last made or checked for. */
  update: number
  start: number
  line: number
  column: number
  path: string | undefined
  messages: VFileMessage[]
  /** The finding of each message, at offsets in the block. */
  findings: Finding[]
}

/** The rules of an incremental linter: all active ones, in order, and those run per block (in the order of a run’s `findings`), the deciding ones last (from `decidingFrom` on, in the order of a run’s `decided`). */
export interface ReportedRules {
  active: readonly ActiveRule[]
  perBlock: readonly ActiveRule[]
  decidingFrom: number
}

const none: readonly Finding[] = []

/** Stands for the deletions of blocks whose messages are kept, in `dropInsideDeletions`: they may drop a document finding. */
const keptDeletions = {} as ActiveRule

/**
 * Reports to `file` what `lint()` reports for `text`: the findings of each
 * block (`runs`, in order and placed, with `found` those that have findings) and those of the document
 * decisions (`fromDocument`). A block’s messages are kept between updates:
 * where the block starts at the same offset, line and column, they are the
 * same objects; a block that moved has its messages made again from its
 * findings, placed from the lines of the blocks (no index of the whole
 * text). A block that a document finding deletes in part (scraper
 * boilerplate) goes through `dropInsideDeletions` with the document’s
 * findings, as in `lint()`.
 */
export function reportUpdate(
  file: VFile,
  text: DocumentText,
  runs: readonly BlockRun[],
  found: readonly BlockRun[],
  exact: boolean,
  rules: ReportedRules,
  fromDocument: ReadonlyMap<ActiveRule, Finding[]>,
  keptMessages: KeptMessages
): void {
  const last = keptMessages.path === (file.path || undefined) ? keptMessages.byRule : undefined
  keptMessages.updates++
  keptMessages.byRule = new Map()
  keptMessages.path = file.path || undefined
  if (!exact) {
    // A `\r\n` across a block’s edge: vfile-location places every message, as in `lint()`.
    const findings = allFindings(found, rules, fromDocument)
    dropInsideDeletions(findings)
    reportFindings(file, findings)
    return
  }
  const touchedRuns = touchedBy(fromDocument, found)
  const touched = touchedRuns.size === 0 ? [] : found.filter((run) => touchedRuns.has(run))
  const general = allFindings(touched, rules, fromDocument)
  // The deletions of the blocks left alone may still drop a document finding.
  general.set(keptDeletions, deletionsOf(found, touchedRuns))
  dropInsideDeletions(general)
  general.delete(keptDeletions)

  const path = file.path || undefined
  const fromBlocks: VFileMessage[] = []
  const fromRest: VFileMessage[] = []
  withoutStackTraces(() => {
    keptBlockMessages(found, touchedRuns, text, rules, path, keptMessages, fromBlocks)
    for (const [rule, list] of general) keptMessages.byRule.set(rule, documentMessages(rule, list, last?.get(rule), text, runs, path, keptMessages, fromRest))
  })
  fromRest.sort(byPlace)
  merge(fromBlocks, fromRest, file.messages)
}

/** The deletions of the runs of `found` not `touched`, at document offsets. */
function deletionsOf(found: readonly BlockRun[], touched: ReadonlySet<BlockRun>): Finding[] {
  const deletions: Finding[] = []
  for (const run of found) {
    if (run.deletions.length === 0 || touched.has(run)) continue
    for (const finding of run.deletions) deletions.push(moved(finding, run.block.start))
  }
  return deletions
}

/** Pushes to `into` the messages of two sorted lists, in order; at a tie (the same rule at the same place), the block’s finding comes first. */
function merge(fromBlocks: readonly VFileMessage[], fromRest: readonly VFileMessage[], into: VFileMessage[]): void {
  let next = 0
  for (const message of fromBlocks) {
    while (next < fromRest.length && byPlace(fromRest[next]!, message) < 0) into.push(fromRest[next++]!)
    into.push(message)
  }
  while (next < fromRest.length) into.push(fromRest[next++]!)
}

/**
 * The messages of the runs of `found` that no deletion touched, in order,
 * pushed to `messages` (see `blockMessages`). This and `documentMessages`
 * run at every update over every message: functions of their own, named and
 * small, optimised (and deoptimised) apart from the rest of the update.
 */
function keptBlockMessages(
  found: readonly BlockRun[],
  touched: ReadonlySet<BlockRun>,
  text: DocumentText,
  rules: ReportedRules,
  path: string | undefined,
  keptMessages: KeptMessages,
  messages: VFileMessage[]
): void {
  for (const run of found) {
    if (touched.size > 0 && touched.has(run)) continue
    const list = blockMessages(run, text, rules, path, keptMessages)
    for (let index = 0; index < list.length; index++) messages.push(list[index]!)
  }
}

/**
 * The messages of `rule`’s findings that no block keeps (`list`, a document
 * decision’s or of a block a deletion touches), pushed to `messages`; one
 * found again, read (fingerprint and all) from text the update did not
 * change, is the last update’s message (`before`), or a copy of it moved.
 * Returns them with their findings, for the next update.
 */
function documentMessages(
  rule: ActiveRule,
  list: readonly Finding[],
  before: readonly KeptMessage[] | undefined,
  text: DocumentText,
  runs: readonly BlockRun[],
  path: string | undefined,
  keptMessages: KeptMessages,
  messages: VFileMessage[]
): KeptMessage[] {
  const made: KeptMessage[] = []
  let at = 0
  for (const finding of list) {
    let message: VFileMessage | undefined
    // Read, fingerprint and all, from text the update did not change (before the edit, or after it and moved): the message of the last update, if it had the finding, or a copy of it moved.
    const shift = settled(keptMessages, finding.start, finding.end)
    if (before && shift !== undefined) {
      while (at < before.length && before[at]!.finding.start < finding.start - shift) at++
      for (let other = at; !message && other < before.length && before[other]!.finding.start === finding.start - shift; other++) {
        const {finding: was, message: made} = before[other]!
        // Not one its reader changed (see `blockMessages`).
        if (sameFinding(was, finding, shift) && made.actual === finding.actual && (made.expected === undefined) === (finding.expected === undefined)) {
          message =
            finding.end + fingerprintReach <= keptMessages.stable
              ? made
              : movedTo(made, pointAt(text, runs, finding.start), pointAt(text, runs, finding.end), path)
        }
      }
    }
    if (!message) {
      const start = pointAt(text, runs, finding.start)
      const end = pointAt(text, runs, finding.end)
      message = findingMessage(finding, rule, start && end ? {start, end} : undefined, fingerprintIn(text, finding.start, finding.end), path)
    }
    made.push({finding, message})
    messages.push(message)
  }
  return made
}

/** A message made of a finding that no block keeps (a document decision’s, or of a block a deletion touches). */
interface KeptMessage {
  finding: Finding
  message: VFileMessage
}

/**
 * The messages of the last update made of findings no block keeps, per
 * rule, for a file at `path`; `stable`: up to where this update’s text reads
 * as the last one’s, and `tailFrom` to `tailTo`: where it reads as the last
 * one’s `shift` characters earlier (the linter sets them before each
 * update). A finding found again, with its fingerprint’s reach inside
 * either, keeps its message (moved). `updates`: how many updates were
 * reported.
 */
export interface KeptMessages {
  path: string | undefined
  byRule: Map<ActiveRule, KeptMessage[]>
  stable: number
  tailFrom: number
  tailTo: number
  shift: number
  updates: number
}

/** How far the text around `start` to `end` (as far as a fingerprint reads) moved since the last update, if it reads as it read then. */
function settled({stable, tailFrom, tailTo, shift}: KeptMessages, start: number, end: number): number | undefined {
  if (end + fingerprintReach <= stable) return 0
  if (start - fingerprintReach >= tailFrom && end + fingerprintReach <= tailTo) return shift
  return undefined
}

/**
 * The fingerprint of `start` to `end` in `text`, as `fingerprint` reads it in
 * the document’s string: of the window it reads, which gives the same hash
 * (the span’s place in the window and the characters are the same).
 */
function fingerprintIn(text: DocumentText, start: number, end: number): number {
  if (typeof text === 'string') return fingerprint(text, start, end)
  const from = Math.max(0, start - fingerprintReach)
  return fingerprint(text.slice(from, end + fingerprintReach), start - from, end - from)
}

/** Whether two findings say the same, at the same place (`b` moved by `shift`). */
function sameFinding(a: Finding, b: Finding, shift: number): boolean {
  return (
    a.start + shift === b.start &&
    a.end + shift === b.end &&
    a.reason === b.reason &&
    a.actual === b.actual &&
    a.note === b.note &&
    a.what === b.what &&
    a.advice === b.advice &&
    a.anchor === b.anchor &&
    a.lowConfidence === b.lowConfidence &&
    sameList(a.expected, b.expected)
  )
}

/** Each active rule’s findings at document offsets: those of `runs` (in order), then the document’s (a decision’s kept on a block first, as `lint()` has its decision report them before the rest). */
function allFindings(
  runs: readonly BlockRun[],
  {active, perBlock, decidingFrom}: ReportedRules,
  fromDocument: ReadonlyMap<ActiveRule, Finding[]>
): Map<ActiveRule, Finding[]> {
  const findings = new Map<ActiveRule, Finding[]>(active.map((rule) => [rule, []]))
  const lists = perBlock.map((rule) => findings.get(rule)!)
  for (const run of runs) {
    for (const [index, list] of lists.entries()) for (const finding of run.findings[index]!) list.push(moved(finding, run.block.start))
  }
  for (const run of runs) {
    const decided = run.decided
    if (!decided) continue
    for (const [index, list] of decided.entries()) for (const finding of list ?? []) lists[decidingFrom + index]!.push(moved(finding, run.block.start))
  }
  for (const [rule, list] of fromDocument) for (const finding of list) findings.get(rule)!.push(finding)
  return findings
}

function moved(finding: Finding, delta: number): Finding {
  return {...finding, start: finding.start + delta, end: finding.end + delta}
}

/** The runs of `found` (placed, in order) that a deletion (`expected: []`) among `findings` overlaps, edges included: a few, found from the deletions. */
function touchedBy(findings: ReadonlyMap<ActiveRule, Finding[]>, found: readonly BlockRun[]): Set<BlockRun> {
  const touched = new Set<BlockRun>()
  for (const list of findings.values()) {
    for (const {expected, start, end} of list) {
      if (expected?.length !== 0) continue
      // Back from the last run starting at or before its end, while runs end at or after its start.
      for (let index = countAtOrBelow(found, end, blockStart) - 1; index >= 0; index--) {
        const run = found[index]!
        if (run.block.start + run.text.length < start) break
        touched.add(run)
      }
    }
  }
  return touched
}

/** `compareMessage`’s order, the line and column read first (its reads by field name are slow, and most messages differ there). */
function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line || 0) - (b.line || 0) || (a.column || 0) - (b.column || 0) || compareMessage(a, b)
}

/**
 * The point of any offset of `text`, from the placed blocks (`runs`, in
 * order): each block’s line and column are kept on it (`placeInLines`, or
 * moved with the tail of an edit), and only the few characters after the
 * block before `offset` are read. Exact unless a `\r\n` straddles a
 * block’s edge (then vfile-location places the messages).
 */
export function pointAt(text: DocumentText, runs: readonly BlockRun[], offset: number): Point | undefined {
  if (offset < 0 || offset > text.length) return undefined
  // The last block starting at or before `offset`.
  const index = countAtOrBelow(runs, offset, blockStart) - 1
  const reading: Reading = {line: 1, lineStart: 0}
  let from = 0
  if (index !== -1) {
    const run = runs[index]!
    const start = run.block.start
    from = start + run.text.length
    if (offset <= from) return pointInBlock(run, offset - start)
    // After the block: from its end on.
    const point = pointInBlock(run, run.text.length)
    reading.line = point.line
    reading.lineStart = from - (point.column - 1)
  }
  readLines(text, from, offset, reading)
  return {line: reading.line, column: offset - reading.lineStart + 1, offset}
}

const blockStart = (run: BlockRun): number => run.block.start

/** Where the line after `run` (placed, with its line and column) goes on: the reading at its end. */
export function readingAfter(run: BlockRun): Reading {
  const start = run.block.start
  const starts = run.lineStarts
  return starts.length > 0 ? {line: run.line + starts.length, lineStart: start + starts.at(-1)!} : {line: run.line, lineStart: start - (run.column - 1)}
}

/** Places `run` at `start` in lines, reading the text from `from` (where `reading` stands) to it. */
export function placeInLines(text: DocumentText, run: BlockRun, from: number, start: number, reading: Reading): void {
  readLines(text, from, start, reading)
  run.line = reading.line
  run.column = start - reading.lineStart + 1
  const starts = run.lineStarts
  if (starts.length > 0) {
    reading.line += starts.length
    reading.lineStart = start + starts.at(-1)!
  }
}

/** A line being read: its number, and the offset it starts at. */
export interface Reading {
  line: number
  lineStart: number
}

/** Whether a `\r\n` is cut at `offset`. */
export function straddles(text: DocumentText, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10
}

/** Reads the line breaks of `text` that end between `from` and `to` (`\r\n`, `\r` or `\n`, as vfile-location reads them) into `reading`. */
function readLines(text: DocumentText, from: number, to: number, reading: Reading): void {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 13 && text.charCodeAt(at + 1) === 10) {
      if (at + 2 > to) return
      at++
    } else if (code !== 10 && code !== 13) continue
    reading.line++
    reading.lineStart = at + 1
  }
}

/** The point at `relative` offset in a placed block. */
function pointInBlock(run: BlockRun, relative: number): Point {
  const {line, column} = run
  const starts = run.lineStarts
  // How many of the block’s lines start at or before `relative`.
  const low = countAtOrBelow(starts, relative, itself)
  return {
    line: line + low,
    column: low === 0 ? column + relative : relative - starts[low - 1]! + 1,
    offset: run.block.start + relative
  }
}

/** The offsets in a block’s text where its second, third… lines start (`\r\n`, `\r` or `\n` ends a line, as vfile-location reads them). */
export function lineStartsOf(text: string): readonly number[] {
  const starts: number[] = []
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 13 && text.charCodeAt(at + 1) === 10) at++
    else if (code !== 10 && code !== 13) continue
    starts.push(at + 1)
  }
  // Kept on every block: one array for the blocks of one line, and no room to grow in the others.
  return starts.length === 0 ? oneLine : starts.slice()
}

const oneLine: readonly number[] = []

/**
 * The messages of a block, sorted: those of the last update where the block
 * stands where it stood; where it moved, copies of them at the new place
 * (in the same order: the block’s lines and columns all move alike); else
 * made again. A message whose fingerprint reads past the block, into text
 * the update may have changed, is checked against the text around it, and
 * one changed by its reader (the ProseMirror plugin rewrites `actual`
 * across inline atoms) is made again. Call it inside `withoutStackTraces`.
 */
function blockMessages(run: BlockRun, text: DocumentText, rules: ReportedRules, path: string | undefined, keptMessages: KeptMessages): VFileMessage[] {
  const kept = run.messages
  const update = keptMessages.updates
  if (kept && kept.path === path && readAsMade(kept)) {
    const fingerprints = fingerprintsNow(run, kept, text, keptMessages)
    if (
      kept.start === run.block.start &&
      kept.line === run.line &&
      kept.column === run.column &&
      (!fingerprints || sameFingerprints(kept.messages, fingerprints))
    ) {
      kept.update = update
      return kept.messages
    }
    return movedMessages(run, kept, fingerprints, path, update)
  }
  return madeMessages(run, text, rules, path, update)
}

/** Whether no reader changed a block’s kept messages (see `blockMessages`). */
function readAsMade(kept: BlockMessages): boolean {
  const {messages, findings} = kept
  for (let at = 0; at < messages.length; at++) {
    const message = messages[at]!
    const finding = findings[at]!
    if (message.actual !== finding.actual || (message.expected === undefined) !== (finding.expected === undefined)) return false
  }
  return true
}

/**
 * The fingerprint of each of a block’s kept messages as it reads now, or
 * none when each reads as it did (most blocks: the text around them is as it
 * was, or their findings read nothing past the block).
 */
function fingerprintsNow(run: BlockRun, kept: BlockMessages, text: DocumentText, keptMessages: KeptMessages): number[] | undefined {
  const start = run.block.start
  const length = run.text.length
  // Checked in the last update, and the text around the block reads as it read then.
  if (kept.update === keptMessages.updates - 1 && settled(keptMessages, start, start + length) !== undefined) return undefined
  let fingerprints: number[] | undefined
  for (let at = 0; at < kept.messages.length; at++) {
    const finding = kept.findings[at]!
    if (finding.start >= fingerprintReach && finding.end + fingerprintReach <= length) continue
    fingerprints ??= kept.messages.map((message) => message.fingerprint!)
    fingerprints[at] = fingerprintIn(text, start + finding.start, start + finding.end)
  }
  return fingerprints
}

function sameFingerprints(messages: readonly VFileMessage[], fingerprints: readonly number[]): boolean {
  for (let at = 0; at < messages.length; at++) if (messages[at]!.fingerprint !== fingerprints[at]) return false
  return true
}

/** Copies of a block’s kept messages where the block (`run`) stands now, in the same order (its lines and columns all move alike), with `fingerprints` (else their own). */
function movedMessages(
  run: BlockRun,
  kept: BlockMessages,
  fingerprints: readonly number[] | undefined,
  path: string | undefined,
  update: number
): VFileMessage[] {
  const messages: VFileMessage[] = []
  for (let at = 0; at < kept.messages.length; at++) {
    const message = kept.messages[at]!
    const place = message.place as {start: Point; end: Point}
    const moved = {start: movedPoint(place.start, kept, run), end: movedPoint(place.end, kept, run)}
    messages.push(copyAt(message, moved, fingerprints ? fingerprints[at]! : message.fingerprint!, path))
  }
  kept.update = update
  kept.start = run.block.start
  kept.line = run.line
  kept.column = run.column
  kept.messages = messages
  return messages
}

/** A block’s messages made from its findings, sorted, and kept on it. */
function madeMessages(
  run: BlockRun,
  text: DocumentText,
  {active, perBlock, decidingFrom}: ReportedRules,
  path: string | undefined,
  update: number
): VFileMessage[] {
  const start = run.block.start
  const made: Array<{message: VFileMessage; finding: Finding}> = []
  for (const rule of active) {
    const index = perBlock.indexOf(rule)
    if (index === -1) continue
    // The block’s own findings, then those a decision gave it (see `allFindings`).
    for (const list of [run.findings[index]!, (index >= decidingFrom && run.decided?.[index - decidingFrom]) || none]) {
      for (const finding of list) {
        const place = {start: pointInBlock(run, finding.start), end: pointInBlock(run, finding.end)}
        made.push({message: findingMessage(finding, rule, place, fingerprintIn(text, start + finding.start, start + finding.end), path), finding})
      }
    }
  }
  made.sort((a, b) => byPlace(a.message, b.message))
  const messages = made.map((entry) => entry.message)
  const findings = made.map((entry) => entry.finding)
  const {line, column} = run
  const kept = run.messages
  if (kept) {
    kept.update = update
    kept.start = start
    kept.line = line
    kept.column = column
    kept.path = path
    kept.messages = messages
    kept.findings = findings
  } else run.messages = {update, start, line, column, path, messages, findings}
  return messages
}

/** `point` of a block’s message made when the block stood as `kept` says, where the block (`run`) stands now. */
function movedPoint(point: Point, kept: BlockMessages, run: BlockRun): Point {
  return {
    line: point.line + run.line - kept.line,
    column: point.line === kept.line ? point.column + run.column - kept.column : point.column,
    offset: point.offset! + run.block.start - kept.start
  }
}

/** `message` if it stands at `start` to `end`, else a copy of it there. */
function movedTo(message: VFileMessage, start: Point | undefined, end: Point | undefined, path: string | undefined): VFileMessage | undefined {
  const place = message.place as {start: Point; end: Point} | undefined
  if (!start || !end || !place) return undefined
  if (samePoint(place.start, start) && samePoint(place.end, end)) return message
  return copyAt(message, {start, end}, message.fingerprint!, path)
}

function samePoint(a: Point, b: Point): boolean {
  return a.line === b.line && a.column === b.column && a.offset === b.offset
}

/**
 * A copy of `message` at `place` (in a file at `path`), with `fingerprint`:
 * the same fields in the same order, its own place and `expected`. The
 * message itself is left as it was (it may still be held). Call it inside
 * `withoutStackTraces`.
 */
function copyAt(message: VFileMessage, place: {start: Point; end: Point}, fingerprint: number, path: string | undefined): VFileMessage {
  // An Error as `new VFileMessage()` makes it, without its constructor’s work: the fields are copied.
  const copy = Reflect.construct(Error, [], VFileMessage) as VFileMessage
  // In the order the constructor, then `stamp`, add them (a message whose reader took a field away is made again, not copied).
  copy.stack = message.stack
  copy.ancestors = message.ancestors
  copy.cause = message.cause
  copy.column = place.start.column
  copy.fatal = message.fatal
  copy.file = message.file
  copy.message = message.message
  copy.line = place.start.line
  const name = place.start.line + ':' + place.start.column + '-' + place.end.line + ':' + place.end.column
  copy.name = path ? path + ':' + name : name
  copy.place = place
  copy.reason = message.reason
  copy.ruleId = message.ruleId
  copy.source = message.source
  copy.actual = message.actual
  copy.expected = message.expected && [...message.expected]
  copy.note = message.note
  copy.url = message.url
  copy.fingerprint = fingerprint
  return copy
}
